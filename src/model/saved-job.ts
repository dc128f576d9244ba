import type { JobPosting } from './posting';

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
  status: Status;
  /** Every status the job has had, oldest first; the last is `status`. */
  history: StatusChange[];
  tags: string[];
  notes: string;
  rating: Rating;
  /** YYYY-MM-DD, or null. */
  followUp: string | null;
  savedAt: string;
  updatedAt: string;
}
