// Ranges over the text nodes of an element: for the skills named inside a
// bullet, and for the salary inside a longer line. Reads only; the page's DOM
// is never changed (the ranges are painted with the CSS Custom Highlight API).
import { findSkills } from '../extract/skills';

interface Flat {
  nodes: Text[];
  /** Offset in the joined text where each node starts. */
  starts: number[];
  text: string;
}

const MAX_NODES = 5_000;

function flatten(el: Element): Flat {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n && nodes.length < MAX_NODES; n = walker.nextNode()) {
    const parent = n.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  return { nodes, starts, text };
}

/** The text node and offset at position `at` of the joined text. */
function locate(flat: Flat, at: number, isEnd: boolean): [Text, number] | null {
  // Last node starting at or before `at` (for an end, strictly before, so a range never ends at a node's start).
  let lo = 0;
  let hi = flat.nodes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = flat.starts[mid] ?? 0;
    if (isEnd ? start < at : start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const node = flat.nodes[found];
  if (!node) return null;
  return [node, Math.min(at - (flat.starts[found] ?? 0), node.data.length)];
}

function rangeOf(doc: Document, flat: Flat, start: number, end: number): Range | null {
  const from = locate(flat, start, false);
  const to = locate(flat, end, true);
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}

/** Ranges of the skills in `names` that the skills matcher finds in `el`'s text. */
export function skillRanges(el: Element, names: ReadonlySet<string>): Range[] {
  const flat = flatten(el);
  const out: Range[] = [];
  for (const hit of findSkills(flat.text)) {
    if (!names.has(hit.name)) continue;
    const range = rangeOf(el.ownerDocument, flat, hit.start, hit.end);
    if (range) out.push(range);
  }
  return out;
}

/** The range of `needle` in `el`'s text (whitespace-insensitive is not needed: the extractor copies it from there). */
export function textRange(el: Element, needle: string): Range | null {
  const flat = flatten(el);
  const at = flat.text.indexOf(needle);
  if (at < 0 || !needle) return null;
  return rangeOf(el.ownerDocument, flat, at, at + needle.length);
}

/**
 * The range of `needle` in `el`'s text where runs of white space count as one space: a person's
 * selection, kept as they read it, against text the page's markup wraps over several lines.
 */
export function looseTextRange(el: Element, needle: string): Range | null {
  const want = needle.replace(/\s+/g, ' ').trim();
  if (!want) return null;
  const flat = flatten(el);
  // The text with each run of white space as one space, and where each of its characters stands in flat.text.
  let loose = '';
  const from: number[] = [];
  for (let i = 0; i < flat.text.length; i++) {
    const space = /\s/.test(flat.text[i] as string);
    if (space && loose.endsWith(' ')) continue;
    loose += space ? ' ' : flat.text[i];
    from.push(i);
  }
  const at = loose.indexOf(want);
  if (at < 0) return null;
  const end = (from[at + want.length - 1] as number) + 1;
  return rangeOf(el.ownerDocument, flat, from[at] as number, end);
}
