// The applications report: what a job agency asks a job seeker to prove. Every
// status change between two dates (inclusive, by the UTC day of the change),
// oldest first, for every job that went past "saved" at some point in that range:
// the day it was saved is listed beside the day it was applied to, but a job only
// saved, never acted on, is not an application and is left out.
//
// Applications are counted by job, not by event: a job is one application, in
// the range where it first reached "applied" or any later stage (interviewing,
// offer, rejected, withdrawn, ghosted). A job that went straight from saved to
// interviewing counts; a job applied to last month and interviewed this month
// counts last month, once.
import { applicationEvent } from '../model/history';
import type { SavedJob, Status } from '../model/saved-job';
import { toCsvText } from './csv';
import { companyOf, dateTimeOf, locationsOf, titleOf } from './fields';

export interface ReportRow {
  /** ISO time of the change. */
  at: string;
  status: Status;
  job: SavedJob;
}

/** Whether an ISO time's UTC day is between from and to (YYYY-MM-DD, inclusive; either may be empty). */
const inRangeOf = (from: string, to: string) => (at: string) => {
  const day = at.slice(0, 10);
  return (!from || day >= from) && (!to || day <= to);
};

/** from and to are YYYY-MM-DD; either may be empty for an open range. */
export function applicationsReport(jobs: readonly SavedJob[], from: string, to: string): ReportRow[] {
  const inRange = inRangeOf(from, to);
  const rows: ReportRow[] = [];
  for (const job of jobs) {
    const changes = job.history.filter((c) => inRange(c.at));
    if (!changes.some((c) => c.status !== 'saved')) continue;
    for (const change of changes) rows.push({ at: change.at, status: change.status, job });
  }
  return rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The jobs that count as applications in the range: first at applied or a later stage in it. */
export function applicationsIn(jobs: readonly SavedJob[], from: string, to: string): SavedJob[] {
  const inRange = inRangeOf(from, to);
  return jobs.filter((job) => {
    const event = applicationEvent(job.history);
    return event !== null && inRange(event.at);
  });
}

/** date ("YYYY-MM-DD HH:MM", UTC), status, title, company, locations, url, cv_sent (the CV version sent, by name). */
export const REPORT_COLUMNS = ['date', 'status', 'title', 'company', 'locations', 'url', 'cv_sent'] as const;

export function reportToCsv(rows: readonly ReportRow[]): string {
  return toCsvText(
    REPORT_COLUMNS,
    rows.map(({ at, status, job }) => [
      dateTimeOf(at),
      status,
      titleOf(job),
      companyOf(job),
      locationsOf(job),
      job.url,
      job.cvSent ?? '',
    ]),
  );
}
