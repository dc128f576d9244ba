// A saved job's fit: weighed with the asks kept with the job (no text read), on its
// latest reading (a later visit that read it changed), as the person corrected it.
import { expect, test } from 'vitest';
import { fitOf } from '../../src/fit/fit';
import { fitPosting, jobCounts, jobFit } from '../../src/fit/job-fit';
import { currentReader, readAsks } from '../../src/fit/read-items';
import { summarise, summaryOf } from '../../src/fit/summary';
import { type JobPosting, notAPosting } from '../../src/model/posting';
import { EMPTY_PROFILE, type Profile } from '../../src/model/profile';
import type { SavedJob } from '../../src/model/saved-job';

const posting = (over: Partial<JobPosting>): JobPosting => ({
  ...notAPosting('https://boards.greenhouse.io/acme/jobs/1'),
  isJobPosting: true,
  title: 'Backend Engineer',
  ...over,
});

const ME: Profile = {
  ...EMPTY_PROFILE,
  skills: [
    { name: 'Postgres', level: 'advanced', years: 5 },
    { name: 'Go', level: 'expert', years: 6 },
  ],
  years: 7,
  languages: ['English'],
};

const job = (p: JobPosting, over: Partial<SavedJob> = {}): SavedJob => ({
  id: '1',
  url: p.url,
  canonicalUrl: p.url,
  fingerprint: 'f',
  posting: p,
  status: 'saved',
  history: [{ status: 'saved', at: '2026-01-01T00:00:00.000Z' }],
  tags: [],
  notes: '',
  rating: 0,
  followUp: null,
  savedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

const SAVED = posting({
  requirements: ['5+ years with PostgreSQL', 'Fluent German', 'Experience with Rust or Go'],
  niceToHave: ['Kubernetes in production'],
});

test('the asks kept with a job give the same fit as reading its items', () => {
  const asks = readAsks(SAVED);
  expect(asks.reader).toBe(currentReader());
  expect(asks.items.map((i) => i.text)).toEqual([...SAVED.requirements, ...SAVED.niceToHave]);
  expect(asks.items[0]).toEqual({ text: '5+ years with PostgreSQL', skills: ['PostgreSQL'], years: { min: 5 } });
  const kept = jobFit(job(structuredClone(SAVED), { asks }), ME);
  expect(kept).toEqual(fitOf(structuredClone(SAVED), ME));
  expect(summarise(kept).text).toBe('2 of 3 requirements, 0 of 1 nice-to-have, no deal-breakers');
});

test('asks kept are taken as they are: a kept ask decides the verdict, no text is read again', () => {
  // A kept ask that says something the text does not: only trusting the store gives this verdict.
  const asks = readAsks(SAVED);
  asks.items[1] = { text: 'Fluent German', languages: ['English'] };
  expect(jobFit(job(structuredClone(SAVED), { asks }), ME).requirements[1]).toMatchObject({ verdict: 'met' });
});

test('asks read by other readers (an older Jobmark) are read again, never trusted', () => {
  const asks = readAsks(SAVED);
  asks.items[1] = { text: 'Fluent German', languages: ['English'] };
  const stale = { ...asks, reader: 'older' };
  expect(jobFit(job(structuredClone(SAVED), { asks: stale }), ME).requirements[1]).toMatchObject({
    verdict: 'not-met',
    reasons: ['German: not among the languages you speak'],
  });
});

test('an item the kept asks lack (added by the person since) is read; the others are taken as kept', () => {
  const asks = readAsks(SAVED);
  const p = structuredClone(SAVED);
  const added = job(p, {
    asks,
    corrections: {
      facts: {},
      moves: [],
      adds: [{ to: 'requirements', text: 'PostgreSQL replication', path: null, at: '2026-01-02T00:00:00.000Z' }],
    },
  });
  const fit = jobFit(added, ME);
  expect(fit.requirements.map((r) => r.text)).toEqual([...SAVED.requirements, 'PostgreSQL replication']);
  expect(fit.requirements[3]).toMatchObject({ verdict: 'met', reasons: ['PostgreSQL: you have it (as Postgres)'] });
});

test("a job read again since it was saved is weighed on its latest reading's items and facts", () => {
  const later = posting({
    requirements: ['5+ years with PostgreSQL', 'Fluent English', 'Experience with Rust'],
    niceToHave: [],
    salary: { min: 40_000, max: 50_000, currency: 'EUR', period: 'year' },
  });
  const revisited = job(SAVED, {
    revisits: [
      { at: '2026-02-01T00:00:00.000Z', posting: posting({ requirements: ['Fluent German'] }) },
      { at: '2026-03-01T00:00:00.000Z', posting: later },
    ],
  });
  expect(fitPosting(revisited)).toBe(later);
  const fit = jobFit(revisited, { ...ME, payFloor: { amount: 60_000, currency: 'EUR', period: 'year' } });
  expect(fit.requirements.map((r) => [r.text, r.verdict])).toEqual([
    ['5+ years with PostgreSQL', 'met'],
    ['Fluent English', 'met'],
    ['Experience with Rust', 'not-met'],
  ]);
  expect(fit.niceToHave).toEqual([]);
  expect(fit.dealBreakers.map((d) => d.kind)).toEqual(['pay']);
});

test("the person's corrections are laid over the latest reading too", () => {
  const later = posting({ requirements: ['Fluent English', 'Experience with Rust'] });
  const corrected = job(SAVED, {
    revisits: [{ at: '2026-03-01T00:00:00.000Z', posting: later }],
    corrections: {
      facts: {},
      moves: [{ from: 'requirements', text: 'Experience with Rust', to: 'niceToHave', at: '2026-03-02T00:00:00.000Z' }],
    },
  });
  const fit = jobFit(corrected, ME);
  expect(fit.requirements.map((r) => r.text)).toEqual(['Fluent English']);
  expect(fit.niceToHave.map((r) => [r.text, r.verdict])).toEqual([['Experience with Rust', 'not-met']]);
});

test("the table's summary, counted without reasons, is the summary of the fit item by item", () => {
  const items = [
    '5+ years with PostgreSQL',
    '3 years of Go',
    'Fluent German and English',
    'Experience with Rust or Go',
    'Python or Java',
    'Kubernetes (K8s) in production',
    "A master's or PhD in Computer Science",
    "Bachelor's degree",
    'A sense of humour',
    '10+ years of experience',
    '6 years of experience',
  ];
  const profiles: Profile[] = [
    ME,
    EMPTY_PROFILE,
    { ...ME, skills: [{ name: 'K8s', level: 'beginner', years: 1 }], years: null, degrees: ['bachelor'] },
    { ...ME, skills: [{ name: 'Java', level: 'expert', years: 2 }], years: 7, degrees: ['phd'], languages: [] },
  ];
  for (let start = 0; start < items.length; start++) {
    const p = posting({
      requirements: items.slice(start),
      niceToHave: items.slice(0, start),
      salary: { min: 50_000, max: 55_000, currency: 'EUR', period: 'year' },
      languages: ['German'],
    });
    const saved = job(p, { asks: readAsks(p) });
    for (const profile of profiles) {
      const withFloor = { ...profile, payFloor: { amount: 60_000, currency: 'EUR', period: 'year' as const } };
      for (const me of [profile, withFloor]) {
        expect(summaryOf(jobCounts(saved, me))).toEqual(summarise(jobFit(saved, me)));
      }
    }
  }
});
