// Applications per week: each job once, in the week it first reached applied or
// a later stage (model/history.ts applicationEvent, as the report counts). Weeks
// begin on Monday and are UTC days, as the report's dates are; every week from
// the first application to this week is listed, empty ones too, since a quiet
// week is part of the picture. At most the last year is kept.
import { applicationEvent } from '../../model/history';
import type { SavedJob } from '../../model/saved-job';
import { DAY_MS } from './numbers';
import type { InsightTable } from './table';

export const MAX_WEEKS = 52;

export interface WeekCount {
  /** The week's Monday, YYYY-MM-DD. */
  week: string;
  applications: number;
}

export interface Weekly {
  weeks: WeekCount[];
  /** Applications in weeks older than those kept. */
  earlier: number;
  total: number;
}

/** The Monday (UTC) of the week an ISO time falls in, YYYY-MM-DD. */
export function weekOf(at: string | number): string {
  const d = new Date(at);
  const monday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY_MS;
  return new Date(monday).toISOString().slice(0, 10);
}

export function weekly(jobs: readonly SavedJob[], now: Date, maxWeeks = MAX_WEEKS): Weekly {
  const counts = new Map<string, number>();
  for (const job of jobs) {
    const event = applicationEvent(job.history);
    if (!event) continue;
    const week = weekOf(event.at);
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (!counts.size) return { weeks: [], earlier: 0, total };
  const first = [...counts.keys()].sort()[0]!;
  const last = [weekOf(now.getTime()), ...counts.keys()].sort().at(-1)!;
  const all: WeekCount[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 7 * DAY_MS) {
    const week = new Date(t).toISOString().slice(0, 10);
    all.push({ week, applications: counts.get(week) ?? 0 });
  }
  const weeks = all.slice(-maxWeeks);
  const kept = weeks.reduce((sum, w) => sum + w.applications, 0);
  return { weeks, earlier: total - kept, total };
}

export const weeklyTable = ({ weeks }: Weekly): InsightTable => ({
  columns: [
    { key: 'week_from', label: 'Week from (Monday)' },
    { key: 'applications', label: 'Applications' },
  ],
  rows: weeks.map((w) => [w.week, w.applications]),
});
