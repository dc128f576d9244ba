// What is due (model/due.ts): the states of a follow-up date, the days, and the
// reminder's schedule. Times are built in the local time zone, as the browser's are.
import { expect, test } from 'vitest';
import {
  addDays,
  dueState,
  isDue,
  localDay,
  nextWake,
  remindersTurnedOn,
  reminderText,
  reminderWindow,
  weekEnd,
} from '../../src/model/due';

const at = (day: string, hour: number, minute = 0) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute);
};

test('a follow-up date is overdue, today, this week (the next six days) or later', () => {
  const today = '2026-12-06';
  expect(dueState(null, today)).toBeNull();
  expect(dueState('2026-12-05', today)).toBe('overdue');
  expect(dueState('2026-12-06', today)).toBe('today');
  expect(dueState('2026-12-07', today)).toBe('week');
  expect(dueState('2026-12-12', today)).toBe('week');
  expect(dueState('2026-12-13', today)).toBe('later');
  expect(weekEnd('2026-12-28')).toBe('2027-01-03');
  expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  expect([
    isDue('2026-12-06', today),
    isDue('2026-12-01', today),
    isDue('2026-12-07', today),
    isDue(null, today),
  ]).toEqual([true, true, false, false]);
});

test('today is the local day, not the UTC one', () => {
  expect(localDay(at('2026-12-06', 0, 5))).toBe('2026-12-06');
  expect(localDay(at('2026-12-06', 23, 55))).toBe('2026-12-06');
});

test('the background wakes at the reminder hour, then at every midnight', () => {
  expect(nextWake(at('2026-12-06', 7, 30))).toEqual(at('2026-12-06', 9));
  expect(nextWake(at('2026-12-06', 9))).toEqual(at('2026-12-07', 0));
  expect(nextWake(at('2026-12-06', 22))).toEqual(at('2026-12-07', 0));
  expect(nextWake(at('2026-12-31', 22))).toEqual(at('2027-01-01', 0));
  expect(nextWake(at('2026-12-07', 0))).toEqual(at('2026-12-07', 9));
});

test('a reminder covers what came due since the last one, once a day, from the reminder hour, only when on', () => {
  const off = { on: false, lastReminded: null };
  expect(reminderWindow(at('2026-12-06', 10), off)).toBeNull();
  const on = { on: true, lastReminded: '2026-12-05' };
  expect(reminderWindow(at('2026-12-06', 8, 59), on)).toBeNull();
  expect(reminderWindow(at('2026-12-06', 9), on)).toEqual({ after: '2026-12-05', upTo: '2026-12-06' });
  expect(reminderWindow(at('2026-12-06', 15), { on: true, lastReminded: '2026-12-06' })).toBeNull();
  // The computer was off for three days: nothing that came due meanwhile is skipped.
  expect(reminderWindow(at('2026-12-09', 9, 30), on)).toEqual({ after: '2026-12-05', upTo: '2026-12-09' });
});

test('turned on, reminders start with the next reminder hour, never with a burst of old follow-ups', () => {
  expect(remindersTurnedOn(at('2026-12-06', 8))).toEqual({ on: true, lastReminded: '2026-12-05' });
  expect(remindersTurnedOn(at('2026-12-06', 14))).toEqual({ on: true, lastReminded: '2026-12-06' });
  expect(reminderWindow(at('2026-12-06', 14, 1), remindersTurnedOn(at('2026-12-06', 14)))).toBeNull();
});

test("the reminder's words", () => {
  expect(reminderText(['Backend Engineer'])).toEqual({
    title: 'Jobmark: 1 follow-up due',
    message: "Backend Engineer. Open the dashboard's Due view to see them.",
  });
  expect(reminderText(['A', 'B', 'C', 'D', 'E']).message).toBe(
    "A; B; C, and 2 more. Open the dashboard's Due view to see them.",
  );
});
