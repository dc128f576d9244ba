import type { Corrections } from './corrections';
import type { StoredAsks } from './item-asks';
import type { JobPosting } from './posting';
import type { Revisit } from './revisit';

/** Where a person is with a job, in the order an application goes. */
export const STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'withdrawn', 'ghosted'] as const;
export type Status = (typeof STATUSES)[number];

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

export interface StatusChange {
  status: Status;
  /** ISO 8601 timestamp of the change. */
  at: string;
}

/**
 * A person's correction of their status history: an event's date or status
 * changed, or the event deleted, and why. Kept on the job (and in its backups)
 * so the history shows what was corrected, and so merging an older backup never
 * brings a corrected or deleted event back (see model/history.ts).
 */
export interface HistoryEdit {
  /** ISO 8601 timestamp of the correction. */
  at: string;
  /** The event as it was. */
  from: StatusChange;
  /** The event as corrected; null when it was deleted. */
  to: StatusChange | null;
  /** Why, in the person's words. */
  reason: string;
}

export type Rating = 0 | 1 | 2 | 3 | 4 | 5;

export interface SavedJob {
  /** Stable id, made when the job is first saved. */
  id: string;
  /** The URL the job was saved from. */
  url: string;
  /** The URL with tracking and view parameters removed: one posting, one key. */
  canonicalUrl: string;
  /** Title + company + description digest: the same posting on two sites. */
  fingerprint: string;
  /** The posting as read at save time, so it survives the page being taken down. */
  posting: JobPosting;
  /**
   * The reader's own result, where the site's rules changed what it read (`posting` is this with the
   * rules applied). Removing a rule reads it again with the rules left (store/rules.ts). Absent
   * when no rule changed the reading.
   */
  read?: JobPosting;
  /**
   * The person's corrections of what was read (model/corrections.ts): shown and exported instead of
   * the values read, which `posting` keeps. Absent (never empty) when there are none.
   */
  corrections?: Corrections;
  status: Status;
  /** Every status the job has had, oldest first; the last is `status`. */
  history: StatusChange[];
  /** The person's corrections of `history`, oldest first. Absent (never empty) when there are none. */
  historyEdits?: HistoryEdit[];
  tags: string[];
  notes: string;
  rating: Rating;
  /** YYYY-MM-DD, or null. */
  followUp: string | null;
  savedAt: string;
  updatedAt: string;
  /**
   * Later readings of the posting at its address that differ from the one before (model/revisit.ts),
   * oldest first, each with its time: `posting` stays the snapshot as saved. Absent (never empty) when none.
   */
  revisits?: Revisit[];
  /** ISO time the posting was found closed; absent while it is open. */
  closedAt?: string;
  /**
   * How it was found closed: 'list', its board's whole list no longer showed it (model/closed-list.ts);
   * absent, at its own address (its page held no posting, or said it was closed).
   */
  closedBy?: 'list';
  /**
   * When a whole list of its board first showed it (model/closed-list.ts): only a job a list has shown
   * is closed by a list that no longer does. Not exported (a restored job waits for a list to show it again).
   */
  listedAt?: string;
  /** The name of the CV version (model/profile.ts) sent with the application; absent when not said. */
  cvSent?: string;
  /**
   * What each item of the posting asks that a profile can answer, read when the job was written
   * (model/item-asks.ts): the fit of many jobs reads no text. Derived, never exported (an import reads
   * them again); absent on a job an older Jobmark wrote, until the background reads them after the update.
   */
  asks?: StoredAsks;
}
