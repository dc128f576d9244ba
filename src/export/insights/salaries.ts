// The salary spread, by currency and period: euros a year and dollars an hour
// are never put on one scale. For each kind, the lowest and highest figure any
// posting names, and the quartiles and median of the postings' midpoints (a
// range "60–80k" is 70k; "from 55k" is 55k). Jobs without a salary are counted apart.
import { shownPosting } from '../../model/corrections';
import type { SalaryPeriod } from '../../model/posting';
import type { SavedJob } from '../../model/saved-job';
import { quantile } from './numbers';
import type { InsightTable } from './table';

export interface SalarySpread {
  currency: string | null;
  period: SalaryPeriod | null;
  jobs: number;
  lowest: number;
  quarter: number;
  median: number;
  threeQuarters: number;
  highest: number;
}

export interface Salaries {
  /** Most jobs first. */
  spreads: SalarySpread[];
  /** Jobs whose posting names no salary. */
  without: number;
}

/** "EUR per year", "no currency, period not given". */
export const spreadName = ({ currency, period }: Pick<SalarySpread, 'currency' | 'period'>): string =>
  `${currency ?? 'no currency'}${period ? ` per ${period}` : ', period not given'}`;

export function salaries(jobs: readonly SavedJob[]): Salaries {
  const groups = new Map<
    string,
    { currency: string | null; period: SalaryPeriod | null; ranges: [number, number][] }
  >();
  let without = 0;
  for (const job of jobs) {
    const s = shownPosting(job).salary;
    if (!s || !Number.isFinite(s.min)) {
      without++;
      continue;
    }
    const key = `${s.currency ?? ''}|${s.period ?? ''}`;
    const group = groups.get(key) ?? { currency: s.currency, period: s.period, ranges: [] };
    groups.set(key, group);
    group.ranges.push([s.min, s.max ?? s.min]);
  }
  const spreads = [...groups.values()].map(({ currency, period, ranges }): SalarySpread => {
    const middles = ranges.map(([min, max]) => (min + max) / 2).sort((a, b) => a - b);
    const round = (n: number | null) => Math.round(n ?? 0);
    return {
      currency,
      period,
      jobs: ranges.length,
      lowest: Math.min(...ranges.map(([min]) => min)),
      quarter: round(quantile(middles, 0.25)),
      median: round(quantile(middles, 0.5)),
      threeQuarters: round(quantile(middles, 0.75)),
      highest: Math.max(...ranges.map(([, max]) => max)),
    };
  });
  spreads.sort((a, b) => b.jobs - a.jobs || spreadName(a).localeCompare(spreadName(b)));
  return { spreads, without };
}

export const salariesTable = ({ spreads }: Salaries): InsightTable => ({
  columns: [
    { key: 'currency', label: 'Currency' },
    { key: 'period', label: 'Period' },
    { key: 'jobs', label: 'Jobs' },
    { key: 'lowest', label: 'Lowest' },
    { key: 'quarter', label: 'Lower quarter' },
    { key: 'median', label: 'Median' },
    { key: 'three_quarters', label: 'Upper quarter' },
    { key: 'highest', label: 'Highest' },
  ],
  rows: spreads.map((s) => [
    s.currency ?? '',
    s.period ?? '',
    s.jobs,
    s.lowest,
    s.quarter,
    s.median,
    s.threeQuarters,
    s.highest,
  ]),
});
