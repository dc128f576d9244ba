// The dashboard's edits of many jobs at once, and their undo. Each is ONE
// transaction that reads the records it changes, so it happens entirely or not
// at all, and an undo is weighed against the store as it is now: it reverses
// only its own change, never an edit made meanwhile in the popup or another tab.
import { applyPatch, type JobPatch, revertChange } from '../model/job-patch';
import type { SavedJob } from '../model/saved-job';
import type { JobmarkDatabase } from './db';
import { withAsks } from './job-asks';
import { learnFrom } from './rules';

/** A change to jobs as the store answered it: each record as it was, and as it became. */
export interface Change {
  before: SavedJob[];
  after: SavedJob[];
}

/** What an undo did: the records it touched as they are now, and how many jobs kept an edit made after the change. */
export interface Undone {
  records: SavedJob[];
  /** Jobs where a field the change set was changed again since (kept as it is now), or that are gone. */
  keptNewer: number;
}

/**
 * Apply an edit to many jobs in one transaction; returns the records as they were
 * and as they are now (for undoChange). Jobs deleted meanwhile are skipped.
 */
export async function updateJobs(
  db: JobmarkDatabase,
  ids: readonly string[],
  patch: (job: SavedJob) => JobPatch,
  now = new Date(),
): Promise<Change> {
  // A correction of a job is saved with the rules it teaches (store/rules.ts), or not at all.
  const tx = db.transaction(['jobs', 'rules'], 'readwrite');
  const jobs = tx.objectStore('jobs');
  const before: SavedJob[] = [];
  const after: SavedJob[] = [];
  // Every read is queued at once: one round trip instead of one per job.
  const current = await Promise.all(ids.map((id) => jobs.get(id)));
  const writes: Promise<unknown>[] = [];
  for (const job of current) {
    if (!job) continue;
    const edit = patch(job);
    const next = withAsks(applyPatch(job, edit, now));
    before.push(job);
    after.push(next);
    writes.push(jobs.put(next), learnFrom(tx, job, edit.correct, now));
  }
  await Promise.all([...writes, tx.done]);
  return { before, after };
}

/** Undo an update: each job's fields that the change set and nobody changed since go back. */
export async function undoChange(db: JobmarkDatabase, { before, after }: Change, now = new Date()): Promise<Undone> {
  const tx = db.transaction('jobs', 'readwrite');
  const current = await Promise.all(after.map((job) => tx.store.get(job.id)));
  const records: SavedJob[] = [];
  let keptNewer = 0;
  const writes: Promise<unknown>[] = [];
  current.forEach((job, i) => {
    const was = before[i];
    const became = after[i];
    if (!job || !was || !became) {
      keptNewer++;
      return;
    }
    const reverted = revertChange(job, was, became, now);
    if (reverted.keptNewer.length) keptNewer++;
    // A correction taken back may bring items back: what they ask is kept with them.
    const record = reverted.changed ? withAsks(reverted.job) : reverted.job;
    records.push(record);
    if (reverted.changed) writes.push(tx.store.put(record));
  });
  await Promise.all([...writes, tx.done]);
  return { records, keptNewer };
}

/** Undo a deletion: the jobs come back, unless the same posting was saved again meanwhile. */
export async function undoDelete(db: JobmarkDatabase, removed: readonly SavedJob[]): Promise<Undone> {
  const tx = db.transaction('jobs', 'readwrite');
  const records: SavedJob[] = [];
  let keptNewer = 0;
  for (const job of removed) {
    const again = (await tx.store.get(job.id)) ?? (await tx.store.index('canonicalUrl').getKey(job.canonicalUrl));
    if (again) {
      keptNewer++;
      continue;
    }
    records.push(job);
    await tx.store.put(job);
  }
  await tx.done;
  return { records, keptNewer };
}
