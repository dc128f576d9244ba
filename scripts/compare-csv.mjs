#!/usr/bin/env node
// Jobmark's CSV reader (src/export/csv-parse.ts) against papaparse, the library most
// used for it, on what the import needs: the bytes each adds to the dashboard (minified
// and gzipped, bundled as the build bundles them), the time to read 10,000 rows of
// Jobmark's own export, and what each says of a malformed file. Prints figures; the
// verdict is the comment at the top of csv-parse.ts. papaparse is no dependency of
// Jobmark: install it anywhere and point at it, e.g.
//   npm i --prefix /tmp/pp papaparse && PAPAPARSE=/tmp/pp/node_modules/papaparse node scripts/compare-csv.mjs
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';

const root = resolve(import.meta.dirname, '..');
if (!process.env.PAPAPARSE) {
  console.error('Set PAPAPARSE to an installed papaparse folder (see the comment at the top).');
  process.exit(1);
}
const papaDir = resolve(process.env.PAPAPARSE);
const papaVersion = createRequire(import.meta.url)(join(papaDir, 'package.json')).version;
const work = mkdtempSync(join(tmpdir(), 'jobmark-csv-'));

/** One entry bundled and minified as the build does: its code, and its size raw and gzipped. */
async function bundle(name, source) {
  const entry = join(work, `${name}-entry.mjs`);
  writeFileSync(entry, source);
  const build = await rolldown({ input: entry, logLevel: 'silent' });
  const { output } = await build.generate({ format: 'esm', minify: true });
  const code = output[0].code;
  const file = join(work, `${name}.mjs`);
  writeFileSync(file, code);
  return { module: await import(pathToFileURL(file).href), bytes: code.length, gzip: gzipSync(code).length };
}

const ours = await bundle(
  'jobmark',
  `export { parseCsv } from ${JSON.stringify(join(root, 'src/export/csv-parse.ts'))};`,
);
const papa = await bundle(
  'papaparse',
  `import Papa from ${JSON.stringify(join(papaDir, 'papaparse.min.js'))}; export const parse = (t) => Papa.parse(t, { skipEmptyLines: true });`,
);
const parse = {
  jobmark: (text) => ours.module.parseCsv(text),
  papaparse: (text) => papa.module.parse(text),
};

console.log(`CSV reader: Jobmark's against papaparse ${papaVersion} (Node ${process.version})\n`);
console.log('size in the bundle        minified    gzipped');
for (const [name, b] of [
  ['jobmark', ours],
  ['papaparse', papa],
]) {
  console.log(
    `  ${name.padEnd(22)} ${`${(b.bytes / 1024).toFixed(1)} KB`.padStart(9)} ${`${(b.gzip / 1024).toFixed(1)} KB`.padStart(10)}`,
  );
}

// 10,000 rows as Jobmark exports them: 17 columns, quoted cells holding commas, quotes and line breaks.
const header =
  'title,company,locations,workplace,salary,salary_min,salary_max,currency,period,status,tags,rating,follow_up,saved,updated,url,notes';
const row = (i) =>
  [
    `Senior Engineer ${i}`,
    `"Acme, Inc. ${i}"`,
    '"Berlin; Remote (EU)"',
    'remote',
    '"€70,000–€90,000 a year"',
    '70000',
    '90000',
    'EUR',
    'year',
    'applied',
    '"rust, go"',
    String(i % 6),
    '2026-12-24',
    '2026-12-01T10:00:00.000Z',
    '2026-12-02T10:00:00.000Z',
    `https://jobs.example.com/${i}`,
    `"Call back on Monday.\nShe said ""ask for Sam""."`,
  ].join(',');
const csv = [header, ...Array.from({ length: 10_000 }, (_, i) => row(i))].join('\r\n');
const rows = {
  jobmark: parse.jobmark(csv).length,
  papaparse: parse.papaparse(csv).data.length,
};
console.log(`\nreading 10,000 rows (${(csv.length / 1024 / 1024).toFixed(1)} MB), median of 15 after 3 warm-ups`);
for (const name of ['jobmark', 'papaparse']) {
  const times = [];
  for (let run = 0; run < 18; run++) {
    const started = performance.now();
    parse[name](csv);
    if (run >= 3) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${name.padEnd(22)} ${times[7].toFixed(1).padStart(7)} ms   (${rows[name]} records with the header)`);
}

// What each says of a file it cannot read for certain.
const malformed = [
  ['a quoted cell never closes', 'title,company\n"Engineer,Acme\nDesigner,Beta\n'],
  ['text after a closing quote', 'title,company\n"Engineer" senior,Acme\n'],
  ['a quote inside an unquoted cell', 'title,company\nEngineer 5" screen,Acme\n'],
  ['a row with a cell too many', 'title,company\nEngineer,Acme,extra\n'],
];
console.log('\nmalformed input');
for (const [what, text] of malformed) {
  let said;
  try {
    parse.jobmark(text);
    said = 'read without a word';
  } catch (error) {
    said = error.message;
  }
  const { errors } = parse.papaparse(text);
  const theirs = errors.length
    ? errors.map((e) => `${e.code}: ${e.message} (row ${e.row ?? '?'})`).join('; ')
    : 'read without a word';
  console.log(`  ${what}\n    jobmark:   ${said}\n    papaparse: ${theirs}`);
}
rmSync(work, { recursive: true, force: true });
