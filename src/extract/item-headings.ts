// Which heading each item of a part stood under on the page, recorded in its
// provenance (`under`): the words a person sees above a list, so moving a whole
// heading's part can become a rule for the site, and a rule can be applied to
// the next page (apply-rules.ts). Pure: reads the page, never changes it.
import { ITEM_PARTS } from '../model/corrections';
import type { JobPosting, NodePath } from '../model/posting';
import { LOOSE_WHITESPACE } from './text';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const MAX_HEADING = 200;
/** How many elements back one item's search may look before it gives up. */
const MAX_STEPS = 300;

const words = (el: Element) => (el.textContent ?? '').replace(LOOSE_WHITESPACE, ' ').trim();

/** A heading, or a short line set in bold alone ("<p><strong>Extra credit</strong></p>"), as many pages write one. */
function isHeading(el: Element): boolean {
  if (HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading') return true;
  // The cheap questions first: most elements have no lone bold child, and their text may be long.
  const only = el.firstElementChild;
  if (!only || only.nextElementSibling || !/^(STRONG|B)$/.test(only.tagName)) return false;
  const text = words(el);
  return text.length > 0 && text.length <= 80 && words(only) === text;
}

function elementAt(doc: Document, path: NodePath | null | undefined): Element | null {
  let el: Element | null = path ? doc.documentElement : null;
  for (const i of path ?? []) el = el?.children[i] ?? null;
  return el;
}

/** How many elements inside one earlier sibling the search reads for a heading. */
const MAX_INSIDE = 2000;

/**
 * The last heading element inside `root` in reading order: children are read from the last,
 * each one's descendants before it (they come after it on the page). A bounded walk, not a
 * selector query, which a DOM library runs over the whole subtree every time.
 */
function lastHeadingIn(root: Element): Element | null {
  // The children in page order, so that the last is popped first.
  const stack: [Element, boolean][] = [];
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) stack.push([c, false]);
  let read = 0;
  while (stack.length && read++ < MAX_INSIDE) {
    const [el, expanded] = stack.pop()!;
    if (expanded) {
      if (HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading') return el;
      continue;
    }
    stack.push([el, true]);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, false]);
  }
  return null;
}

/** The heading an element is, or the last it holds, if any: what the search back from an item asks of each earlier element. */
type HeadingIn = (el: Element) => Element | null;

/** A HeadingIn that remembers its answers for the page's other lists, whose searches pass the same earlier elements. */
function headingsIn(): HeadingIn {
  const known = new Map<Element, Element | null>();
  return (el) => {
    if (known.has(el)) return known.get(el)!;
    const heading = isHeading(el) ? el : el.firstElementChild ? lastHeadingIn(el) : null;
    known.set(el, heading);
    return heading;
  };
}

/** The nearest heading before `el` in reading order, searching back through siblings and up through ancestors. */
function headingBefore(el: Element, headingIn: HeadingIn): string | null {
  let steps = 0;
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib && steps < MAX_STEPS; sib = sib.previousElementSibling, steps++) {
      const heading = headingIn(sib);
      if (heading) return words(heading).slice(0, MAX_HEADING) || null;
    }
    if (steps >= MAX_STEPS) return null;
  }
  return null;
}

/** Record, for every item of the four parts that stands in `page`, the heading it stood under. */
export function recordItemHeadings(page: Document, posting: JobPosting): void {
  const byList = new Map<Element, string | null>();
  const headingIn = headingsIn();
  for (const part of ITEM_PARTS) {
    const origin = posting.provenance[part];
    if (!origin) continue;
    const under = origin.at.map((path) => {
      const el = elementAt(page, path);
      if (!el) return null;
      // Items of one list share its heading: found once per list.
      const key = el.parentElement ?? el;
      if (!byList.has(key)) byList.set(key, headingBefore(el, headingIn));
      return byList.get(key) ?? null;
    });
    if (under.some(Boolean)) origin.under = under;
  }
}
