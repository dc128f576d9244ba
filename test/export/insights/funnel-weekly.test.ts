import { expect, test } from 'vitest';
import { funnel, funnelTable } from '../../../src/export/insights/funnel';
import { insightToCsv } from '../../../src/export/insights/table';
import { weekly, weeklyTable, weekOf } from '../../../src/export/insights/weekly';
import { jobWith } from './history-of';

const jobs = [
  jobWith(['saved@2026-03-02']),
  jobWith(['saved@2026-03-02', 'applied@2026-03-03']),
  jobWith(['saved@2026-03-02', 'applied@2026-03-04', 'interviewing@2026-03-10', 'rejected@2026-03-20']),
  // Straight to interviewing, then an offer: applied and interviewed all the same.
  jobWith(['saved@2026-03-03', 'interviewing@2026-03-12', 'offer@2026-03-25']),
  // An offer recorded without an interview: it counts as one.
  jobWith(['saved@2026-03-05', 'applied@2026-03-16', 'offer@2026-03-30']),
  jobWith(['saved@2026-03-05', 'ghosted@2026-03-31']),
];

test('the funnel counts each job at every stage it reached, as a share of all saved', () => {
  expect(funnel(jobs)).toEqual([
    { key: 'saved', jobs: 6, share: 100 },
    { key: 'applied', jobs: 5, share: 83.3 },
    { key: 'interviewing', jobs: 3, share: 50 },
    { key: 'offer', jobs: 2, share: 33.3 },
  ]);
  expect(funnel([])).toEqual([
    { key: 'saved', jobs: 0, share: 0 },
    { key: 'applied', jobs: 0, share: 0 },
    { key: 'interviewing', jobs: 0, share: 0 },
    { key: 'offer', jobs: 0, share: 0 },
  ]);
});

test("the funnel's CSV holds the table's rows", () => {
  expect(insightToCsv(funnelTable(funnel(jobs)))).toBe(
    '\uFEFFstage,jobs,percent_of_saved\r\nsaved,6,100\r\napplied,5,83.3\r\ninterviewing,3,50\r\noffer,2,33.3\r\n',
  );
});

test('weeks begin on Monday, UTC', () => {
  expect(weekOf('2026-03-02T00:00:00Z')).toBe('2026-03-02'); // a Monday
  expect(weekOf('2026-03-08T23:59:00Z')).toBe('2026-03-02'); // the Sunday after
  expect(weekOf('2026-03-09T00:00:00Z')).toBe('2026-03-09');
  expect(weekOf('2026-01-01T10:00:00Z')).toBe('2025-12-29'); // across the year
});

test('applications per week: each job once, in the week of its application, every week up to now', () => {
  const w = weekly(jobs, new Date('2026-04-08T12:00:00Z'));
  expect(w.weeks).toEqual([
    { week: '2026-03-02', applications: 2 }, // applied on the 3rd and the 4th
    { week: '2026-03-09', applications: 1 }, // straight to interviewing on the 12th
    { week: '2026-03-16', applications: 1 },
    { week: '2026-03-23', applications: 0 },
    { week: '2026-03-30', applications: 1 }, // ghosted on the 31st: it was applied to
    { week: '2026-04-06', applications: 0 }, // this week
  ]);
  expect(w.total).toBe(5);
  expect(w.earlier).toBe(0);
  expect(weeklyTable(w).rows[0]).toEqual(['2026-03-02', 2]);
});

test('at most the last weeks are kept, and the applications before them are counted', () => {
  const w = weekly(jobs, new Date('2026-04-08T12:00:00Z'), 3);
  expect(w.weeks.map((x) => x.week)).toEqual(['2026-03-23', '2026-03-30', '2026-04-06']);
  expect(w.earlier).toBe(4);
  expect(weekly([jobWith(['saved@2026-03-02'])], new Date())).toEqual({ weeks: [], earlier: 0, total: 0 });
});
