// What a person may change on a saved job, and how a change applies to a record.
// Pure: the store applies it inside its transaction, and the pages apply it to
// what they show while the change is on its way to the store (ui/useEdits.ts).
import { type CorrectionEdit, correct } from './correction-edit';
import {
  byTime,
  correctHistory,
  type EventCorrection,
  hasEvent,
  historyWithStatus,
  sameEvent,
  withEdits,
} from './history';
import type { Rating, SavedJob, Status } from './saved-job';

/** What a person may change on a saved job. */
export interface JobPatch {
  status?: Status;
  tags?: string[];
  notes?: string;
  rating?: Rating;
  followUp?: string | null;
  /** A correction of one event of the status history, with its reason (model/history.ts). */
  event?: EventCorrection;
  /** A correction of what Jobmark read: a fact's value, or an item (or a heading's items) in another part. */
  correct?: CorrectionEdit;
  /** The CV version sent with the application, by name; null: not said. */
  cvSent?: string | null;
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

/**
 * Apply a person's edit to the record as it is now. A status change is added to
 * the history, or, back to the status before within a minute, takes the change
 * back; a correction of an event replaces or removes it and is logged (model/history.ts).
 */
export function applyPatch(job: SavedJob, patch: JobPatch, now = new Date()): SavedJob {
  const at = now.toISOString();
  let next: SavedJob = { ...job, updatedAt: at };
  if (patch.status !== undefined && patch.status !== job.status) {
    next.status = patch.status;
    next.history = historyWithStatus(job.history, job.status, patch.status, now);
  }
  if (patch.event) next = { ...next, ...correctHistory(next, patch.event, now) };
  if (patch.tags !== undefined) next.tags = cleanTags(patch.tags);
  if (patch.notes !== undefined) next.notes = patch.notes;
  if (patch.rating !== undefined) next.rating = patch.rating;
  if (patch.followUp !== undefined) next.followUp = patch.followUp;
  if (patch.cvSent !== undefined) {
    const name = patch.cvSent?.trim().slice(0, 200);
    if (name) next.cvSent = name;
    else delete next.cvSent;
  }
  if (patch.correct) {
    const corrections = correct(job.corrections, job.posting, patch.correct, now);
    if (corrections) next.corrections = corrections;
    else delete next.corrections;
  }
  return next;
}

/** The fields a person's edit can change, in the order they are named to a person ('status' with its history). */
const EDITABLE = ['status', 'tags', 'notes', 'rating', 'followUp', 'corrections', 'cvSent'] as const;
type Editable = (typeof EDITABLE)[number];
/** The fields reverted one by one; the status and its history are reverted together. */
const PLAIN = ['tags', 'notes', 'rating', 'followUp', 'corrections', 'cvSent'] as const;

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
 * newer value. An undone status change takes its history event with it (or
 * brings back the event it took back); an undone correction restores the event
 * and drops its log entry.
 */
export function revertChange(current: SavedJob, before: SavedJob, after: SavedJob, now = new Date()): Reverted {
  let next: SavedJob = { ...current };
  const keptNewer: Editable[] = [];
  let changed = false;
  const historyChanged =
    before.status !== after.status ||
    !same(before.history, after.history) ||
    !same(before.historyEdits, after.historyEdits);
  if (historyChanged) {
    const added = after.history.filter((e) => !hasEvent(before.history, e));
    const dropped = before.history.filter((e) => !hasEvent(after.history, e));
    const addedEdits = (after.historyEdits ?? []).filter((e) => !(before.historyEdits ?? []).some((b) => same(b, e)));
    const asLeft =
      current.status === after.status &&
      added.every((e) => hasEvent(current.history, e)) &&
      dropped.every((e) => !hasEvent(current.history, e));
    if (!asLeft) keptNewer.push('status');
    else {
      next.status = before.status;
      next.history = byTime([...current.history.filter((c) => !added.some((a) => sameEvent(a, c))), ...dropped]);
      next = withEdits(
        next,
        (current.historyEdits ?? []).filter((e) => !addedEdits.some((a) => same(a, e))),
      );
      changed = true;
    }
  }
  for (const field of PLAIN) {
    if (same(before[field], after[field])) continue;
    if (!same(current[field], after[field])) {
      keptNewer.push(field);
      continue;
    }
    // A field absent before (a job without corrections) is absent again, not present and undefined.
    if (before[field] === undefined) delete (next as Partial<Record<Editable, unknown>>)[field];
    else (next as Record<Editable, unknown>)[field] = before[field];
    changed = true;
  }
  if (changed) next.updatedAt = now.toISOString();
  return { job: next, changed, keptNewer };
}
