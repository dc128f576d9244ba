// The background's side of what is due (background/due.ts): the badge's count,
// the one alarm it keeps, and the reminder, with the browser's APIs faked (the
// notification itself cannot be shown in a test; what would be shown is checked).
import 'fake-indexeddb/auto';
import { beforeEach, expect, test, vi } from 'vitest';
import type { SavedJob } from '../../src/model/saved-job';
import { type JobmarkDatabase, openStore } from '../../src/store/db';
import { putJobs } from '../../src/store/jobs';
import { getSetting } from '../../src/store/settings';
import { makeJob } from '../export/make-job';

const fake = vi.hoisted(() => ({
  alarms: new Map<string, { name: string; scheduledTime: number }>(),
  badge: { text: '', title: '' },
  notifications: [] as { id: string; title: string; message: string }[],
  allowed: true,
}));

vi.mock('../../src/platform', () => ({
  browser: {
    alarms: {
      get: async (name: string) => fake.alarms.get(name),
      create: async (name: string, { when }: { when: number }) =>
        void fake.alarms.set(name, { name, scheduledTime: when }),
    },
    action: {
      setBadgeText: async ({ text }: { text: string }) => {
        fake.badge.text = text;
      },
      setTitle: async ({ title }: { title: string }) => {
        fake.badge.title = title;
      },
      setBadgeBackgroundColor: async () => {},
    },
  },
  canNotify: async () => fake.allowed,
  notify: async (id: string, title: string, message: string) => void fake.notifications.push({ id, title, message }),
}));

const { ensureWake, refreshDue, setReminders, WAKE_ALARM, wake } = await import('../../src/background/due');

const at = (day: string, hour: number, minute = 0) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute);
};
const wakeAt = () => new Date(fake.alarms.get(WAKE_ALARM)?.scheduledTime ?? 0);

let db: JobmarkDatabase;
let jobs: SavedJob[];
beforeEach(async () => {
  fake.alarms.clear();
  fake.badge = { text: '', title: '' };
  fake.notifications = [];
  fake.allowed = true;
  db = await openStore(`due-${Math.random()}`);
  jobs = [
    makeJob({ title: 'Overdue', followUp: '2026-12-01' }),
    makeJob({ title: 'Today A', followUp: '2026-12-06' }),
    makeJob({ title: 'Today B', followUp: '2026-12-06' }),
    makeJob({ title: 'Tomorrow', followUp: '2026-12-07' }),
    makeJob({ title: 'None' }),
  ];
  await putJobs(db, jobs);
});

test('the badge counts the follow-ups due today and before, through the index', async () => {
  expect(await refreshDue(db, at('2026-12-06', 10))).toBe(3);
  expect(fake.badge).toEqual({ text: '3', title: 'Jobmark: 3 follow-ups due' });
  expect(await refreshDue(db, at('2026-11-30', 10))).toBe(0);
  expect(fake.badge).toEqual({ text: '', title: 'Jobmark' });
});

test('one alarm: set if missing, at the reminder hour, then at midnight; reminders off, nothing is shown', async () => {
  await ensureWake(at('2026-12-06', 7));
  expect(wakeAt()).toEqual(at('2026-12-06', 9));
  await ensureWake(at('2026-12-06', 8)); // already set: left as it is
  expect(wakeAt()).toEqual(at('2026-12-06', 9));
  await wake(db, at('2026-12-06', 9));
  expect(wakeAt()).toEqual(at('2026-12-07', 0));
  expect(fake.badge.text).toBe('3');
  expect(fake.notifications).toEqual([]);
});

test('turned on in the morning: at the reminder hour a notification names what came due, once that day', async () => {
  await setReminders(db, true, at('2026-12-06', 7));
  expect(wakeAt()).toEqual(at('2026-12-06', 9));
  await wake(db, at('2026-12-06', 8, 59));
  expect(fake.notifications).toEqual([]);
  await wake(db, at('2026-12-06', 9));
  expect(fake.notifications).toEqual([
    {
      id: WAKE_ALARM,
      title: 'Jobmark: 2 follow-ups due',
      message: "Today A; Today B. Open the dashboard's Due view to see them.",
    },
  ]);
  expect(await getSetting(db, 'reminders')).toEqual({ on: true, lastReminded: '2026-12-06' });
  await wake(db, at('2026-12-06', 15));
  expect(fake.notifications).toHaveLength(1);
  // The next morning, tomorrow's.
  await wake(db, at('2026-12-07', 9, 1));
  expect(fake.notifications.map((n) => n.message)).toEqual([
    "Today A; Today B. Open the dashboard's Due view to see them.",
    "Tomorrow. Open the dashboard's Due view to see them.",
  ]);
});

test('notifications taken away in the browser: no reminder, and none marked as shown; off: none', async () => {
  await setReminders(db, true, at('2026-12-06', 7));
  fake.allowed = false;
  await wake(db, at('2026-12-06', 9, 30));
  expect(fake.notifications).toEqual([]);
  expect(await getSetting(db, 'reminders')).toEqual({ on: true, lastReminded: '2026-12-05' });
  fake.allowed = true;
  await setReminders(db, false, at('2026-12-06', 9, 40));
  await wake(db, at('2026-12-06', 9, 45));
  expect(fake.notifications).toEqual([]);
  expect(await getSetting(db, 'reminders')).toEqual({ on: false, lastReminded: null });
});
