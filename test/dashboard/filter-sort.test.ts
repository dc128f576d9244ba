import { expect, test } from 'vitest';
import { entryOf, yearlySalary } from '../../src/dashboard/entries';
import { filterEntries, NO_FILTERS, narrows, shortlistName } from '../../src/dashboard/filter';
import { sortEntries } from '../../src/dashboard/sort';
import { withWrites } from '../../src/dashboard/useJobs';
import { makeJob } from '../export/make-job';

const base = makeJob().posting;
const jobs = [
  makeJob({
    title: 'Rust Engineer',
    company: 'Ferrous',
    tags: ['Dream'],
    notes: 'Met Ana at RustConf',
    savedAt: '2026-02-01T10:00:00.000Z',
    posting: { ...base, skills: ['Rust'], workplace: 'remote', locations: ['Berlin, Germany'] },
  }),
  makeJob({
    title: 'Go Developer',
    company: 'Gopher Inc',
    status: 'applied',
    savedAt: '2026-03-01T10:00:00.000Z',
    posting: {
      ...base,
      skills: ['Go'],
      workplace: 'onsite',
      salary: { min: 5000, max: 6000, currency: 'EUR', period: 'month' },
      description: 'Kubernetes operators all day',
    },
  }),
  makeJob({
    title: 'Designer',
    company: 'Acme',
    savedAt: '2026-01-15T10:00:00.000Z',
    posting: { ...base, skills: [], salary: null, workplace: null },
  }),
];
const entries = jobs.map(entryOf);
const titles = (list: { job: { posting: { title: string | null } } }[]) => list.map((e) => e.job.posting.title);
const only = (f: Partial<typeof NO_FILTERS>) => titles(filterEntries(entries, { ...NO_FILTERS, ...f }));

test('search covers title, company, skills, notes and the description, word by word, any case', () => {
  expect(only({ query: 'rust' })).toEqual(['Rust Engineer']);
  expect(only({ query: 'gopher' })).toEqual(['Go Developer']);
  expect(only({ query: 'ANA rustconf' })).toEqual(['Rust Engineer']);
  expect(only({ query: 'kubernetes' })).toEqual(['Go Developer']);
  expect(only({ query: 'kubernetes rust' })).toEqual([]);
});

test('filters by status, tag, workplace, location, skill and date saved', () => {
  expect(only({ status: 'applied' })).toEqual(['Go Developer']);
  expect(only({ tag: 'dream' })).toEqual(['Rust Engineer']);
  expect(only({ workplace: 'remote' })).toEqual(['Rust Engineer']);
  expect(only({ location: 'berlin' })).toEqual(['Rust Engineer']);
  expect(only({ skill: 'go' })).toEqual(['Go Developer']);
  expect(only({ savedFrom: '2026-02-01', savedTo: '2026-02-28' })).toEqual(['Rust Engineer']);
});

test('the salary range compares yearly amounts and overlaps; jobs without a salary drop out', () => {
  expect(yearlySalary({ min: 5000, max: 6000, currency: 'EUR', period: 'month' })).toEqual({ min: 60000, max: 72000 });
  expect(only({ salaryMin: 70000 })).toEqual(['Rust Engineer', 'Go Developer']);
  expect(only({ salaryMin: 75000, salaryMax: 90000 })).toEqual(['Rust Engineer']);
  expect(only({ salaryMax: 50000 })).toEqual([]);
});

test('sorting by each column, empty values last', () => {
  expect(titles(sortEntries(entries, { key: 'saved', descending: true }))).toEqual([
    'Go Developer',
    'Rust Engineer',
    'Designer',
  ]);
  expect(titles(sortEntries(entries, { key: 'title', descending: false }))).toEqual([
    'Designer',
    'Go Developer',
    'Rust Engineer',
  ]);
  expect(titles(sortEntries(entries, { key: 'salary', descending: true }))[2]).toBe('Designer');
  expect(titles(sortEntries(entries, { key: 'status', descending: true }))[0]).toBe('Go Developer');
  expect(titles(sortEntries(entries, { key: 'workplace', descending: false }))).toEqual([
    'Go Developer',
    'Rust Engineer',
    'Designer',
  ]);
});

test('typing on narrows; deleting or changing a filter does not', () => {
  const f = (query: string, extra = {}) => ({ ...NO_FILTERS, query, ...extra });
  expect(narrows(f('ru'), f('rus'))).toBe(true);
  expect(narrows(f('rust'), f('rust eng'))).toBe(true);
  expect(narrows(f('rust'), f('rus'))).toBe(false);
  expect(narrows(f(''), f('', { status: 'applied' }))).toBe(true);
  expect(narrows(f('', { status: 'applied' }), f('', { status: 'offer' }))).toBe(false);
});

test('an entry is computed once per record', () => {
  expect(entryOf(jobs[0]!)).toBe(entries[0]);
  expect(shortlistName(NO_FILTERS)).toBe('All saved jobs');
  expect(shortlistName({ ...NO_FILTERS, tag: 'dream', query: 'rust' })).toBe('Shortlist: #dream, “rust”');
});

test('writes made during a read are applied on top of what it read', () => {
  const [a, b, c] = jobs;
  const edited = { ...a!, notes: 'edited' };
  const added = makeJob({ title: 'New' });
  const list = withWrites([a!, b!, c!], [edited, added], [b!.id]);
  expect(list.map((j) => j.posting.title)).toEqual(['New', 'Rust Engineer', 'Designer']);
  expect(list[1]?.notes).toBe('edited');
});

test('follow-ups: filtered as overdue, today or this week (the next seven days), and sorted with the undated last', () => {
  const today = '2026-12-06';
  const dated = [
    makeJob({ title: 'Overdue', followUp: '2026-12-01' }),
    makeJob({ title: 'Today', followUp: '2026-12-06' }),
    makeJob({ title: 'Saturday', followUp: '2026-12-12' }),
    makeJob({ title: 'Next month', followUp: '2027-01-06' }),
    makeJob({ title: 'None', followUp: null }),
  ].map(entryOf);
  const pick = (followUp: typeof NO_FILTERS.followUp) =>
    titles(filterEntries(dated, { ...NO_FILTERS, followUp }, today));
  expect(pick('')).toHaveLength(5);
  expect(pick('overdue')).toEqual(['Overdue']);
  expect(pick('today')).toEqual(['Today']);
  expect(pick('week')).toEqual(['Today', 'Saturday']);
  expect(titles(sortEntries(dated, { key: 'followUp', descending: false }))).toEqual([
    'Overdue',
    'Today',
    'Saturday',
    'Next month',
    'None',
  ]);
  expect(narrows({ ...NO_FILTERS }, { ...NO_FILTERS, followUp: 'today' })).toBe(true);
  expect(narrows({ ...NO_FILTERS, followUp: 'today' }, { ...NO_FILTERS, followUp: 'week' })).toBe(false);
  expect(shortlistName({ ...NO_FILTERS, followUp: 'overdue' })).toBe('Shortlist: follow-up overdue');
});
