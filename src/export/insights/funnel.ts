// The funnel from saved to offer: how many jobs reached each stage. A job
// reached a stage when its history holds it or a later stage of the way
// (an offer was reached through an interview, whether or not it was recorded),
// so each step holds at most the one before. Applied counts as the report does
// (model/history.ts applicationEvent): any status past saved, so a job rejected
// or ghosted was applied to.
import type { SavedJob, Status } from '../../model/saved-job';
import { type Counted, counted, tally } from './numbers';
import type { InsightTable } from './table';

export const FUNNEL_STAGES = ['saved', 'applied', 'interviewing', 'offer'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** A stage, the jobs that reached it, and their share of every saved job. */
export type FunnelStep = Counted<FunnelStage>;

/** The statuses a job has had: its history, and its status now (a record with no history still has one). */
export const statusesOf = (job: SavedJob): Set<Status> => new Set([...job.history.map((e) => e.status), job.status]);

const REACHED: Record<FunnelStage, (s: Set<Status>) => boolean> = {
  saved: () => true,
  applied: (s) => [...s].some((x) => x !== 'saved'),
  interviewing: (s) => s.has('interviewing') || s.has('offer'),
  offer: (s) => s.has('offer'),
};

export function funnel(jobs: readonly SavedJob[]): FunnelStep[] {
  const counts = tally(FUNNEL_STAGES, jobs, (job) => {
    const statuses = statusesOf(job);
    return FUNNEL_STAGES.filter((stage) => REACHED[stage](statuses));
  });
  return counted(FUNNEL_STAGES, counts, jobs.length);
}

export const funnelTable = (steps: readonly FunnelStep[]): InsightTable => ({
  columns: [
    { key: 'stage', label: 'Stage reached' },
    { key: 'jobs', label: 'Jobs' },
    { key: 'percent_of_saved', label: 'Of all saved', unit: '%' },
  ],
  rows: steps.map((s) => [s.key, s.jobs, s.share]),
});
