// An import that merges a file into the saved jobs, in ONE transaction so it
// happens entirely or not at all. Built on the pure planner in export/merge.ts;
// the transaction re-reads the saved jobs, so the plan that is written is made
// against the store as it is at that moment, not as it was when the preview was shown.

import { type ImportPlan, planImport } from '../export/merge';
import type { SavedJob } from '../model/saved-job';
import type { SiteRule } from '../model/site-rules';
import type { JobmarkDatabase } from './db';
import { importRules } from './rules';

/** What an import would do, without writing. `saved`: the jobs already in memory, if the caller holds them all. */
export async function previewImport(
  db: JobmarkDatabase,
  incoming: readonly SavedJob[],
  saved?: readonly SavedJob[],
): Promise<ImportPlan> {
  return planImport(saved ?? (await db.getAll('jobs')), incoming);
}

/** Merge `incoming` (and a backup's site rules) into the store in one transaction; any failure writes nothing. */
export async function importJobs(
  db: JobmarkDatabase,
  incoming: readonly SavedJob[],
  rules: readonly SiteRule[] = [],
): Promise<ImportPlan> {
  const tx = db.transaction(['jobs', 'rules'], 'readwrite');
  const jobs = tx.objectStore('jobs');
  // Observed below; the catch only keeps an aborted transaction from being reported as unhandled.
  tx.done.catch(() => {});
  try {
    // Into an empty store (a new computer, a fresh profile) there is nothing to read and merge.
    const saved = (await jobs.count()) === 0 ? [] : await jobs.getAll();
    const plan = planImport(saved, incoming);
    // A failed put (a clash on the unique URL index) aborts the transaction, so tx.done rejects.
    for (const job of plan.write) jobs.put(job).catch(() => {});
    await importRules(tx, rules);
    await tx.done;
    return plan;
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
