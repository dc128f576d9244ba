import { expect, test } from 'vitest';
import { salaries, salariesTable, spreadName } from '../../../src/export/insights/salaries';
import { insightToCsv } from '../../../src/export/insights/table';
import { places, placesTable, workplaces } from '../../../src/export/insights/where';
import type { Salary } from '../../../src/model/posting';
import type { SavedJob } from '../../../src/model/saved-job';
import { makeJob } from '../make-job';

const at = (
  locations: string[],
  workplace: 'remote' | 'hybrid' | 'onsite' | null = null,
  salary: Salary | null = null,
): SavedJob => makeJob({ posting: { ...makeJob().posting, locations, workplace, salary, salaryText: null } });

test('workplace: every job once, those that say nothing as not stated', () => {
  const jobs = [at([], 'remote'), at([], 'remote'), at([], 'hybrid'), at([], null)];
  expect(workplaces(jobs)).toEqual([
    { key: 'remote', jobs: 2, share: 50 },
    { key: 'hybrid', jobs: 1, share: 25 },
    { key: 'onsite', jobs: 0, share: 0 },
    { key: 'unstated', jobs: 1, share: 25 },
  ]);
});

test("workplace follows a person's correction of the posting", () => {
  const job = at([], 'onsite');
  job.corrections = { facts: { workplace: { value: 'remote', at: '2026-03-01T00:00:00.000Z' } }, moves: [] };
  expect(workplaces([job]).find((w) => w.jobs)?.key).toBe('remote');
});

test('places: a job counts in each place it names, once, whatever the case; the rest and the none are counted', () => {
  const jobs = [
    at(['Berlin, Germany', 'berlin,  Germany']),
    at(['Berlin, Germany', 'Lisbon']),
    at(['Lisbon']),
    at(['Prague']),
    at(['Oslo', 'Prague']),
    at([]),
  ];
  const p = places(jobs, 2);
  expect(p.top).toEqual([
    { place: 'Berlin, Germany', jobs: 2 },
    { place: 'Lisbon', jobs: 2 },
  ]);
  expect(p.others).toEqual({ places: 2, jobs: 2 });
  expect(p.none).toBe(1);
  expect(placesTable(p).rows).toEqual([
    ['Berlin, Germany', 2],
    ['Lisbon', 2],
    ['2 other places', 2],
    ['No place given', 1],
  ]);
});

test('salaries: by currency and period, never on one scale; the quartiles of the midpoints', () => {
  const eur = (min: number, max: number | null): Salary => ({ min, max, currency: 'EUR', period: 'year' });
  const jobs = [
    at([], null, eur(40_000, 60_000)), // 50k
    at([], null, eur(60_000, 80_000)), // 70k
    at([], null, eur(55_000, null)), // from 55k
    at([], null, eur(90_000, 110_000)), // 100k
    at([], null, { min: 50, max: 70, currency: 'USD', period: 'hour' }),
    at([], null, { min: 3000, max: 3000, currency: null, period: null }),
    at([]),
  ];
  const s = salaries(jobs);
  expect(s.without).toBe(1);
  expect(s.spreads.map(spreadName)).toEqual(['EUR per year', 'no currency, period not given', 'USD per hour']);
  // Midpoints 50k, 55k, 70k, 100k: quartiles interpolated.
  expect(s.spreads[0]).toEqual({
    currency: 'EUR',
    period: 'year',
    jobs: 4,
    lowest: 40_000,
    quarter: 53_750,
    median: 62_500,
    threeQuarters: 77_500,
    highest: 110_000,
  });
  expect(s.spreads[2]).toMatchObject({ jobs: 1, lowest: 50, median: 60, highest: 70 });
  expect(insightToCsv(salariesTable(s)).split('\r\n').slice(0, 2)).toEqual([
    '\uFEFFcurrency,period,jobs,lowest,quarter,median,three_quarters,highest',
    'EUR,year,4,40000,53750,62500,77500,110000',
  ]);
});
