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

/** The fields a person's edit can change, in the order they are named to a person. */
const EDITABLE = ['status', 'tags', 'notes', 'rating', 'followUp'] as const;
type Editable = (typeof EDITABLE)[number];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface Reverted {
  job: SavedJob;
  /** False when nothing was reverted (every field it set was changed again since). */
  changed: boolean;
  /** Fields this change set that were changed again since (elsewhere): left as they are now. */
  keptNewer: Editable[];
}

/**
 * Undo one change (`before` → `after`) on the record as it is `now`: only the
 * fields that change set, and only where they still hold what it wrote. A field
 * changed since (the popup set the status after the dashboard set tags) keeps its
 * newer value. An undone status change takes its history event with it.
 */
export function revertChange(current: SavedJob, before: SavedJob, after: SavedJob, now = new Date()): Reverted {
  const next: SavedJob = { ...current };
  const keptNewer: Editable[] = [];
  let changed = false;
  for (const field of EDITABLE) {
    if (same(before[field], after[field])) continue;
    if (!same(current[field], after[field])) {
      keptNewer.push(field);
      continue;
    }
    (next as Record<Editable, unknown>)[field] = before[field];
    changed = true;
    if (field === 'status') {
      const added = after.history.slice(before.history.length);
      next.history = current.history.filter((c) => !added.some((a) => a.at === c.at && a.status === c.status));
    }
  }
  if (changed) next.updatedAt = now.toISOString();
  return { job: next, changed, keptNewer };
}
