// The corpus's labels have the shape score.mjs reads (the fixtures README's table of keys), and
// SOURCES.tsv has one row per posting: a label the scorer cannot read (a null where a list
// belongs) stops `npm run eval` for every page, and a posting without its row has no licence.
// Only the shape is checked here, never what a label says.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORPUS = join(__dirname, 'corpus');
const SPLITS = ['dev', 'frozen'] as const;

const isString = (x: unknown) => typeof x === 'string';
const orNull = (check: (x: unknown) => boolean) => (x: unknown) => x === null || check(x);
const listOf = (check: (x: unknown) => boolean) => (x: unknown) => Array.isArray(x) && x.every(check);
const oneOf =
  (...values: string[]) =>
  (x: unknown) =>
    values.includes(x as string);
const isObject = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What each key may hold, as the fixtures README's table says. */
const SHAPES: Record<string, (x: unknown) => boolean> = {
  url: isString,
  isJobPosting: (x) => typeof x === 'boolean',
  title: orNull(isString),
  company: orNull(isString),
  locations: listOf(isString),
  workplace: orNull(oneOf('remote', 'hybrid', 'onsite')),
  employmentType: orNull(oneOf('full-time', 'part-time', 'contract', 'temporary', 'internship')),
  seniority: orNull(
    oneOf('intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'lead', 'manager', 'director', 'executive'),
  ),
  salary: orNull(isObject),
  applyUrl: orNull(isString),
  datePosted: orNull((x) => isString(x) && /^\d{4}-\d{2}-\d{2}/.test(x as string)),
  skills: listOf(isString),
  education: listOf(oneOf('bachelor', 'master', 'phd')),
  experienceYears: orNull(isObject),
  responsibilities: listOf(isString),
  requirements: listOf(isString),
  niceToHave: listOf(isString),
  benefits: listOf(isString),
};

const [header, ...rows] = readFileSync(join(CORPUS, 'SOURCES.tsv'), 'utf8').trim().split('\n');
const splitOf = new Map(rows.map((row) => row.split('\t')).map(([name, split]) => [name!, split!]));

describe('SOURCES.tsv', () => {
  it('has one short row a posting, its notes kept beside the posting (scripts/corpus-split.mjs)', () => {
    expect(header).toBe('name\tsplit\tlanguage\tsite\tkind\tsource_repo\tsource_path\tcommit\tlicense');
    expect(rows.filter((row) => row.split('\t').length !== 9)).toEqual([]);
  });
});

describe.each(SPLITS)('the %s split', (split) => {
  const dir = join(CORPUS, split);
  const names = readdirSync(dir).sort();

  it('labels each posting with the keys and types score.mjs reads', () => {
    const wrong: string[] = [];
    for (const name of names) {
      const label = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Record<string, unknown>;
      for (const [key, value] of Object.entries(label))
        if (!SHAPES[key]?.(value)) wrong.push(`${name}: ${key} = ${JSON.stringify(value).slice(0, 60)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps each posting beside its source and its row in SOURCES.tsv', () => {
    const missing = names.filter(
      (name) =>
        splitOf.get(name) !== split || !['source.html', 'source.json'].some((f) => existsSync(join(dir, name, f))),
    );
    expect(missing).toEqual([]);
  });
});
