// What is due, from the background: the badge's count, and the optional reminder.
// One alarm wakes the worker at each local midnight (the count changes) and at
// the reminder hour (model/due.ts nextWake); the alarms permission shows no
// warning at install. The reminder is a notification, shown only after the
// person turned reminders on in the dashboard, which asked for the permission.
import { shownPosting } from '../model/corrections';
import { localDay, nextWake, remindersTurnedOn, reminderText, reminderWindow } from '../model/due';
import { browser, canNotify, notify } from '../platform';
import type { JobmarkDatabase } from '../store/db';
import { countDue, followUpsBetween } from '../store/due';
import { getSetting, setSetting } from '../store/settings';
import { showDue } from './badge';

export const WAKE_ALARM = 'jobmark-due';

/** Count what is due today and show it on the badge. */
export async function refreshDue(db: JobmarkDatabase, now = new Date()): Promise<number> {
  const count = await countDue(db, localDay(now));
  showDue(count);
  return count;
}

/** Set the next wake, unless one is already set (alarms outlive the worker, not always the browser). */
export async function ensureWake(now = new Date()): Promise<void> {
  if (!(await browser.alarms.get(WAKE_ALARM))) await scheduleWake(now);
}

async function scheduleWake(now: Date): Promise<void> {
  await browser.alarms.create(WAKE_ALARM, { when: nextWake(now).getTime() });
}

/** The reminder, if one is due now: the follow-ups that came due since the last one. */
async function remind(db: JobmarkDatabase, now: Date): Promise<void> {
  const state = await getSetting(db, 'reminders');
  const window = reminderWindow(now, state);
  // Turned off in the browser's own settings: nothing is shown, and nothing marked as shown.
  if (!window || !(await canNotify())) return;
  const jobs = await followUpsBetween(db, window.after, window.upTo);
  await setSetting(db, 'reminders', { ...state, lastReminded: window.upTo });
  if (!jobs.length) return;
  const { title, message } = reminderText(jobs.map((job) => shownPosting(job).title?.trim() || job.url));
  await notify(WAKE_ALARM, title, message);
}

/** The alarm went off, or the browser started: recount, remind if it is time, and set the next wake. */
export async function wake(db: JobmarkDatabase, now = new Date()): Promise<void> {
  await refreshDue(db, now);
  await remind(db, now);
  await scheduleWake(now);
}

/** The person turned reminders on (the page has the permission already) or off. */
export async function setReminders(db: JobmarkDatabase, on: boolean, now = new Date()): Promise<void> {
  await setSetting(db, 'reminders', on ? remindersTurnedOn(now) : { on: false, lastReminded: null });
  await scheduleWake(now);
}
