// A saved job with what its items ask kept beside it (model/item-asks.ts), made
// wherever a job is written (a save, an edit, a new reading, an import), and a
// pass over every job to read again asks that other readers read: the background
// runs it when Jobmark is installed or updated. The fit then reads no text.
import { fitPosting } from '../fit/job-fit';
import { asksCurrent, readAsks } from '../fit/read-items';
import { shownPosting } from '../model/corrections';
import type { JobPosting } from '../model/posting';
import type { SavedJob } from '../model/saved-job';
import type { JobmarkDatabase } from './db';

/** The posting as saved and shown, where the fit weighs a later reading: its items are kept too. */
const alsoKept = (job: SavedJob): JobPosting[] => {
  const shown = shownPosting(job);
  return fitPosting(job) === shown ? [] : [shown];
};

/** Whether the job's kept asks hold every item weighed, in the order weighed, read by this build's readers. */
const asksComplete = (job: SavedJob): boolean => asksCurrent(job.asks, fitPosting(job), alsoKept(job));

/** `job` with its asks kept for every item weighed (the same object where they are already). */
export function withAsks(job: SavedJob): SavedJob {
  if (asksComplete(job)) return job;
  return { ...job, asks: readAsks(fitPosting(job), alsoKept(job), job.asks) };
}

/** How many jobs are read per transaction: a short one, so a save from a page never waits long behind it. */
const BATCH = 200;

/**
 * Read again the asks of every job whose asks are missing, incomplete or read by other readers (a Jobmark
 * updated since). Returns how many jobs were written.
 */
export async function refreshAsks(db: JobmarkDatabase): Promise<number> {
  const ids = await db.getAllKeys('jobs');
  let written = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    const tx = db.transaction('jobs', 'readwrite');
    const jobs = await Promise.all(ids.slice(i, i + BATCH).map((id) => tx.store.get(id)));
    const stale = jobs.filter((job): job is SavedJob => job !== undefined && !asksComplete(job));
    await Promise.all(stale.map((job) => tx.store.put(withAsks(job))));
    await tx.done;
    written += stale.length;
  }
  return written;
}
