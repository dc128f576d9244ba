// Small helpers every site source shares: the first matching node's text, a
// host test, and reading a JSON object a page assigns to a window variable.
import { $, $$, absoluteUrl, textOf } from '../dom';
import { findSalary } from '../salary';
import { cleanText, fold } from '../text';
import { type Context, type Found, found, type Reading } from '../types';
import { currentWords } from '../words';
import { parseJsonLoose } from './json-ld';

/** The first element matching any of the selectors, in the order given. */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = $(root, s);
    if (el) return el;
  }
  return null;
}

/** Whether a heading names the kind of page rather than its job ("Detail pozice", "Job details"). */
export const namesThePage = (text: string): boolean => currentWords().PAGE_WORDS.test(fold(text));

/** The text of the first element matching any selector, with its element. */
export function textAt(root: ParentNode, selectors: readonly string[], max = 500): Found<string> | undefined {
  for (const s of selectors) {
    for (const el of $$(root, s, 5)) {
      const t = cleanText(textOf(el, max * 2), max);
      // A company's template may print "Detail pozice" as an h1 above the job's own.
      if (t && !namesThePage(t)) return found(t, el);
    }
  }
  return undefined;
}

/** The pay a box on the page states (a salary badge, a labelled row): the salary and its text as written, at the box. */
export function payAt(box: Found<string> | undefined): Pick<Reading, 'salary' | 'salaryText'> {
  const m = box ? findSalary(box.value) : null;
  if (!box || !m) return {};
  return { salary: found(m.salary, box.at[0]), salaryText: found(m.text, box.at[0]) };
}

export function linkAt(ctx: Context, selectors: readonly string[]): Found<string> | undefined {
  for (const s of selectors) {
    for (const el of $$(ctx.doc, s, 5)) {
      const href = absoluteUrl(el.getAttribute('href'), ctx.url);
      if (href) return found(href, el);
    }
  }
  return undefined;
}

export function hostIs(ctx: Context, re: RegExp): boolean {
  return !!ctx.u && re.test(ctx.u.hostname);
}

/** Whether the page uses any of these class names (a cheap structural test, from the page index). */
export function hasClass(ctx: Context, ...names: string[]): boolean {
  return names.some((n) => ctx.index.classes.has(n));
}

/**
 * The JSON a page assigns in an inline script (`window._initialData = {...};`).
 * Reads the balanced object after the name without evaluating anything.
 */
export function scriptJson(ctx: Context, name: string, maxScript = 3_000_000): unknown {
  for (const s of ctx.index.scripts.slice(0, 300)) {
    if (s.hasAttribute('src')) continue;
    const text = s.textContent ?? '';
    if (text.length > maxScript) continue;
    const at = text.indexOf(name);
    if (at < 0) continue;
    const start = text.indexOf('{', at + name.length);
    if (
      start < 0 ||
      !/^\s*=?\s*(?:JSON\.parse\()?\s*$/.test(text.slice(at + name.length, start).replace(/^["'\]]/, ''))
    )
      continue;
    const end = balancedEnd(text, start);
    if (end > start) {
      const v = parseJsonLoose(text.slice(start, end + 1));
      if (v) return v;
    }
  }
  return null;
}

/** Index of the brace closing the one at start, honouring strings; -1 if unbalanced. */
export function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inStr = false;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === quote) inStr = false;
      continue;
    }
    if (c === '"' || c === "'") {
      inStr = true;
      quote = c;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** A value deep in parsed JSON by path, tolerant of anything missing. */
export function dig(v: unknown, ...path: (string | number)[]): unknown {
  let cur = v;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

export function str(v: unknown): string | null {
  return typeof v === 'string' ? cleanText(v) || null : typeof v === 'number' ? String(v) : null;
}
