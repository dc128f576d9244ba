// The fixture suite: runs extractJob in-process on every labelled page
// (../shared/fixtures/pages and our own test/pages), scores it with the rules of
// ../shared/tools/score.mjs, and fails if any page scores below the score
// recorded in test/fixture-scores.json. Record new scores on purpose with
//   JOBMARK_RECORD=1 npx vitest run test/fixtures.test.ts
// (JOBMARK_VERBOSE=1 prints every miss and the per-field table).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../src/cli/decode';
import { extractJob } from '../src/extract/index';
import { scorePage } from './extract/score-rules';

const ROOT = resolve(__dirname, '..');
const DIRS = [resolve(ROOT, '../shared/fixtures/pages'), resolve(ROOT, 'test/pages')];
const SCORES = resolve(ROOT, 'test/fixture-scores.json');
const RECORD = process.env.JOBMARK_RECORD === '1' || process.argv.includes('--update-scores');
const VERBOSE = process.env.JOBMARK_VERBOSE === '1';
const REPORT = process.env.JOBMARK_REPORT; // a file to write every miss and the per-field table to
const lines: string[] = [];

interface Page {
  name: string;
  dir: string;
}
const pages: Page[] = [];
for (const dir of DIRS) {
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory() && existsSync(join(p, 'expected.json')) && existsSync(join(p, 'source.html')))
      pages.push({ name, dir: p });
  }
}
const recorded: Record<string, number> = existsSync(SCORES) ? JSON.parse(readFileSync(SCORES, 'utf8')) : {};
const now: Record<string, number> = {};
const perField: Record<string, number[]> = {};

function run(page: Page) {
  const expected = JSON.parse(readFileSync(join(page.dir, 'expected.json'), 'utf8'));
  const html = decodeHtml(new Uint8Array(readFileSync(join(page.dir, 'source.html'))));
  let url: string | undefined;
  try {
    url = expected.url ? new URL(expected.url).href : undefined;
  } catch {
    url = undefined;
  }
  const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
  const got = extractJob(doc, expected.url ?? '') as unknown as Record<string, unknown>;
  const fields = scorePage(expected, got);
  for (const [f, s] of Object.entries(fields)) {
    perField[f] = [...(perField[f] ?? []), s];
    if ((VERBOSE || REPORT) && s < 1)
      lines.push(
        `- ${page.name} ${f}: ${s.toFixed(2)}\n    expected ${JSON.stringify(expected[f]).slice(0, 400)}\n    got      ${JSON.stringify(got[f]).slice(0, 400)}`,
      );
  }
  const values = Object.values(fields);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 1;
}

describe('fixture pages', () => {
  for (const page of pages) {
    it(page.name, () => {
      const score = run(page);
      now[page.name] = Math.round(score * 1000) / 1000;
      if (!RECORD && page.name in recorded) expect(now[page.name]).toBeGreaterThanOrEqual(recorded[page.name]!);
    });
  }
  it('seed pages, clean and mojibake, score exactly 1', () => {
    for (const name of ['seed__datadog-lisbon', 'seed__datadog-lisbon-mojibake'])
      if (name in now) expect(now[name], name).toBe(1);
  });
});

afterAll(() => {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const fields = Object.entries(perField).map(([f, xs]) => [f, mean(xs)] as const);
  for (const [f, m] of fields) lines.push(`${f.padEnd(18)} ${m.toFixed(3)}  (${perField[f]!.length} pages)`);
  lines.push(`score: ${mean(fields.map(([, m]) => m)).toFixed(3)}`);
  if (REPORT) writeFileSync(REPORT, `${lines.join('\n')}\n`);
  else if (VERBOSE) console.log(lines.join('\n'));
  if (RECORD) writeFileSync(SCORES, `${JSON.stringify(now, Object.keys(now).sort(), 2)}\n`);
});
