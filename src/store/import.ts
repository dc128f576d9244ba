// An import that merges a file into the saved jobs, in ONE transaction so it
// happens entirely or not at all. Built on the pure planner in export/merge.ts;
// the transaction re-reads the saved jobs, so the plan that is written is made
// against the store as it is at that moment, not as it was when the preview was shown.

import { type ImportPlan, planImport } from '../export/merge';
import type { Profile } from '../model/profile';
import type { SavedJob } from '../model/saved-job';
import type { SiteRule } from '../model/site-rules';
import type { JobmarkDatabase } from './db';
import { importRules } from './rules';
import { PROFILE_KEY } from './schema';

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
): Promise<ImportPlan & { profile: boolean }> {
  const tx = db.transaction(['jobs', 'rules', 'profile'], 'readwrite');
  const jobs = tx.objectStore('jobs');
  // Observed below; the catch only keeps an aborted transaction from being reported as unhandled.
  tx.done.catch(() => {});
  try {
    // Into an empty store (a new computer, a fresh profile) there is nothing to read and merge.
    const saved = (await jobs.count()) === 0 ? [] : await jobs.getAll();
    const plan = planImport(saved, incoming);
    // A failed put (a clash on the unique URL index) aborts the transaction, so tx.done rejects.
    for (const job of plan.write) jobs.put(job).catch(() => {});
    // The same transaction, seen as one over jobs and rules (idb types a transaction by its exact list of stores).
    await importRules(tx as unknown as Parameters<typeof importRules>[0], rules);
    const taken = profile !== null && newer(profile, await tx.objectStore('profile').get(PROFILE_KEY));
    if (taken) await tx.objectStore('profile').put(profile, PROFILE_KEY);
    await tx.done;
    return { ...plan, profile: taken };
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`The import failed and nothing was changed: ${detail}`);
  }
}
