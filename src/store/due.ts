// What is due, read through the follow-up index (migration 4): only jobs with a
// follow-up date are in it, so the badge, the popup and the reminders never read
// every saved job.
import type { SavedJob } from '../model/saved-job';
import type { JobmarkDatabase } from './db';

/** How many jobs have a follow-up on or before `today` (YYYY-MM-DD). */
export async function countDue(db: JobmarkDatabase, today: string): Promise<number> {
  return db.countFromIndex('jobs', 'followUp', IDBKeyRange.upperBound(today));
}

/**
 * The jobs with a follow-up in a range of days, earliest first: after `after`
 * (exclusive; null for no start) up to and including `upTo`.
 */
export async function followUpsBetween(db: JobmarkDatabase, after: string | null, upTo: string): Promise<SavedJob[]> {
  if (after !== null && after >= upTo) return [];
  const range = after === null ? IDBKeyRange.upperBound(upTo) : IDBKeyRange.bound(after, upTo, true, false);
  return db.getAllFromIndex('jobs', 'followUp', range);
}
