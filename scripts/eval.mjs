#!/usr/bin/env node
// `npm run eval [-- dev|frozen]`: scores the extractor on the corpus of real postings
// kept apart from what it is tuned on (test/corpus/, labelled by a person before the
// extractor ever ran on them) with ../shared/tools/score.mjs, the fixtures' scorer.
// Prints each split's per-field table and score, and the score per language.
// `dev` is the part we develop on; `frozen` is scored only when a piece of work is
// done (its misses are never read to tune the reader). Builds the CLI first.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const scorer = resolve(root, '../shared/tools/score.mjs');
const splits = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const wanted = splits.length ? splits : ['dev', 'frozen'];
if (!existsSync(scorer)) {
  console.error(`No scorer at ${scorer}: the shared fixtures are not beside this checkout.`);
  process.exit(1);
}
const build = spawnSync('npm', ['run', 'build:lib'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

/** name → language, from the corpus's SOURCES.tsv. */
function languages() {
  const byName = new Map();
  const file = join(root, 'test/corpus/SOURCES.tsv');
  if (!existsSync(file)) return byName;
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = header.split('\t');
  for (const row of rows) {
    const cells = row.split('\t');
    byName.set(cells[cols.indexOf('name')], cells[cols.indexOf('language')]);
  }
  return byName;
}

const language = languages();
for (const split of wanted) {
  const dir = join(root, 'test/corpus', split);
  if (!existsSync(dir)) {
    console.error(`No ${dir}.`);
    process.exit(1);
  }
  const pages = readdirSync(dir).length;
  const run = spawnSync(
    process.execPath,
    [scorer, '--json', dir, '--', process.execPath, join(root, 'bin/jobmark.mjs'), 'extract'],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status !== 0) {
    console.error(`The scorer failed on ${split}:\n${run.stderr.trim().split('\n').slice(0, 8).join('\n')}`);
    process.exit(1);
  }
  const lines = run.stdout.trim().split('\n');
  const report = JSON.parse(lines.slice(0, -1).join('\n'));
  console.log(`\n${split}: ${pages} pages, ${report.failures} extractor failures`);
  for (const [field, { mean, pages: n }] of Object.entries(report.fields)) {
    console.log(`  ${field.padEnd(18)} ${mean.toFixed(3)}  (${n} pages)`);
  }
  // Per language: the mean of each page's own mean over its labelled fields.
  const perLanguage = new Map();
  for (const { page: name, fields } of report.perPage) {
    const values = Object.values(fields);
    if (!values.length) continue;
    const lang = language.get(name) ?? '?';
    const list = perLanguage.get(lang) ?? [];
    list.push(values.reduce((a, b) => a + b, 0) / values.length);
    perLanguage.set(lang, list);
  }
  const langs = [...perLanguage].sort((a, b) => b[1].length - a[1].length);
  console.log(
    `  by language: ${langs.map(([l, v]) => `${l} ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(3)} (${v.length})`).join(', ')}`,
  );
  console.log(`  ${lines.at(-1)}`);
}
