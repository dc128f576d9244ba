// An import that merges a file into the saved jobs, in ONE transaction so it
// happens entirely or not at all. Built on the pure planner in export/merge.ts;
// the transaction re-reads the saved jobs, so the plan that is written is made
// against the store as it is at that moment, not as it was when the preview was shown.
// It tells how many records are written as it goes, and can be cancelled until the
// transaction commits: a cancel aborts it, so the store is exactly as before.

import { unwrap } from 'idb';
import { type ImportPlan, planImport } from '../export/merge';
import { ImportCancelled } from '../model/import-cancelled';
import type { Profile } from '../model/profile';
import type { SavedJob } from '../model/saved-job';
import type { SiteRule } from '../model/site-rules';
import type { JobmarkDatabase } from './db';
import { refreshAsks } from './job-asks';
import { importRules } from './rules';
import { PROFILE_KEY } from './schema';

export { ImportCancelled };

/** Whether a profile from a file replaces the one kept here: there is none here, or the file's was changed later. */
function newer(incoming: Profile, kept: Profile | undefined): boolean {
  if (!kept?.updatedAt) return true;
  return incoming.updatedAt !== null && incoming.updatedAt > kept.updatedAt;
}

/** What an import would do, without writing. `saved`: the jobs already in memory, if the caller holds them all. */
export async function previewImport(
  db: JobmarkDatabase,
  incoming: readonly SavedJob[],
  saved?: readonly SavedJob[],
): Promise<ImportPlan> {
  return planImport(saved ?? (await db.getAll('jobs')), incoming);
}

export interface ImportProgress {
  /** Told `written` of `total` jobs now and then (every PROGRESS_STEP records, and at the end), never per record. */
  onProgress?: (written: number, total: number) => void;
  /** Aborts the transaction while it runs; importJobs then rejects with ImportCancelled. */
  signal?: AbortSignal;
}

/** Runs `work` when the page is idle (or soon, where there is no idle callback: a worker, Node). */
function afterIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 5000 });
  else setTimeout(work, 0);
}

/** How many records are written between two progress reports: a few dozen reports for 10,000 jobs. */
export const PROGRESS_STEP = 250;

/**
 * Merge `incoming` (and a backup's site rules and profile) into the store in one transaction; any failure
 * writes nothing. The profile is taken where none is kept here or the file's was changed later: the later edit wins,
 * as it does for each job. `plan.profile` says whether it was taken.
 */
export async function importJobs(
  db: JobmarkDatabase,
  incoming: readonly SavedJob[],
  rules: readonly SiteRule[] = [],
  profile: Profile | null = null,
  { onProgress, signal }: ImportProgress = {},
): Promise<ImportPlan & { profile: boolean }> {
  if (signal?.aborted) throw new ImportCancelled();
  const tx = db.transaction(['jobs', 'rules', 'profile'], 'readwrite');
  const jobs = tx.objectStore('jobs');
  // Observed below; the catch only keeps an aborted transaction from being reported as unhandled.
  tx.done.catch(() => {});
  // Once abort() is accepted nothing can be written, so the cancel is told at once: a transaction still
  // waiting behind another writer reports its abort only when that one ends (Firefox).
  let cancelled: (error: ImportCancelled) => void = () => {};
  const stopped = new Promise<never>((_, reject) => {
    cancelled = reject;
  });
  const cancel = () => {
    try {
      tx.abort();
    } catch {
      return; // already committed: too late to cancel, the import is done
    }
    cancelled(new ImportCancelled());
  };
  signal?.addEventListener('abort', cancel, { once: true });
  const write = async () => {
    // Into an empty store (a new computer, a fresh profile) there is nothing to read and merge.
    const saved = (await jobs.count()) === 0 ? [] : await jobs.getAll();
    const plan = planImport(saved, incoming);
    const total = plan.write.length;
    onProgress?.(0, total);
    // Bare puts, not idb's: a promise per record costs more than the write of a small one. Requests in
    // one transaction complete in order, so the success of every PROGRESS_STEP-th put counts all before it.
    // A failed put (a clash on the unique URL index) aborts the transaction, so tx.done rejects.
    const store = unwrap(jobs);
    plan.write.forEach((job, i) => {
      // A file's jobs come without what their items ask (never exported): read after the import, below.
      const request = store.put(job);
      const written = i + 1;
      if (onProgress && (written % PROGRESS_STEP === 0 || written === total))
        request.onsuccess = () => onProgress(written, total);
    });
    // The same transaction, seen as one over jobs and rules (idb types a transaction by its exact list of stores).
    await importRules(tx as unknown as Parameters<typeof importRules>[0], rules);
    const taken = profile !== null && newer(profile, await tx.objectStore('profile').get(PROFILE_KEY));
    if (taken) await tx.objectStore('profile').put(profile, PROFILE_KEY);
    await tx.done;
    // What the imported jobs' items ask is read once the import is written and shown, in short
    // transactions when the page is idle, so the import takes no longer than its writes; until then
    // their fit reads the items' text (the same answer, slower).
    afterIdle(() => refreshAsks(db).catch(() => {}));
    return { ...plan, profile: taken };
  };
  try {
    return await Promise.race([write(), stopped]);
  } catch (error) {
    if (error instanceof ImportCancelled) throw error;
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`The import failed and nothing was changed: ${detail}`);
  } finally {
    signal?.removeEventListener('abort', cancel);
  }
}
