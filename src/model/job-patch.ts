// What a person may change on a saved job, and how a change applies to a record.
// Pure: the store applies it inside its transaction, and the pages apply it to
// what they show while the change is on its way to the store (ui/useEdits.ts).
import type { Rating, SavedJob, Status } from './saved-job';

/** What a person may change on a saved job. */
export interface JobPatch {
  status?: Status;
  tags?: string[];
  notes?: string;
  rating?: Rating;
  followUp?: string | null;
}

/** Tags are kept trimmed, lower-cased for comparison, distinct, in the order given. */
function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, 60);
    const key = tag.toLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/** Apply a person's edit to the record as it is now; a status change is added to the history. */
export function applyPatch(job: SavedJob, patch: JobPatch, now = new Date()): SavedJob {
  const at = now.toISOString();
  const next: SavedJob = { ...job, updatedAt: at };
  if (patch.status !== undefined && patch.status !== job.status) {
    next.status = patch.status;
    next.history = [...job.history, { status: patch.status, at }];
  }
  if (patch.tags !== undefined) next.tags = cleanTags(patch.tags);
  if (patch.notes !== undefined) next.notes = patch.notes;
  if (patch.rating !== undefined) next.rating = patch.rating;
  if (patch.followUp !== undefined) next.followUp = patch.followUp;
  return next;
}
