// Paints what the extractor found with the CSS Custom Highlight API: ranges over
// the page's own text, registered by name, so the page's DOM is never rewritten
// (no wrapping spans, no changed text). Where the API is missing (older
// browsers), nothing is painted and the panel says so; the page is untouched.
import type { ItemPart } from '../model/corrections';
import type { JobPosting, NodePath } from '../model/posting';
import { HIGHLIGHT_KINDS, type HighlightField } from './highlight-kinds';
import { elementAt } from './node-path';
import { looseTextRange, skillRanges, textRange } from './text-ranges';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => { priority: number };

function api(): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const registry = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}

export const canHighlight = (): boolean => api() !== null;

/** A whole element's text, as one range. */
function wholeElement(el: Element): Range {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return range;
}

function elementsOf(doc: Document, paths: readonly (NodePath | null)[] | undefined): Element[] {
  const seen = new Set<Element>();
  for (const path of paths ?? []) {
    const el = elementAt(doc, path);
    if (el) seen.add(el);
  }
  return [...seen];
}

/** The ranges for one kind of fact. */
function rangesFor(doc: Document, posting: JobPosting, field: HighlightField): Range[] {
  if (field !== 'skills' && field !== 'salary') return partRanges(doc, posting, field);
  const elements = elementsOf(doc, posting.provenance[field]?.at);
  if (field === 'skills') {
    const names = new Set(posting.skills);
    return elements.flatMap((el) => skillRanges(el, names));
  }
  const text = posting.salaryText;
  return elements.flatMap((el) => {
    const range = text ? textRange(el, text) : null;
    // Without the exact words, a short line is painted whole; a long paragraph is not.
    return range ? [range] : (el.textContent?.length ?? 0) <= 200 ? [wholeElement(el)] : [];
  });
}

/**
 * The items of a part: each element that holds one, whole; but where an element holds far more than
 * its item (text a person selected and added from a longer paragraph), only the item's words.
 */
function partRanges(doc: Document, posting: JobPosting, field: ItemPart): Range[] {
  const at = posting.provenance[field]?.at ?? [];
  const whole = new Set<Element>();
  const ranges: Range[] = [];
  at.forEach((path, i) => {
    const el = elementAt(doc, path);
    if (!el || whole.has(el)) return;
    const item = posting[field][i] ?? '';
    const inside = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length > item.length + 40;
    const range = inside ? looseTextRange(el, item) : null;
    if (range) ranges.push(range);
    else {
      whole.add(el);
      ranges.push(wholeElement(el));
    }
  });
  return ranges;
}

/** Count of painted ranges by field; null where the browser cannot paint. */
export type Painted = Record<HighlightField, number> | null;

export function paintHighlights(doc: Document, posting: JobPosting): Painted {
  const found = api();
  if (!found) return null;
  const painted = {} as Record<HighlightField, number>;
  for (const kind of HIGHLIGHT_KINDS) {
    const ranges = rangesFor(doc, posting, kind.field);
    painted[kind.field] = ranges.length;
    if (ranges.length === 0) {
      found.registry.delete(kind.name);
      continue;
    }
    const highlight = new found.Highlight(...ranges);
    // Skills and salary sit inside the larger kinds; they paint on top.
    highlight.priority = kind.field === 'skills' || kind.field === 'salary' ? 1 : 0;
    found.registry.set(kind.name, highlight);
  }
  return painted;
}

export function clearHighlights(): void {
  const found = api();
  if (found) for (const kind of HIGHLIGHT_KINDS) found.registry.delete(kind.name);
}
