#!/usr/bin/env node
// `npm run bench`: for every fixture page, the median time (of 11 runs) of extractJob on an
// already parsed document, and in the same run the median time of Mozilla
// Readability's parse() on the same document (on a fresh clone each time:
// Readability mutates the document it reads). Uses the built library
// (dist-lib/extract.js; run `npm run build:lib` first) and jsdom.
//
// A page saved from a browser's "view source" (Firefox: body#viewsource, the HTML as text in a
// <pre>) is one no content script ever reads: a browser shows the page itself. Its row times
// both readers on the page it shows, parsed once outside the timing as every other page is;
// the extractor's time on the saved view-source page as it is (which parses the <pre>'s text
// into a document on every call, with jsdom) is printed on a line of its own, outside the total.
//
//   node scripts/bench-extract.mjs [PAGES_DIR] [--runs N]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lib = join(root, 'dist-lib/extract.js');
if (!existsSync(lib)) {
  console.error('bench: dist-lib/extract.js is missing; run `npm run build:lib` first.');
  process.exit(1);
}
const { extractJob } = await import(lib);

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) || 11 : 11;
const dir = resolve(
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? join(root, '../shared/fixtures/pages'),
);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};

/** The source a saved view-source page shows (as the extractor finds it), or null. */
function viewSource(doc) {
  if (doc.body?.id !== 'viewsource') return null;
  const text = doc.body.querySelector('pre')?.textContent ?? '';
  return /<(?:html|head|body|div|meta)\b/i.test(text) ? text : null;
}

/** Median ms of extractJob on doc, and (unless told not to) of Readability on a fresh clone of it. */
function time(doc, url, readability = true) {
  const ours = [];
  const theirs = [];
  extractJob(doc, url); // warm up
  // Each reader's runs one after another: interleaved, each would pay for collecting the other's
  // garbage (Readability makes a lot), and the figures vary by half from run to run.
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    extractJob(doc, url);
    ours.push(performance.now() - t);
  }
  for (let i = 0; readability && i < runs; i++) {
    const clone = doc.cloneNode(true);
    const t = performance.now();
    try {
      new Readability(clone).parse();
    } catch {
      /* a page Readability cannot read still costs its time */
    }
    theirs.push(performance.now() - t);
  }
  return { ours: median(ours), theirs: readability ? median(theirs) : null };
}

const rows = [];
const asSaved = [];
for (const name of readdirSync(dir).sort()) {
  const file = join(dir, name, 'source.html');
  if (!statSync(join(dir, name)).isDirectory() || !existsSync(file)) continue;
  const expected = existsSync(join(dir, name, 'expected.json'))
    ? JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8'))
    : {};
  let url;
  try {
    url = expected.url ? new URL(expected.url).href : undefined;
  } catch {
    url = undefined;
  }
  const dom = new JSDOM(readFileSync(file), { url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const source = viewSource(doc);
  if (source) {
    const shown = new JSDOM(source, { url, virtualConsole: new VirtualConsole() });
    rows.push({ name, shown: true, ...time(shown.window.document, url ?? '') });
    shown.window.close();
    asSaved.push({ name, ours: time(doc, url ?? '', false).ours });
  } else rows.push({ name, ...time(doc, url ?? '') });
  dom.window.close();
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x) => x.toFixed(2).padStart(9);
console.log(
  `${pad('page', 56)} ${'extractJob'.padStart(10)} ${'Readability'.padStart(11)}  (median ms of ${runs} runs)`,
);
for (const r of rows)
  console.log(
    `${pad(r.name, 56)} ${num(r.ours)}  ${num(r.theirs)}${r.shown ? '  (the page its saved view-source shows)' : ''}`,
  );
const ours = rows.reduce((a, r) => a + r.ours, 0);
const theirs = rows.reduce((a, r) => a + r.theirs, 0);
const worst = rows.reduce((a, r) => (r.ours > a.ours ? r : a), rows[0] ?? { name: '-', ours: 0 });
console.log(`${pad('total', 56)} ${num(ours)}  ${num(theirs)}`);
console.log(
  `ratio extractJob / Readability: ${(ours / theirs).toFixed(2)} (goal ≤ 0.15 in issue 15, ≤ 0.10 in issue 20); slowest page: ${worst.name} ${worst.ours.toFixed(2)} ms (goal ≤ 20 in issue 15, ≤ 15 in issue 20)`,
);
for (const r of asSaved)
  console.log(
    `not in the total: ${r.name} read as the saved view-source page it is (its <pre> parsed with jsdom on every call): extractJob ${r.ours.toFixed(2)} ms`,
  );
