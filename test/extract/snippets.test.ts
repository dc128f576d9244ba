// The shared description snippets (../shared/fixtures/snippets): short real job descriptions in
// the shapes that break readers (emoji bullets, bold headings, lines typed with <br>, orphan <li>s,
// lists nested under an item, headings glued to a sentence), each with the lists a person reads
// in it. Every item of a list under a heading that names a part must be read as an item, in the
// part that heading names, unless the list also runs on under another heading of its own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blocksOf, headingKind, type Sections, sectionsOf } from '../../src/extract/sections';
import { fold } from '../../src/extract/text';

const DIR = resolve(__dirname, '../../../shared/fixtures/snippets');

interface Expected {
  type: 'list' | 'paragraph';
  heading?: string;
  contents: string[];
}

/**
 * Items the snippet's reader listed that Jobmark reads otherwise, on purpose: text that is not
 * an item of the list it stands in.
 */
const READ_OTHERWISE = new Set([
  // Metadata run into the list without an <li>, its label glued to the last word.
  'vzdělání:vysokoškolské, sš s maturitou, vyšší odborné, bakalářskétyp pracovního poměru:plný úvazek, práce na žl',
]);

/** Headings of the snippets' lists that name no part of a posting. */
const NOT_A_PART = new Set(['Kdo jsme?' /* who we are */]);

const words = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function read(html: string): Sections {
  const doc = new JSDOM(`<!doctype html><html><body><main>${html}</main></body></html>`).window.document;
  return sectionsOf(blocksOf(doc.querySelector('main')!, { skipChrome: false }));
}

const names = existsSync(DIR) ? readdirSync(DIR).filter((n) => n.endsWith('.html')) : [];

describe('the shared description snippets', () => {
  it('are there', () => expect(names.length).toBeGreaterThan(5));

  it('have headings that name parts, and Jobmark reads each as the part it names', () => {
    const unread: string[] = [];
    for (const name of names) {
      const expected: Expected[] = JSON.parse(
        readFileSync(resolve(DIR, name.replace('.html', '.expected.json')), 'utf8'),
      );
      for (const list of expected) {
        if (list.type !== 'list' || !list.heading || NOT_A_PART.has(list.heading)) continue;
        const kind = headingKind(list.heading);
        if (!kind || kind === 'other') unread.push(list.heading);
      }
    }
    expect(unread).toEqual([]);
  });

  for (const name of names.sort()) {
    it(name, () => {
      const sections = read(readFileSync(resolve(DIR, name), 'utf8'));
      const expected: Expected[] = JSON.parse(
        readFileSync(resolve(DIR, name.replace('.html', '.expected.json')), 'utf8'),
      );
      const kindOf = new Map<string, string>();
      for (const [kind, items] of Object.entries(sections))
        for (const item of items) kindOf.set(words(item.text), kind);
      for (const list of expected) {
        const kind = list.type === 'list' && list.heading ? headingKind(list.heading) : null;
        if (!kind || kind === 'other' || kind === 'aboutJob') continue;
        // The part the heading names; the nice-to-haves, where an item of the must-haves calls
        // itself optional; and any part a line of the list introduces ("Ideally also:"), which
        // may hold only the lines nested under it.
        const parts = new Set<string>([kind, ...(kind === 'requirements' ? ['niceToHave'] : [])]);
        for (const item of list.contents) {
          const heads = /(?:^|[.!?]\s+)([^.!?]{1,60})[:：]$/.exec(item.trim());
          const next = heads ? headingKind(heads[1]!, false) : null;
          if (next && next !== 'other' && next !== 'aboutJob') {
            parts.add(next);
            continue;
          }
          if (heads || READ_OTHERWISE.has(item.toLowerCase())) continue;
          const found = kindOf.get(words(item));
          expect({ item, found: found !== undefined && parts.has(found) }).toEqual({ item, found: true });
        }
      }
    });
  }
});
