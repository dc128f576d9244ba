// The rules of a job's status history, so it tells the truth:
// - each status change is an event with its time; an event is known by its
//   status and its moment (the same instant however the time is written);
// - a status cannot follow itself: two events in a row with the same status are one;
// - a change undone within a minute (back to the status before it) leaves no
//   event: the forward event goes, and the way back adds none;
// - a person may correct an event (its date or status) or delete it, giving a
//   reason; the correction is kept in the job's `historyEdits`, so the history
//   says what was corrected, and merging an older copy of the job never brings
//   the corrected or deleted event back.
// Pure: the store, the pages and the import apply the same rules.
import type { HistoryEdit, SavedJob, Status, StatusChange } from './saved-job';

/** A change back to the previous status within this time removes the change instead of adding an event. */
export const UNDO_WINDOW_MS = 60_000;

/** The longest reason kept with a correction. */
export const MAX_REASON = 2_000;

const time = (at: string) => Date.parse(at);
const keyOf = (e: StatusChange) => `${e.status}|${time(e.at)}`;

/** The same event: the same status at the same moment. */
export const sameEvent = (a: StatusChange, b: StatusChange): boolean =>
  a.status === b.status && time(a.at) === time(b.at);

export const hasEvent = (events: readonly StatusChange[], e: StatusChange): boolean =>
  events.some((x) => sameEvent(x, e));

/** Oldest first; events at the same moment keep their order. */
export const byTime = (events: readonly StatusChange[]): StatusChange[] =>
  [...events].sort((a, b) => time(a.at) - time(b.at));

/**
 * The events in time order, each once, with no status following itself. Of two
 * events in a row with the same status the one in `keep` stays (the record
 * already saved, when merging), else the earlier.
 */
export function normaliseHistory(events: readonly StatusChange[], keep: readonly StatusChange[] = []): StatusChange[] {
  const seen = new Set<string>();
  const out: StatusChange[] = [];
  for (const e of byTime(events)) {
    const key = keyOf(e);
    if (seen.has(key)) continue;
    seen.add(key);
    const last = out.at(-1);
    if (last?.status !== e.status) out.push(e);
    else if (!hasEvent(keep, last) && hasEvent(keep, e)) out[out.length - 1] = e;
  }
  return out;
}

/**
 * The history after the status changes from the job's `status` to `status` at
 * `now`. Back to the status before within a minute of the change: the change is
 * taken back (its event removed) instead of a second event being added.
 */
export function historyWithStatus(
  history: readonly StatusChange[],
  from: Status,
  to: Status,
  now: Date,
): StatusChange[] {
  const last = history.at(-1);
  const before = history.at(-2);
  if (last?.status === from && before?.status === to) {
    const since = now.getTime() - time(last.at);
    if (since >= 0 && since <= UNDO_WINDOW_MS) return history.slice(0, -1);
  }
  return [...history, { status: to, at: now.toISOString() }];
}

/** A person's correction of one event: `from` becomes `to`, or is deleted (`to` null), for `reason`. */
export interface EventCorrection {
  from: StatusChange;
  to: StatusChange | null;
  reason: string;
}

type HistoryPart = Pick<SavedJob, 'status' | 'history' | 'historyEdits'>;

/** `historyEdits` as a record holds it: absent when there are none, so equal records compare equal. */
export function withEdits<T extends Partial<HistoryPart>>(record: T, edits: readonly HistoryEdit[]): T {
  const out = { ...record };
  if (edits.length) out.historyEdits = [...edits];
  else delete out.historyEdits;
  return out;
}

const copy = (e: StatusChange): StatusChange => ({ status: e.status, at: e.at });

/**
 * Apply a correction; the status becomes the last event's. Nothing changes when
 * the event is not in the history (any more), when no reason is given, or when
 * it would leave no event at all: the caller compares before and after.
 */
export function correctHistory(job: HistoryPart, c: EventCorrection, now: Date): HistoryPart {
  const reason = c.reason.trim().slice(0, MAX_REASON);
  const unchanged = withEdits({ status: job.status, history: job.history }, job.historyEdits ?? []);
  if (!reason || !hasEvent(job.history, c.from)) return unchanged;
  const rest = job.history.filter((e) => !sameEvent(e, c.from));
  const history = normaliseHistory(c.to ? [...rest, copy(c.to)] : rest);
  if (!history.length) return unchanged;
  const edit: HistoryEdit = { at: now.toISOString(), from: copy(c.from), to: c.to && copy(c.to), reason };
  return withEdits({ status: history.at(-1)!.status, history }, [...(job.historyEdits ?? []), edit]);
}

const editKey = (e: HistoryEdit) => `${time(e.at)}|${keyOf(e.from)}|${e.to ? keyOf(e.to) : ''}`;

/**
 * Two records of one job, merged: the corrections of both (each once), and the
 * events of both, each once, without those a correction on either side took
 * away, and without a status following itself (the first record's event kept).
 * Merging again with either record changes nothing.
 */
export function mergeHistories(
  a: Pick<SavedJob, 'history' | 'historyEdits'>,
  b: Pick<SavedJob, 'history' | 'historyEdits'>,
): Pick<SavedJob, 'history' | 'historyEdits'> {
  const edits = new Map<string, HistoryEdit>();
  for (const e of [...(a.historyEdits ?? []), ...(b.historyEdits ?? [])])
    if (!edits.has(editKey(e))) edits.set(editKey(e), e);
  const sorted = [...edits.values()].sort((x, y) => time(x.at) - time(y.at));
  // An event taken away by a correction stays away, unless a later correction made it again.
  const gone = new Set<string>();
  for (const e of sorted) {
    gone.add(keyOf(e.from));
    if (e.to) gone.delete(keyOf(e.to));
  }
  const events = [...a.history, ...b.history].filter((e) => !gone.has(keyOf(e)));
  const history = normaliseHistory(events, a.history);
  return withEdits({ history: history.length ? history : [...a.history] }, sorted);
}

/** The corrections that made `event` what it is (it is their `to`), newest first. */
export const correctionsOf = (job: Pick<SavedJob, 'historyEdits'>, event: StatusChange): HistoryEdit[] =>
  (job.historyEdits ?? []).filter((e) => e.to && sameEvent(e.to, event)).reverse();

/**
 * The event that made the job an application: the first at "applied" or any later
 * stage (interviewing, offer, rejected, withdrawn, ghosted). A job that went
 * straight from saved to interviewing was applied to, on that day at the latest.
 * Null for a job only saved.
 */
export const applicationEvent = (history: readonly StatusChange[]): StatusChange | null =>
  byTime(history).find((e) => e.status !== 'saved') ?? null;
