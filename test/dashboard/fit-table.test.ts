// The fit in the table: an entry's fit follows the profile, sorts best first, and the two fit filters.
import { expect, test } from 'vitest';
import { entryOf, withFit } from '../../src/dashboard/entries';
import { filterEntries, NO_FILTERS, narrows, shortlistName } from '../../src/dashboard/filter';
import { sortEntries } from '../../src/dashboard/sort';
import { jobsToCsv } from '../../src/export/csv';
import { jobsToMarkdown } from '../../src/export/markdown';
import { fitLine } from '../../src/fit/summary';
import { EMPTY_PROFILE, type Profile } from '../../src/model/profile';
import { makeJob } from '../export/make-job';

const base = makeJob().posting;
const ME: Profile = {
  ...EMPTY_PROFILE,
  skills: [
    { name: 'Go', level: null, years: 6 },
    { name: 'Postgres', level: null, years: null },
  ],
  years: 6,
  needsSponsorship: true,
};
const jobs = [
  makeJob({ title: 'Half', posting: { ...base, requirements: ['Experience with Go', 'Experience with Rust'] } }),
  makeJob({
    title: 'All but no visa',
    posting: { ...base, requirements: ['Experience with Go', 'Solid Postgres'], visaSponsorship: false },
  }),
  makeJob({ title: 'All', posting: { ...base, requirements: ['Experience with Go', 'Strong PostgreSQL skills'] } }),
  makeJob({ title: 'Nothing to weigh', posting: { ...base, requirements: ['Good humour'] } }),
];
const titles = (list: { job: { posting: { title: string | null } } }[]) => list.map((e) => e.job.posting.title);

test('without a profile there is no fit; with one, each entry has its fit, kept until the profile or the job changes', () => {
  const plain = jobs.map(entryOf);
  expect(plain.map((e) => withFit(e, null).fit)).toEqual([null, null, null, null]);
  expect(withFit(plain[0]!, EMPTY_PROFILE).fit).toBeNull();
  const fitted = plain.map((e) => withFit(e, ME));
  expect(fitted.map((e) => e.fit?.text)).toEqual([
    '1 of 2 requirements, no deal-breakers',
    '2 of 2 requirements, 1 deal-breaker',
    '2 of 2 requirements, no deal-breakers',
    'no deal-breakers',
  ]);
  expect(withFit(plain[0]!, ME)).toBe(fitted[0]);
  expect(withFit(plain[0]!, { ...ME, years: 7 })).not.toBe(fitted[0]);
});

test('sorted by fit: best first descending (a deal-breaker after any job without one), worst first ascending', () => {
  const fitted = jobs.map((j) => withFit(entryOf(j), ME));
  expect(titles(sortEntries(fitted, { key: 'fit', descending: true }))).toEqual([
    'All',
    'Half',
    'Nothing to weigh',
    'All but no visa',
  ]);
  expect(titles(sortEntries(fitted, { key: 'fit', descending: false }))).toEqual([
    'All but no visa',
    'Nothing to weigh',
    'Half',
    'All',
  ]);
});

test('the filters: no deal-breakers, and meets ≥ 80% of the requirements weighed', () => {
  const fitted = jobs.map((j) => withFit(entryOf(j), ME));
  const only = (f: Partial<typeof NO_FILTERS>) => titles(filterEntries(fitted, { ...NO_FILTERS, ...f }));
  expect(only({ noDealBreakers: true })).toEqual(['Half', 'All', 'Nothing to weigh']);
  expect(only({ fitsMost: true })).toEqual(['All but no visa', 'All']);
  expect(only({ noDealBreakers: true, fitsMost: true })).toEqual(['All']);
  // Without a profile nothing has a fit, so nothing passes a fit filter.
  expect(titles(filterEntries(jobs.map(entryOf), { ...NO_FILTERS, noDealBreakers: true }))).toEqual([]);
  expect(narrows(NO_FILTERS, { ...NO_FILTERS, fitsMost: true })).toBe(true);
  expect(narrows({ ...NO_FILTERS, fitsMost: true }, NO_FILTERS)).toBe(false);
  expect(shortlistName({ ...NO_FILTERS, noDealBreakers: true })).toBe('Shortlist: no deal-breakers');
});

test('CSV and Markdown say how each job fits when there is a profile, and nothing more without one', () => {
  const csv = jobsToCsv(jobs.slice(0, 2), fitLine(ME));
  const [header, first, second] = csv.replace('\uFEFF', '').split('\r\n');
  expect(header?.split(',').at(-1)).toBe('fit');
  expect(first?.endsWith(',"1 of 2 requirements, no deal-breakers"')).toBe(true);
  expect(second?.endsWith(',"2 of 2 requirements, 1 deal-breaker"')).toBe(true);
  expect(jobsToCsv(jobs.slice(0, 1)).split('\r\n')[0]).not.toContain('fit');
  expect(jobsToMarkdown(jobs.slice(0, 1), 'Mine', fitLine(ME))).toContain('fit: 1 of 2 requirements, no deal-breakers');
  expect(jobsToMarkdown(jobs.slice(0, 1), 'Mine')).not.toContain('fit:');
});
