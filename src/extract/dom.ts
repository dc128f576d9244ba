// Safe, bounded reading of a DOM that may be hostile: no recursion (10,000-deep
// nesting must not overflow the stack), a cap on nodes visited and on text
// gathered, and node paths that survive structured cloning.
import type { NodePath } from '../model/posting';
import { perReading } from './reading-memo';
import { LOOSE_WHITESPACE, oneByte } from './text';

/** Elements whose text a reader never sees as part of the posting. */
export const NOISE_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'BUTTON',
  'INPUT',
]);

/** Blocks that are page chrome rather than content. */
export const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'FORM', 'ASIDE', 'DIALOG']);
/** Roles that draw the same chrome with ARIA: a cookie banner's role="dialog" is a <dialog>. */
export const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);

export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Upper bound on elements any single walk visits. */
export const MAX_NODES = 60_000;
/** Upper bound on the depth a walk descends (deeper content is ignored). */
export const MAX_DEPTH = 400;

/** The tag name in upper case, whatever the document type (XHTML reports lower case). */
export function tagOf(el: Element): string {
  const t = el.tagName;
  return t.length && t.charCodeAt(0) > 96 ? t.toUpperCase() : t;
}

/** The deepest element a path is made for. */
const MAX_PATH = 5000;

/**
 * The paths found in the reading under way, by element: the items of a list share their parents'
 * path, which is then found once (the merge asks for every item of every part).
 */
const pathsInReading = perReading(() => new Map<Element, readonly number[] | null>());

/** Indexes of element children from documentElement down to el; null when el is not in a document. */
export function pathOf(el: Element | null | undefined): NodePath | null {
  if (!el) return null;
  const doc = el.ownerDocument;
  const root = doc?.documentElement;
  if (!root) return null;
  const known = pathsInReading();
  // Up from el to the root, or to an element whose path is known: the elements on the way.
  const climbed: Element[] = [];
  let cur: Element | null = el;
  let above: readonly number[] | null | undefined = cur === root ? [] : known.get(cur);
  while (above === undefined) {
    const parent: Element | null = cur.parentElement;
    if (!parent || climbed.length >= MAX_PATH) return null;
    climbed.push(cur);
    cur = parent;
    above = cur === root ? [] : known.get(cur);
  }
  if (above === null || above.length + climbed.length > MAX_PATH) return null;
  // Down again, each element's path its parent's and its own index among its siblings.
  let path = above;
  for (let k = climbed.length - 1; k >= 0; k--) {
    let i = 0;
    for (let s = climbed[k]!.previousElementSibling; s; s = s.previousElementSibling) i++;
    path = [...path, i];
    known.set(climbed[k]!, path);
  }
  return [...path];
}

/** Moves over a tree as a TreeWalker does: to a node's first child, its next sibling, its parent. */
interface Cursor {
  firstChild(): Node | null;
  nextSibling(): Node | null;
  parentNode(): Node | null;
}

/**
 * A cursor over root's elements (and text nodes, if asked). A TreeWalker where the DOM's can
 * move so: it steps over the nodes it does not show inside the DOM library, where a script that
 * reads each sibling pays a call for each (in jsdom previousElementSibling searches the siblings
 * anew on every call). Else the same moves along the nodes' own links: linkedom's TreeWalker
 * only has nextNode.
 */
function cursorOver(root: Element, withText: boolean): Cursor {
  const walker = root.ownerDocument.createTreeWalker(root, withText ? 5 : 1 /* SHOW_ELEMENT (| SHOW_TEXT) */);
  if (typeof walker.firstChild === 'function' && typeof walker.nextSibling === 'function') return walker;
  let current: Node = root;
  const shown = (node: Node | null): Node | null => {
    let at = node;
    while (at && at.nodeType !== 1 && !(withText && at.nodeType === 3)) at = at.nextSibling;
    if (at) current = at;
    return at;
  };
  return {
    firstChild: () => shown(current.firstChild),
    nextSibling: () => (current === root ? null : shown(current.nextSibling)),
    parentNode: () => {
      if (current === root || !current.parentNode) return null;
      current = current.parentNode;
      return current;
    },
  };
}

/**
 * Visits elements under root in document order, depth first, without recursion.
 * visit returns false to skip an element's subtree. Stops after MAX_NODES elements.
 * onText, if given, is handed the value of each text node among the elements visited, in document
 * order with them, and the element it stands in: the page's text without a second walk.
 */
export function walk(
  root: Element,
  visit: (el: Element, depth: number) => boolean | undefined,
  maxNodes = MAX_NODES,
  onText?: (text: string, parent: Element) => void,
) {
  const cursor = cursorOver(root, onText !== undefined);
  // The elements from root down to the current node's parent: their number is its depth.
  const parents: Element[] = [];
  let node: Node = root;
  let n = 0;
  for (;;) {
    let into = false;
    if (node.nodeType === 3) onText?.(node.nodeValue ?? '', parents[parents.length - 1]!);
    else {
      if (++n > maxNodes) return;
      const depth = parents.length;
      into = visit(node as Element, depth) !== false && depth < MAX_DEPTH;
    }
    const child = into ? cursor.firstChild() : null;
    if (child) {
      parents.push(node as Element);
      node = child;
      continue;
    }
    // Past this node's subtree: its next sibling, or the next sibling of its nearest ancestor that has one.
    let next = cursor.nextSibling();
    while (!next && parents.length) {
      cursor.parentNode();
      parents.pop();
      next = cursor.nextSibling();
    }
    if (!next) return;
    node = next;
  }
}

/**
 * The text of an element as read on screen: noise skipped, block boundaries
 * become line breaks, bounded in length and in nodes visited.
 */
export function textOf(el: Element, max = 50_000, keepLines = false): string {
  const out: string[] = [];
  let len = 0;
  let n = 0;
  const stack: (Node | null)[] = [el];
  const depth: number[] = [0];
  while (stack.length && len < max) {
    const node = stack.pop();
    const d = depth.pop() ?? 0;
    if (node === null) {
      out.push('\n');
      continue;
    }
    if (!node || ++n > MAX_NODES) break;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      out.push(v);
      len += v.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = tagOf(node as Element);
    if (NOISE_TAGS.has(tag) && node !== el) continue; // the element asked for is read even if it is a button
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    if (d >= MAX_DEPTH) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      out.push('\n');
      stack.push(null);
      depth.push(d);
    }
    for (let c = node.lastChild; c; c = c.previousSibling) {
      stack.push(c);
      depth.push(d + 1);
    }
  }
  let s = out.join('');
  if (s.length > max) s = s.slice(0, max);
  if (keepLines) return oneByte(s);
  return oneByte(s.replace(LOOSE_WHITESPACE, ' ').trim());
}

/** The first element matching a selector, never throwing on a selector the DOM library rejects. */
export function $(root: ParentNode, selector: string): Element | null {
  if (cannotMatch(root, selector)) return null;
  const few = amongCarriers(root, selector, 1);
  if (few) return few[0] ?? null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function $$(root: ParentNode, selector: string, max = 500): Element[] {
  if (cannotMatch(root, selector)) return [];
  const few = amongCarriers(root, selector, max);
  if (few) return few;
  try {
    const list = root.querySelectorAll(selector);
    const out: Element[] = [];
    for (let i = 0; i < list.length && i < max; i++) out.push(list[i]!);
    return out;
  } catch {
    return [];
  }
}

/**
 * The index of each document being read (from indexPage until the extractor forgets it), so
 * that a selector can be turned away without a search: a selector that finds nothing makes the
 * DOM library visit the whole page, and the site readers try several per field.
 */
const readingIndex = new WeakMap<Document, PageIndex>();

/** Ends what indexPage started: the document may change once the reading is over. */
export function forgetPageIndex(doc: Document): void {
  readingIndex.delete(doc);
}

/**
 * Runs one reading of `doc` a step at a time (index.ts): the index a step makes (indexPage) is the
 * one the reading's later steps find, and it is set only while a step of this reading runs, so a
 * reading run between two steps neither finds nor drops it, and none outlives the reading (the
 * document may change once it is over). Without `doc`, each step runs as it is.
 */
export function pageIndexKept(doc: Document | null | undefined): <T>(step: () => T) => T {
  let kept: PageIndex | undefined;
  return (step) => {
    if (!doc) return step();
    const outer = readingIndex.get(doc);
    if (kept) readingIndex.set(doc, kept);
    else readingIndex.delete(doc);
    try {
      return step();
    } finally {
      kept = readingIndex.get(doc);
      if (outer) readingIndex.set(doc, outer);
      else readingIndex.delete(doc);
    }
  };
}

/** What an element must carry for one alternative of a selector list to match it, or somewhere up its chain. */
interface Needs {
  classes: string[];
  /** Attribute names, in lower case. */
  attributes: string[];
  /** Those the element matched itself must carry (its compound, after the last combinator). */
  ownAttributes: string[];
  /** The class names the element matched itself must carry. */
  ownClasses: string[];
  /**
   * The class names the element matched or one of its ancestors must carry: all of the
   * alternative's, unless a sibling combinator (+, ~) steps aside to an element that is neither.
   */
  scopeClasses: string[];
}

// Per selector list: for each alternative, the class names and attribute names it needs (outside
// parentheses: ".a:not(.b) [x='.c']" needs class "a" and attribute "x"; ":not([hidden])" needs
// nothing), or null where that cannot be told (an escape).
const selectorNeeds = new Map<string, (Needs | null)[]>();
/** A class selector's name, where it stands at the start of the text. */
const CLASS_NAME = /^\.([^\s.#:[\]>+~,()*|]+)/;

function needsOf(selector: string): (Needs | null)[] {
  let need = selectorNeeds.get(selector);
  if (need) return need;
  const alternatives: string[] = [];
  const attributes: string[][] = [[]];
  const own: string[][] = [[]];
  const ownClasses: string[][] = [[]];
  const sideways: boolean[] = [false];
  let afterCombinator = false;
  let parens = 0;
  let brackets = 0;
  let quote = '';
  let cur = '';
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    const top = !quote && brackets === 0 && parens === 0;
    // A combinator (or a space) at the top level: what follows is a later compound.
    if (top && /[\s>+~]/.test(c)) {
      afterCombinator = true;
      if (c === '+' || c === '~') sideways[sideways.length - 1] = true;
    } else if (top && c !== ',' && afterCombinator) {
      afterCombinator = false;
      own[own.length - 1] = [];
      ownClasses[ownClasses.length - 1] = [];
    }
    if (c === '.' && top) {
      const m = CLASS_NAME.exec(selector.slice(i, i + 300));
      if (m) ownClasses[ownClasses.length - 1]!.push(m[1]!);
    }
    if (c === '[' && top) {
      // A top-level attribute selector: its name, unless in a namespace ("[ns|a]", "[*|a]", "[|a]").
      const m = /^\[\s*([^\s=~|^$*\]"'\\]+)\s*(?:[\]=~^$*]|\|=)/.exec(selector.slice(i, i + 300));
      if (m) {
        attributes[attributes.length - 1]!.push(m[1]!.toLowerCase());
        own[own.length - 1]!.push(m[1]!.toLowerCase());
      }
    }
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') parens++;
    else if (c === ')') parens--;
    else if (c === '[') brackets++;
    else if (c === ']') brackets--;
    else if (c === ',' && parens === 0 && brackets === 0) {
      alternatives.push(cur);
      attributes.push([]);
      own.push([]);
      ownClasses.push([]);
      sideways.push(false);
      afterCombinator = false;
      cur = '';
      continue;
    }
    // Only what stands outside brackets, parentheses and quotes is kept.
    const outside = parens === 0 && brackets === 0 && !quote;
    cur += outside && c !== ')' && c !== ']' && c !== '"' && c !== "'" ? c : ' ';
  }
  alternatives.push(cur);
  need = alternatives.map((a, i) => {
    if (a.includes('\\')) return null;
    const classes = [...a.matchAll(/\.([^\s.#:[\]>+~,()*|]+)/g)].map((m) => m[1]!);
    return {
      classes,
      attributes: attributes[i]!,
      ownAttributes: own[i]!,
      ownClasses: ownClasses[i]!,
      scopeClasses: sideways[i] ? [] : classes,
    };
  });
  if (selectorNeeds.size > 500) selectorNeeds.clear();
  selectorNeeds.set(selector, need);
  return need;
}

/** The index of the document root belongs to, if the reading indexed it and root is in its tree. */
function indexFor(root: ParentNode): PageIndex | undefined {
  const node = root as Node;
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  const index = doc ? readingIndex.get(doc) : undefined;
  // Only the page's own tree was indexed (not a detached node, nor a shadow tree), all of it.
  if (!index?.complete || (node !== doc && node.getRootNode() !== doc)) return undefined;
  return index;
}

/**
 * Whether no element of the page can match: every alternative needs a class, or an attribute,
 * that no element of the page carries.
 */
function cannotMatch(root: ParentNode, selector: string): boolean {
  const index = indexFor(root);
  if (!index) return false;
  return needsOf(selector).every((needs) => needsMissing(index, needs));
}

/** Whether an alternative of a selector needs a class, or an attribute, that no element of the page carries. */
const needsMissing = (index: PageIndex, needs: Needs | null): boolean =>
  !!needs &&
  (needs.classes.some((n) => !index.classes.mayHave(n)) || needs.attributes.some((n) => !index.attributeNames.has(n)));

const inDocumentOrder = (a: Element, b: Element) =>
  a === b ? 0 : a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;

/**
 * The first `max` elements under root that match, in document order, found among the few
 * elements that carry an attribute or a class each alternative needs (a DOM library's search visits every
 * element of the page: 6 ms for one selector on a large page in jsdom); undefined where the
 * index cannot tell which elements those are.
 */
function amongCarriers(root: ParentNode, selector: string, max: number): Element[] | undefined {
  const index = indexFor(root);
  // :scope means root in a search from it, but the element itself in matches().
  if (!index || selector.includes(':scope')) return undefined;
  const node = root as Node;
  const lists: (readonly Element[])[] = [];
  for (const needs of needsOf(selector)) {
    // An alternative that cannot match gives no elements ("[data-test=…]" on a page without data-test).
    if (needsMissing(index, needs)) continue;
    // Only an attribute of the matched element itself: "[data-box] dd" matches no carrier of data-box.
    let fewest = fewestCarriers(needs?.ownAttributes ?? [], (name) => index.carriersOf(name));
    // Or a class of its own: ".card .title" is found among the few elements of class "title".
    const byClass = fewestCarriers(needs?.ownClasses ?? [], (name) => index.classCarriers(name));
    if (byClass && (!fewest || byClass.length < fewest.length)) fewest = byClass;
    fewest ??= needs && insideCarriers(index, needs, selector);
    // Else, in a search of the whole page, the many carriers of an attribute of its own ("[data-at=
    // "header-job-title"]" among a board's 490 data-at): jsdom takes about twice as long to match one
    // element as its search spends on one, so where they are a third of the page's elements at most.
    if (!fewest && node.nodeType === 9)
      fewest = fewestCarriers(needs?.ownAttributes ?? [], (name) => index.carriersOf(name, index.elements / 3));
    if (!fewest) return undefined;
    lists.push(fewest);
  }
  const candidates = lists.length === 1 ? lists[0]! : [...new Set(lists.flat())].sort(inDocumentOrder);
  const out: Element[] = [];
  for (const el of candidates) {
    if (out.length >= max) break;
    if (el === node || !node.contains(el)) continue;
    try {
      if (el.matches(selector)) out.push(el);
    } catch {
      return []; // a selector the DOM library rejects matches nothing
    }
  }
  return out;
}

/** The shortest of the lists of elements carrying each of some names (null where none is listed). */
function fewestCarriers(
  names: readonly string[],
  carriersOf: (name: string) => readonly Element[] | null,
): readonly Element[] | null {
  let fewest: readonly Element[] | null = null;
  for (const name of names) {
    const list = carriersOf(name);
    if (list && (!fewest || list.length < fewest.length)) fewest = list;
  }
  return fewest;
}

/**
 * The elements a selector alternative may match, found inside the few elements that carry a class
 * it needs of its element or of an ancestor ("section.-benefits li": the items in the page's one
 * section.-benefits), each searched by the DOM library in its own subtree rather than the whole page
 * (jsdom: 0.03 ms against 4.6 ms). With the carriers themselves, which may be the element matched.
 * Null where no such class has few carriers.
 */
function insideCarriers(index: PageIndex, needs: Needs, selector: string): readonly Element[] | null {
  let fewest: readonly Element[] | null = null;
  for (const name of needs.scopeClasses) {
    const list = index.classCarriers(name);
    if (list && (!fewest || list.length < fewest.length)) fewest = list;
  }
  if (!fewest) return null;
  const found = new Set<Element>(fewest);
  try {
    for (const carrier of fewest) for (const el of Array.from(carrier.querySelectorAll(selector))) found.add(el);
  } catch {
    return []; // a selector the DOM library rejects matches nothing
  }
  return [...found].sort(inDocumentOrder);
}

/** Resolves an href against the page URL; only http(s) links are kept. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * An element whose text is raw (a script, a style sheet, a title: left as it is, whatever it
 * holds, to the end of the string if it is never closed), or a tag up to its inline style
 * attribute, and that attribute. The tag is read attribute by attribute from its name, so
 * "style=" inside another attribute's value is left alone; values are bounded so that a
 * broken tag costs linear time.
 */
const RAW_TEXT_OR_STYLE =
  /(<(script|style|textarea|title|xmp|iframe|noembed|noframes)\b[\s\S]*?(?:<\/\2\s*>|$))|(<[a-z][^\s/<>]*(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]{0,4000}"|'[^']{0,4000}'|[^\s"'<>=`]+))?)*?)\s+style\s*=\s*(?:"[^"]{0,4000}"|'[^']{0,4000}')/gi;

/**
 * HTML without its inline style attributes. jsdom parses each one into CSS declarations as it
 * builds the element (three quarters of the time of parsing a saved page's source), and no
 * reader looks at styles: what the extractor reads is the same.
 */
function withoutInlineStyles(html: string): string {
  if (!/\sstyle\s*=/i.test(html)) return html;
  // The space kept stands where the attribute was: "height=0 style=… />" must not become "height=0/>".
  return html.replace(RAW_TEXT_OR_STYLE, (m, raw?: string, _tag?: string, before?: string) =>
    raw !== undefined ? m : `${before} `,
  );
}

type ParserCtor = new () => { parseFromString(html: string, type: 'text/html'): Document };

/**
 * Parses untrusted HTML (a JSON-LD description, an embedded state's descriptionHtml,
 * a saved page's source) without touching the live page and without running it.
 * In a browser this is DOMParser: the document it makes has no browsing context,
 * so scripts never run and images, styles and frames never load. A document made
 * by a DOM library in Node may have no window and so no DOMParser (jsdom's
 * createHTMLDocument, linkedom); there the HTML goes into a <template> of a new
 * document from createHTMLDocument, which is just as inert: it has no browsing
 * context either, and template contents are never rendered. The string is capped
 * to keep time bounded.
 */
function parseHtml(doc: Document, html: string, max: number): Document | null {
  const source = withoutInlineStyles(html.length > max ? html.slice(0, max) : html);
  const view = doc.defaultView as (Window & { DOMParser?: ParserCtor }) | null;
  const Parser = view?.DOMParser ?? (globalThis as { DOMParser?: ParserCtor }).DOMParser;
  try {
    if (typeof Parser === 'function') return new Parser().parseFromString(source, 'text/html');
    const inert = doc.implementation.createHTMLDocument('');
    const tpl = inert.createElement('template');
    tpl.innerHTML = source; // inert document, see above; never the live page
    inert.body.appendChild(tpl.content);
    return inert;
  } catch {
    return null;
  }
}

/** An HTML fragment, parsed inertly (see parseHtml); its elements are the returned body's children. */
export function parseFragment(doc: Document, html: string, max = 400_000): Element | null {
  return parseHtml(doc, html, max)?.body ?? null;
}

/**
 * The HTML a browser's "view source" page shows (Firefox saves it as a page
 * whose <pre> holds the source as text), or null for an ordinary page.
 */
export function viewSourceText(doc: Document): string | null {
  const body = doc.body;
  if (body?.id !== 'viewsource') return null;
  const pre = body.querySelector('pre');
  const text = pre?.textContent ?? '';
  return /<(?:html|head|body|div|meta)\b/i.test(text) ? text : null;
}

/** A whole page parsed from its source, inertly (see parseHtml). */
export function parseDocument(doc: Document, html: string, max = 5_000_000): Document | null {
  return parseHtml(doc, html, max);
}

/**
 * A description whose HTML was escaped once too often shows its tags as text
 * ("<strong>Requirements<br></strong><ul><li>…"). Such a node is read from its
 * text parsed as HTML in an inert document; any other node is returned as is.
 */
export function unescapeBody(el: Element): Element {
  const text = el.textContent ?? '';
  if (text.length > 400_000) return el;
  const tags = text.match(/<\/?(?:li|ul|ol|p|br|strong|b|h[1-6]|div)\b[^>]*>/gi);
  if (!tags || tags.length < 3) return el;
  return parseFragment(el.ownerDocument, text) ?? el;
}

/** What a single walk of the page learns, so that no source has to search the whole tree again. */
export interface PageIndex {
  classes: ClassNames;
  /** Whether some element carries an attribute of a name, in lower case (SVG subtrees included). */
  attributeNames: { has(lowerCaseName: string): boolean };
  /**
   * The elements carrying an attribute of a name, in lower case, in document order; null when
   * there are more than `most` (a few unless told).
   */
  carriersOf(lowerCaseName: string, most?: number): readonly Element[] | null;
  /**
   * The elements whose class holds a name (in quirks mode, in any case of its ASCII letters, as
   * class selectors there match), in document order (SVG subtrees included, as selectors see them);
   * null when there are many, or where unsure (in a template).
   */
  classCarriers(name: string): readonly Element[] | null;
  ids: Set<string>;
  scripts: Element[];
  metas: Element[];
  anchors: Element[];
  /** Elements with an itemtype (microdata scopes). */
  itemScopes: Element[];
  /** The first elements whose class names a location. */
  locationMarked: Element[];
  /** Whether every element's class was seen (the page was within the walk's bounds). */
  complete: boolean;
  /** How many elements the walk visited: what a search of the whole page visits. */
  elements: number;
  /**
   * The document's title (document.title, '' where the DOM library has none), read once: jsdom
   * looks for the <title> through the page on every read, and the readers ask five times.
   */
  title(): string;
  /** The page's text from the same walk; null where the walk did not see all of it (past its bounds). */
  texts: PageTexts | null;
}

/** Every text node's value under the root element, in document order, and the element each stands in. */
export interface PageTexts {
  values: string[];
  parents: Element[];
}

/** Whether some element's class attribute holds a name (as one of its whitespace-separated words). */
export interface ClassNames {
  has(name: string): boolean;
  /** has(), ignoring ASCII case as class selectors do in quirks mode; also true where unsure. */
  mayHave(name: string): boolean;
}

/** Whether a name is one of the whitespace-separated words of a string padded with a space. */
function holdsWord(all: string, name: string): boolean {
  if (!name || /\s/.test(name)) return false;
  for (let at = all.indexOf(name); at >= 0; at = all.indexOf(name, at + 1)) {
    if (/\s/.test(all[at - 1] ?? '') && /\s/.test(all[at + name.length] ?? '')) return true;
  }
  return false;
}

/**
 * The page's class attributes, searched as one string. Splitting every attribute into a set of
 * names cost more than the rest of the walk on pages of utility classes, and the readers ask
 * for a dozen names at most. inner holds the classes of SVG and template subtrees, which
 * has() leaves out (the readers never look there) and mayHave() counts (selectors see them).
 */
function classNames(attributes: readonly string[], inner: readonly string[]): ClassNames {
  let all: string | null = null;
  let lower: string | null = null;
  return {
    has(name: string): boolean {
      all ??= ` ${attributes.join(' ')} `;
      return holdsWord(all, name);
    },
    mayHave(name: string): boolean {
      lower ??= ` ${attributes.join(' ')} ${inner.join(' ')} `.toLowerCase();
      return holdsWord(lower, name.toLowerCase());
    },
  };
}

/** Up to how many elements carrying an attribute of one name (or a class) the index lists. */
const MAX_CARRIERS = 32;
/** Up to how many elements carrying an attribute of one name a reader that wants them all lists. */
export const MAX_LISTED = 256;

/** A text with its ASCII capitals in lower case, and nothing else changed (its offsets stay). */
const asciiLower = (text: string): string => text.replace(/[A-Z]+/g, (capitals) => capitals.toLowerCase());

/**
 * The elements whose class holds a name, found in the page's class attributes searched as one
 * string (see classNames) rather than by a search of the page, once per name. `owners[i]` carries
 * `attributes[i]`, in document order; `template` the classes of template subtrees, which some DOM
 * libraries' selectors see and others do not.
 */
function classCarriers(
  attributes: readonly string[],
  owners: readonly Element[],
  template: readonly string[],
  quirks: boolean,
): (name: string) => readonly Element[] | null {
  let all: string | null = null;
  let templates: string | null = null;
  const starts: number[] = [];
  const lists = new Map<string, readonly Element[] | null>();
  // In quirks mode a class selector ignores ASCII case: names and classes are compared so.
  const asWritten = (text: string): string => (quirks ? asciiLower(text) : text);
  const find = (name: string): readonly Element[] | null => {
    templates ??= asWritten(` ${template.join(' ')} `);
    const key = asWritten(name);
    // A name with a space is no class.
    if (!key || /\s/.test(key) || holdsWord(templates, key)) return null;
    if (all === null) {
      let at = 1;
      for (const text of attributes) {
        starts.push(at);
        at += text.length + 1;
      }
      all = asWritten(` ${attributes.join(' ')} `);
    }
    const out: Element[] = [];
    for (let at = all.indexOf(key); at >= 0; at = all.indexOf(key, at + 1)) {
      if (!/\s/.test(all[at - 1]!) || !/\s/.test(all[at + key.length]!)) continue;
      // The attribute this occurrence stands in: the last that starts at or before it.
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle]! <= at) low = middle;
        else high = middle - 1;
      }
      const owner = owners[low]!;
      if (out[out.length - 1] === owner) continue;
      if (out.length >= MAX_CARRIERS) return null;
      out.push(owner);
    }
    return out;
  };
  return (name) => {
    let list = lists.get(name);
    if (list === undefined) {
      list = find(name);
      lists.set(name, list);
    }
    return list;
  };
}

/** One bounded walk over the page: class names, ids, scripts, metas, links, microdata scopes. */
export function indexPage(doc: Document): PageIndex {
  const classAttributes: string[] = [];
  const innerClasses: string[] = [];
  // Every class attribute selectors see (outside templates), in document order, and its element.
  const selectable: string[] = [];
  const selectableOwners: Element[] = [];
  const templateClasses: string[] = [];
  // Per attribute name, as the page spells it: the elements carrying it (null where unsure, in a
  // template). All of them: a search of the whole page for one of many carriers is still quicker
  // among them (amongCarriers).
  const carriers = new Map<string, Element[] | null>();
  const carry = (name: string, el: Element): void => {
    const list = carriers.get(name);
    if (list === undefined) carriers.set(name, [el]);
    else if (list && list[list.length - 1] !== el) list.push(el);
  };
  let lowerNames: Map<string, Element[] | null> | null = null;
  let title: string | undefined;
  // The lists by lower-case name; a name spelt in two cases (XML, SVG, a script's setAttribute) lists nothing.
  const byLowerName = () => {
    if (lowerNames) return lowerNames;
    lowerNames = new Map();
    for (const [name, list] of carriers) {
      const lower = name.toLowerCase();
      lowerNames.set(lower, lowerNames.has(lower) ? null : list);
    }
    return lowerNames;
  };
  const index: PageIndex = {
    classes: classNames(classAttributes, innerClasses),
    attributeNames: {
      has: (name: string): boolean => byLowerName().has(name),
    },
    carriersOf: (name: string, most = MAX_CARRIERS) => {
      const list = byLowerName().get(name);
      return list && list.length <= most ? list : null;
    },
    classCarriers: classCarriers(selectable, selectableOwners, templateClasses, doc.compatMode === 'BackCompat'),
    ids: new Set(),
    scripts: [],
    metas: [],
    anchors: [],
    itemScopes: [],
    locationMarked: [],
    complete: true,
    elements: 0,
    title: () => {
      title ??= doc.title ?? '';
      return title;
    },
    texts: null,
  };
  const root = doc.documentElement;
  if (!root) return index;
  let visited = 0;
  const texts: PageTexts = { values: [], parents: [] };
  const onText = (text: string, parent: Element): void => {
    texts.values.push(text);
    texts.parents.push(parent);
  };
  // An element past the walk's depth with only text in it hides no class, but some of the text.
  let textsComplete = true;
  // Past the walk's bounds some classes and attributes go unseen: no selector is then turned away.
  const bounded = (el: Element, depth: number): void => {
    if (++visited >= MAX_NODES || (depth >= MAX_DEPTH && el.firstElementChild)) index.complete = false;
    if (depth >= MAX_DEPTH && el.firstChild) textsComplete = false;
  };
  walk(
    root,
    (el, depth) => {
      bounded(el, depth);
      const tag = tagOf(el);
      // An element without attributes costs one question; one with them, the list of its names and
      // a read of only those wanted that are there (in jsdom a getAttribute costs as much as the list).
      if (el.hasAttributes()) {
        let read = 0; // each read once, should a script have set two of a name in other namespaces
        for (const name of el.getAttributeNames()) {
          carry(name, el);
          if (name === 'class' && !(read & 1)) {
            read |= 1;
            const cls = el.getAttribute('class');
            if (cls) {
              classAttributes.push(cls);
              selectable.push(cls);
              selectableOwners.push(el);
              if (index.locationMarked.length < 5 && /location/i.test(cls) && tag !== 'BODY' && tag !== 'HTML')
                index.locationMarked.push(el);
            }
          } else if (name === 'id' && !(read & 2)) {
            read |= 2;
            const id = el.getAttribute('id');
            if (id) index.ids.add(id);
          } else if (name === 'itemtype' && !(read & 4)) {
            read |= 4;
            if (index.itemScopes.length < 50 && el.getAttribute('itemtype')) index.itemScopes.push(el);
          }
        }
      }
      if (tag === 'SCRIPT') index.scripts.push(el);
      else if (tag === 'META') index.metas.push(el);
      else if (tag === 'A' && index.anchors.length < 5000) index.anchors.push(el);
      if (tag === 'SVG' || tag === 'svg' || tag === 'TEMPLATE') {
        // Not read, but searched by selectors: only their classes and attribute names are kept (and
        // their text, such as an SVG's <text>, which is the page's too).
        for (let c = el.firstChild; c && visited < MAX_NODES; c = c.nextSibling) {
          if (c.nodeType === 3) onText(c.nodeValue ?? '', el);
          if (c.nodeType !== 1) continue;
          walk(
            c as Element,
            (inner, d) => {
              bounded(inner, depth + 1 + d);
              if (inner.hasAttributes())
                for (const name of inner.getAttributeNames()) {
                  // A template's content is outside the tree in a browser but among the children in
                  // some DOM libraries, whose selectors may or may not see it: its names list nothing.
                  if (tag === 'TEMPLATE') carriers.set(name, null);
                  else carry(name, inner);
                  const cls = name === 'class' ? inner.getAttribute('class') : null;
                  if (cls) {
                    innerClasses.push(cls);
                    if (tag === 'TEMPLATE') templateClasses.push(cls);
                    else {
                      selectable.push(cls);
                      selectableOwners.push(inner);
                    }
                  }
                }
              return visited < MAX_NODES;
            },
            MAX_NODES,
            onText,
          );
        }
        return false;
      }
      return true;
    },
    MAX_NODES,
    onText,
  );
  if (index.complete && textsComplete) index.texts = texts;
  index.elements = visited;
  readingIndex.set(doc, index);
  return index;
}

/** The content of a <meta property|name="…">. */
export function metaContent(index: PageIndex, key: string): string | null {
  for (const m of index.metas) {
    if (m.getAttribute('property') === key || m.getAttribute('name') === key) return m.getAttribute('content');
  }
  return null;
}
