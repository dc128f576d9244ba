// Time spent in each stage: a stay begins at a status change and ends at the
// next one. Only stays that have ended are measured (a job still at applied
// would pull the figure towards today, and today is not an answer); how many
// jobs are in each stage now is given beside them.
import { byTime } from '../../model/history';
import { type SavedJob, STATUSES, type Status } from '../../model/saved-job';
import { daysOf, median } from './numbers';
import type { InsightTable } from './table';

export interface StageTime {
  status: Status;
  /** Stays in this status that have ended. */
  stays: number;
  medianDays: number | null;
  averageDays: number | null;
  /** Jobs in this status now. */
  now: number;
}

export function stageTimes(jobs: readonly SavedJob[]): StageTime[] {
  const stays = new Map<Status, number[]>(STATUSES.map((s) => [s, []]));
  const now = new Map<Status, number>(STATUSES.map((s) => [s, 0]));
  for (const job of jobs) {
    now.set(job.status, (now.get(job.status) ?? 0) + 1);
    const events = byTime(job.history);
    for (let i = 0; i + 1 < events.length; i++) {
      const span = Date.parse(events[i + 1]!.at) - Date.parse(events[i]!.at);
      stays.get(events[i]!.status)?.push(Math.max(0, span));
    }
  }
  return STATUSES.map((status) => {
    const spans = stays.get(status)!;
    const middle = median(spans);
    return {
      status,
      stays: spans.length,
      medianDays: middle === null ? null : daysOf(middle),
      averageDays: spans.length ? daysOf(spans.reduce((a, b) => a + b, 0) / spans.length) : null,
      now: now.get(status)!,
    };
  });
}

export const stagesTable = (times: readonly StageTime[]): InsightTable => ({
  columns: [
    { key: 'stage', label: 'Stage' },
    { key: 'stays_ended', label: 'Stays ended' },
    { key: 'median_days', label: 'Median time', unit: 'days' },
    { key: 'average_days', label: 'Average time', unit: 'days' },
    { key: 'jobs_now', label: 'Jobs in it now' },
  ],
  rows: times.map((t) => [t.status, t.stays, t.medianDays, t.averageDays, t.now]),
});
