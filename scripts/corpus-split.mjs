#!/usr/bin/env node
// `node scripts/corpus-split.mjs BATCH...`: moves labelled postings from test/corpus/incoming/BATCH/
// into the corpus, each to `dev` or `frozen` by a hash of its name, and adds their rows
// (with the split) to test/corpus/SOURCES.tsv; a row's notes (which item of a payload, how it was
// rendered, the calls a reviewer should see) go beside the posting, in its notes.txt, so that the
// index stays one short line a posting. The split of a name never changes, so
// the corpus is split once: a posting added later lands where its name says, and no
// posting ever moves between the two parts. About half go to each.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const corpus = resolve(import.meta.dirname, '../test/corpus');
const incoming = join(corpus, 'incoming');
const sources = join(corpus, 'SOURCES.tsv');
const HEADER = 'name\tsplit\tlanguage\tsite\tkind\tsource_repo\tsource_path\tcommit\tlicense';

/** frozen or dev, from the name alone. */
const splitOf = (name) => (createHash('sha256').update(name).digest()[0] < 128 ? 'frozen' : 'dev');

if (!existsSync(sources)) writeFileSync(sources, `${HEADER}\n`);
const known = new Set(
  readFileSync(sources, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((row) => row.split('\t')[0]),
);
let moved = 0;
const batches = process.argv.slice(2);
if (!batches.length) {
  console.error(
    'usage: node scripts/corpus-split.mjs BATCH...   (folders of test/corpus/incoming/ whose labelling is finished)',
  );
  process.exit(2);
}
for (const batch of batches) {
  const dir = join(incoming, batch);
  const tsv = join(dir, 'SOURCES.tsv');
  if (!existsSync(tsv)) throw new Error(`${batch}: no SOURCES.tsv`);
  const [header, ...rows] = readFileSync(tsv, 'utf8').trim().split('\n');
  const cols = header.split('\t');
  for (const row of rows) {
    const cells = row.split('\t');
    const get = (col) => cells[cols.indexOf(col)] ?? '';
    const name = get('name');
    if (!existsSync(join(dir, name, 'expected.json'))) throw new Error(`${batch}/${name}: no expected.json`);
    if (known.has(name)) throw new Error(`${batch}/${name}: a posting of that name is in the corpus already`);
    const split = splitOf(name);
    renameSync(join(dir, name), join(corpus, split, name));
    const notes = get('notes').trim();
    if (notes) writeFileSync(join(corpus, split, name, 'notes.txt'), `${notes}\n`);
    const fields = ['language', 'site', 'kind', 'source_repo', 'source_path', 'commit', 'license'];
    appendFileSync(sources, `${[name, split, ...fields.map(get)].join('\t')}\n`);
    known.add(name);
    moved++;
  }
  rmSync(tsv);
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
}
console.log(`${moved} postings added to the corpus.`);
