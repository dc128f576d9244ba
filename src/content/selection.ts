// The text a person has selected on the page, for "Add selected text" in the
// panel: kept while the focus moves into the panel (a click or Tab there must not
// lose it), forgotten when the person clears it on the page. Selections inside
// Jobmark's own panel are not the page's text and never count.
import { pathOf } from '../extract/dom';
import type { NodePath } from '../model/posting';

const SETTLE_MS = 150;

export interface Selected {
  text: string;
  /**
   * The words the page writes just before it, in its line or in the element before ("Office base:"),
   * by which a place can be found on the site's other pages; null where there are none short enough.
   */
  label: string | null;
  /** The element that holds the whole selection, for its highlight; null where none does. */
  path: NodePath | null;
}

const INLINE = new Set(['A', 'ABBR', 'B', 'CODE', 'EM', 'I', 'LABEL', 'MARK', 'SMALL', 'SPAN', 'STRONG', 'TIME', 'U']);

/** A few words with a letter, as a label stands before a value. */
const asLabel = (text: string | null | undefined): string | null => {
  const words = (text ?? '').replace(/\s+/g, ' ').trim();
  return words.length > 0 && words.length <= 60 && /\p{L}/u.test(words) ? words : null;
};

/** The words before the selection in its own line, or else the element just before its own. */
export function labelBefore(doc: Document, range: Range): string | null {
  const start = range.startContainer;
  const element = start instanceof Element ? start : start.parentElement;
  if (!element) return null;
  // The line the selection stands in: its nearest ancestor that is not inline text markup.
  let line: Element = element;
  while (INLINE.has(line.tagName) && line.parentElement) line = line.parentElement;
  const before = doc.createRange();
  before.setStart(line, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const inLine = before.toString().split('\n').at(-1)?.trim();
  // In its own line, a label ends as labels do ("Office base:", "Location –"); other words are a sentence.
  if (inLine) return /[:：–—-]$/.test(inLine) ? asLabel(inLine) : null;
  // "<dt>Office base</dt><dd>Porto</dd>", "<span>Office base:</span> <b>Porto</b>": up to two levels.
  for (let el: Element | null = element, up = 0; el && up < 2; el = el.parentElement, up++) {
    if (el.previousElementSibling) return asLabel(el.previousElementSibling.textContent);
  }
  return null;
}

/** Watch the page's selection; `changed` hears each new one (null: none). Returns a function that stops watching. */
export function watchSelection(doc: Document, host: Element, changed: (selected: Selected | null) => void): () => void {
  let last: Selected | null = null;
  // A selection being dragged changes many times a second: the panel (a live region) hears it once it
  // rests. The delay is AbortSignal.timeout's, a timer without an id the page could clear.
  let pending: AbortSignal | null = null;
  const onChange = () => {
    const mine = AbortSignal.timeout(SETTLE_MS);
    pending = mine;
    mine.addEventListener('abort', () => {
      if (pending === mine) settled();
    });
  };
  const settled = () => {
    const selection = doc.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const text = range && !range.collapsed ? (selection?.toString() ?? '') : '';
    if (!range || !text.trim()) {
      // The focus went into the panel (to press Add): the selection made before still counts.
      if (doc.activeElement === host) return;
      if (last) {
        last = null;
        changed(null);
      }
      return;
    }
    const common = range.commonAncestorContainer;
    const element = common instanceof Element ? common : common.parentElement;
    if (!element || host.contains(element)) return;
    last = { text, path: pathOf(element), label: labelBefore(doc, range) };
    changed(last);
  };
  doc.addEventListener('selectionchange', onChange);
  return () => doc.removeEventListener('selectionchange', onChange);
}
