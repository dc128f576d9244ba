// extractJobInSteps (the page reader's reading, a task a step, issue 20) gives what extractJob gives,
// and the steps of one reading keep their page index, patterns and memos to themselves: readings run
// between them, or side by side, read as they would alone.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/decode';
import { $$ } from '../../src/extract/dom';
import { extractJob, extractJobInSteps } from '../../src/extract/index';
import { allWords, currentWords } from '../../src/extract/words';

const PAGES = resolve(__dirname, '../../../shared/fixtures/pages');
const NAMES = [
  'lever__APPLY-zoox-sr-staff-tpm-autonomy-ops',
  'seed__datadog-lisbon',
  'jobscz__comsource-network-reliability-eng',
  'workday__medtronic-R60129',
  'linkedin__experis-junior-cpp-prague',
  'company__LIST-redhat-jobs-home',
  'NEG__blog-python-org',
];

function load(name: string): { doc: Document; url: string } {
  const dir = join(PAGES, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url?: string };
  const html = decodeHtml(new Uint8Array(readFileSync(join(dir, 'source.html'))));
  const url = expected.url ?? '';
  const doc = new JSDOM(html, { url: url || undefined, virtualConsole: new VirtualConsole() }).window.document;
  return { doc, url };
}

/** Whether $$ searched the page for `selector` (the page index, in force, turns away one nothing can match). */
function searched(doc: Document, selector: string): boolean {
  const qsa = doc.querySelectorAll;
  let asked = false;
  doc.querySelectorAll = ((s: string) => {
    asked ||= s === selector;
    return qsa.call(doc, s);
  }) as typeof doc.querySelectorAll;
  try {
    $$(doc, selector);
  } finally {
    doc.querySelectorAll = qsa;
  }
  return asked;
}

const pages = NAMES.map((name) => ({ name, ...load(name) }));
const alone = new Map(pages.map(({ name, doc, url }) => [name, extractJob(doc, url)]));

describe('extractJobInSteps', () => {
  for (const { name, doc, url } of pages) {
    it(`reads ${name} as extractJob does, in steps`, async () => {
      let pauses = 0;
      const pause = () => {
        pauses++;
        // Between two steps nothing of the reading's is in force: every language's patterns, and
        // no page index (a selector no element matches is searched for, not turned away).
        expect(currentWords()).toBe(allWords());
        expect(searched(doc, '[data-jobmark-none]')).toBe(true);
        return new Promise((done) => setTimeout(done, 0));
      };
      const got = await extractJobInSteps(doc, url, [], pause);
      expect(got).toEqual(alone.get(name));
      expect(pauses).toBeGreaterThan(3);
    });
  }

  it('pauses in a task of its own by default', async () => {
    const { doc, url, name } = pages[0]!;
    expect(await extractJobInSteps(doc, url)).toEqual(alone.get(name));
  });

  it('keeps each reading its own where readings run between its steps and side by side', async () => {
    let turn = 0;
    // Between two steps, another page read at once (as the CLI or a second reading would).
    const pause = () => {
      const other = pages[turn++ % pages.length]!;
      expect(extractJob(other.doc, other.url)).toEqual(alone.get(other.name));
      return Promise.resolve();
    };
    const together = await Promise.all(pages.map(({ doc, url }) => extractJobInSteps(doc, url, [], pause)));
    together.forEach((got, i) => {
      expect(got).toEqual(alone.get(pages[i]!.name));
    });
    expect(turn).toBeGreaterThan(pages.length);
  });
});
