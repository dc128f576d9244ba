// The text a person has selected on the page, for "Add selected text" in the
// panel: kept while the focus moves into the panel (a click or Tab there must not
// lose it), forgotten when the person clears it on the page. Selections inside
// Jobmark's own panel are not the page's text and never count.
import { pathOf } from '../extract/dom';
import type { NodePath } from '../model/posting';

const SETTLE_MS = 150;

export interface Selected {
  text: string;
  /** The element that holds the whole selection, for its highlight; null where none does. */
  path: NodePath | null;
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
    last = { text, path: pathOf(element) };
    changed(last);
  };
  doc.addEventListener('selectionchange', onChange);
  return () => doc.removeEventListener('selectionchange', onChange);
}
