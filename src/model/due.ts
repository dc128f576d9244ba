// Follow-up dates and what is due. A follow-up is a calendar day (YYYY-MM-DD)
// the person picked in their own time zone, so "today" is the local day too.
// Pure: the dashboard, the popup, the badge and the reminders share these rules.
import { plural } from './plural';

/** Where a follow-up date stands from today: before it, on it, within the next six days, or after. */
export type DueState = 'overdue' | 'today' | 'week' | 'later';

export const DUE_STATES: readonly DueState[] = ['overdue', 'today', 'week', 'later'];

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a moment, YYYY-MM-DD. */
export const localDay = (d: Date = new Date()): string =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The day `n` days after `day` (YYYY-MM-DD; calendar arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The last day of "this week": today and the six days after it. */
export const weekEnd = (today: string): string => addDays(today, 6);

export function dueState(followUp: string | null, today: string): DueState | null {
  if (!followUp) return null;
  if (followUp < today) return 'overdue';
  if (followUp === today) return 'today';
  return followUp <= weekEnd(today) ? 'week' : 'later';
}

/** Due: the follow-up day is today or has passed. */
export const isDue = (followUp: string | null, today: string): boolean => followUp !== null && followUp <= today;

/** What a follow-up date says beside the day itself: only what asks for action now. */
export const DUE_WORDS: Record<DueState, string> = {
  overdue: 'overdue',
  today: 'today',
  week: '',
  later: '',
};

// Reminders: the background wakes at every local midnight (what is due changes,
// and the badge's count with it) and at the reminder hour, when it tells the
// person which follow-ups came due since the last reminder (a day the computer
// was off is not skipped), at most once a day.

/** The local hour a reminder is shown: at the start of a working day, not at midnight. */
export const REMIND_AT_HOUR = 9;

/** When the background should wake next after `now`: today's reminder hour if it is still ahead, else the next midnight. */
export function nextWake(now: Date): Date {
  const remind = new Date(now.getFullYear(), now.getMonth(), now.getDate(), REMIND_AT_HOUR);
  if (remind.getTime() > now.getTime()) return remind;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}

export interface ReminderState {
  /** The person turned reminders on. */
  on: boolean;
  /** The last local day whose follow-ups a reminder covered, or null. */
  lastReminded: string | null;
}

/**
 * Reminders as they are when the person turns them on at `now`: from the next
 * reminder on (today's, if its hour is still ahead), never a burst of old ones.
 */
export const remindersTurnedOn = (now: Date): ReminderState => ({
  on: true,
  lastReminded: addDays(localDay(now), now.getHours() >= REMIND_AT_HOUR ? 0 : -1),
});

/**
 * The follow-up days a reminder shown now covers (after `after`, up to and
 * including `upTo`), or null when none is due now: reminders off, before the
 * reminder hour, or already shown today.
 */
export function reminderWindow(now: Date, state: ReminderState): { after: string | null; upTo: string } | null {
  if (!state.on || now.getHours() < REMIND_AT_HOUR) return null;
  const today = localDay(now);
  if (state.lastReminded !== null && state.lastReminded >= today) return null;
  return { after: state.lastReminded, upTo: today };
}

/** The notification's words for the jobs whose follow-ups came due (their titles). */
export function reminderText(titles: readonly string[]): { title: string; message: string } {
  const more = titles.length > 3 ? `, and ${titles.length - 3} more` : '';
  return {
    title: `Jobmark: ${plural(titles.length, 'follow-up')} due`,
    message: `${titles.slice(0, 3).join('; ')}${more}. Open the dashboard's Due view to see them.`,
  };
}
