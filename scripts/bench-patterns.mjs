#!/usr/bin/env node
// `node scripts/bench-patterns.mjs [--runs N]`: what the page reader's first run on a page pays for.
// Each page load starts the reader in a new content script, so its first extractJob compiles every
// regular expression it meets, and V8 compiles a pattern twice (to bytecode on its first run, to
// machine code on its second or on a long text): most of the 100-300 ms of that first run.
// For the pages bench-browser.mjs times, each in a fresh Chromium tab (no extension: the extractor
// built alone, as the reader bundles it): the first extractJob and the second; then, in another
// fresh tab, the time spent in regular expressions in the first run and in the third (compiled);
// then the patterns that cost most in the first runs, summed over the pages, by the name the words
// module exports them under. Prints figures; never fails on a time. Issue 20.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { chromiumPath } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) || 3 : 3;
const TOP = 15;

const SHARED = resolve(root, '../shared');
const PAGES = [
  'lever__APPLY-zoox-sr-staff-tpm-autonomy-ops',
  'workday__medtronic-R60129',
  'linkedin__it-mindpal-cpp-developer',
  'greenhouse__anthropic-tpm-infrastructure',
].map((name) => ({
  name,
  url: JSON.parse(readFileSync(join(SHARED, 'fixtures/pages', name, 'expected.json'), 'utf8')).url,
  html: readFileSync(join(SHARED, 'fixtures/pages', name, 'source.html'), 'utf8'),
}));
PAGES.push({
  name: 'seed',
  url: 'https://www.remotewlb.com/apply/senior-software-engineer-distributed-systems-lisbon',
  html: readFileSync(join(SHARED, 'seed/datadog-lisbon.html'), 'utf8'),
});

// The extractor and the words module as one minified script, as the page reader carries them.
const dir = mkdtempSync(join(tmpdir(), 'jobmark-bench-'));
const entry = join(dir, 'entry.js');
writeFileSync(
  entry,
  `import { extractJob } from '${root}/src/extract';\nimport { wordsFor } from '${root}/src/extract/words';\nimport { pageLanguages } from '${root}/src/extract/words/page-languages';\nglobalThis.__bench = { extractJob, pageWords: () => wordsFor(pageLanguages(document)) };\n`,
);
let out;
try {
  out = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: { write: false, minify: true, target: 'chrome120', lib: { entry, formats: ['iife'], name: 'bench' } },
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const code = out[0].output[0].code;

/**
 * In the page: extractJob three times; in the first and the third, the time of each RegExp.prototype.exec
 * by pattern (named by its name in the page's Words: words/build.ts). The first pays for compiling, the
 * third does not. The page's Words are looked up after the first run, which builds them.
 */
function firstRuns() {
  const { extractJob, pageWords } = globalThis.__bench;
  const names = new Map();
  const walk = (value, path, depth) => {
    if (value instanceof RegExp) return void (names.has(value) || names.set(value, path));
    if (depth > 3 || value === null || typeof value !== 'object') return;
    const entries = value instanceof Map ? [...value] : value instanceof Set ? [] : Object.entries(value);
    for (const [k, v] of entries) walk(v, depth ? `${path}.${k}` : k, depth + 1);
  };
  const exec = RegExp.prototype.exec;
  const timedRun = (cost) => {
    let inside = false;
    RegExp.prototype.exec = function (subject) {
      if (inside) return exec.call(this, subject);
      inside = true;
      const t = performance.now();
      try {
        return exec.call(this, subject);
      } finally {
        inside = false;
        const c = cost.get(this) ?? { ms: 0, runs: 0, flags: this.flags };
        c.ms += performance.now() - t;
        c.runs++;
        cost.set(this, c);
      }
    };
    const t = performance.now();
    extractJob(document, location.href);
    const ms = performance.now() - t;
    RegExp.prototype.exec = exec;
    return ms;
  };
  const timed = () => {
    const t = performance.now();
    extractJob(document, location.href);
    return performance.now() - t;
  };
  const cold = new Map();
  const warm = new Map();
  timedRun(cold);
  const second = timed();
  timedRun(warm);
  // The plain times (no exec wrapped) on another fresh start are what bench-browser's extractJob column shows.
  const sum = (m) => [...m.values()].reduce((a, c) => a + c.ms, 0);
  walk(pageWords(), '', 0);
  const nameOf = (re) => names.get(re) ?? `(elsewhere) /${re.source.slice(0, 50)}/${re.flags}`;
  return {
    second,
    inPatterns: sum(cold),
    warmPatterns: sum(warm),
    patterns: [...cold].map(([re, c]) => ({ name: nameOf(re), ...c, warm: warm.get(re)?.ms ?? 0 })),
  };
}

/** In the page: the first extractJob with nothing wrapped. */
function plainFirst() {
  const t = performance.now();
  globalThis.__bench.extractJob(document, location.href);
  return performance.now() - t;
}

const browser = await puppeteer.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const byName = new Map();
try {
  console.log(
    `The extractor's first run in a fresh Chromium tab, and the time in its patterns (median of ${runs} tabs, ms):`,
  );
  console.log('page'.padEnd(46), 'first'.padStart(6), 'second'.padStart(7), '  patterns: first run', ' third run');
  for (const served of PAGES) {
    const rows = [];
    const tab = async () => {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) =>
        request.url() === served.url
          ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: served.html })
          : request.respond({ status: 404, body: '' }),
      );
      await page.goto(served.url, { waitUntil: 'domcontentloaded' });
      await page.evaluate(code);
      return page;
    };
    for (let i = 0; i < runs; i++) {
      let page = await tab();
      const first = await page.evaluate(plainFirst);
      await page.close();
      page = await tab();
      const run = await page.evaluate(firstRuns);
      await page.close();
      for (const p of run.patterns) {
        const seen = byName.get(p.name) ?? { ms: 0, warm: 0, runs: 0, flags: p.flags };
        seen.ms += p.ms / runs;
        seen.warm += p.warm / runs;
        seen.runs += p.runs / runs;
        byName.set(p.name, seen);
      }
      rows.push({ first, ...run });
    }
    const m = (k, w) =>
      median(rows.map((r) => r[k]))
        .toFixed(0)
        .padStart(w);
    console.log(
      served.name.slice(0, 46).padEnd(46),
      m('first', 6),
      m('second', 7),
      m('inPatterns', 22),
      m('warmPatterns', 10),
    );
  }
} finally {
  await browser.close();
}
const total = [...byName.values()].reduce((a, p) => a + p.ms, 0);
const warm = [...byName.values()].reduce((a, p) => a + p.warm, 0);
console.log(
  `\nIn the patterns, summed over the ${PAGES.length} pages: ${total.toFixed(0)} ms in the first runs, ${warm.toFixed(0)} ms in the third.` +
    ' The costliest in the first runs (ms; the same in the third run; how many runs a reading makes):',
);
for (const [name, p] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, TOP)) {
  console.log(
    `${p.ms.toFixed(1).padStart(7)} ${p.warm.toFixed(1).padStart(6)} ${p.runs.toFixed(0).padStart(6)}  ${`/${p.flags}`.padEnd(5)} ${name.slice(0, 70)}`,
  );
}
