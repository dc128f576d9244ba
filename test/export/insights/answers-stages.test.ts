import { expect, test } from 'vitest';
import { answers, daysTable, outcomesTable } from '../../../src/export/insights/answers';
import { stagesTable, stageTimes } from '../../../src/export/insights/stages';
import { jobWith } from './history-of';

const jobs = [
  jobWith(['saved@2026-03-01']), // never applied: no application
  jobWith(['saved@2026-03-01', 'applied@2026-03-02']), // waiting
  jobWith(['saved@2026-03-01', 'applied@2026-03-02', 'interviewing@2026-03-04']), // answered in 2 days
  jobWith(['saved@2026-03-01', 'applied@2026-03-02', 'rejected@2026-03-12']), // answered in 10 days
  jobWith(['saved@2026-03-01', 'applied@2026-03-02', 'ghosted@2026-04-02']), // silence
  jobWith(['saved@2026-03-01', 'applied@2026-03-02', 'withdrawn@2026-03-05']), // withdrew first
  // Straight to interviewing: an answer, but the day applied is not known, so no days.
  jobWith(['saved@2026-03-01', 'interviewing@2026-03-09', 'offer@2026-03-20']),
  // An answer 40 days on, then withdrawn: answered.
  jobWith(['saved@2026-03-01', 'applied@2026-03-02', 'interviewing@2026-04-11', 'withdrawn@2026-04-12']),
];

test('answers and silence: each application once, by what came after it', () => {
  const a = answers(jobs);
  expect(a.applications).toBe(7);
  expect(a.outcomes).toEqual([
    { key: 'answered', jobs: 4, share: 57.1 },
    { key: 'waiting', jobs: 1, share: 14.3 },
    { key: 'ghosted', jobs: 1, share: 14.3 },
    { key: 'withdrawn', jobs: 1, share: 14.3 },
  ]);
  expect(outcomesTable(a).rows[0]).toEqual(['Answered', 4, 57.1]);
});

test('days to the first answer: whole days, where the application is in the history', () => {
  const a = answers(jobs);
  expect(a.days.sort((x, y) => x - y)).toEqual([2, 10, 40]);
  expect(a.medianDays).toBe(10);
  expect(daysTable(a).rows).toEqual([
    ['3 days or less', 1],
    ['4–7 days', 0],
    ['8–14 days', 1],
    ['15–30 days', 0],
    ['31 days or more', 1],
  ]);
  expect(answers([]).medianDays).toBeNull();
});

test('time in each stage: the median and average of the stays that ended, and how many are in it now', () => {
  const times = stageTimes([
    jobWith(['saved@2026-03-01', 'applied@2026-03-03', 'interviewing@2026-03-13']),
    jobWith(['saved@2026-03-01', 'applied@2026-03-05']),
    jobWith(['saved@2026-03-01T00:00', 'applied@2026-03-01T12:00', 'rejected@2026-03-02T12:00']),
  ]);
  const of = (s: string) => times.find((t) => t.status === s);
  expect(of('saved')).toEqual({ status: 'saved', stays: 3, medianDays: 2, averageDays: 2.2, now: 0 });
  expect(of('applied')).toEqual({ status: 'applied', stays: 2, medianDays: 5.5, averageDays: 5.5, now: 1 });
  expect(of('interviewing')).toEqual({ status: 'interviewing', stays: 0, medianDays: null, averageDays: null, now: 1 });
  expect(of('rejected')?.now).toBe(1);
  expect(stagesTable(times).rows[0]).toEqual(['saved', 3, 2, 2.2, 0]);
  expect(stagesTable(times).columns.map((c) => c.key)).toEqual([
    'stage',
    'stays_ended',
    'median_days',
    'average_days',
    'jobs_now',
  ]);
});
