// @vitest-environment jsdom
// The Due view lists a group's first hundred follow-ups and adds more on request:
// thousands of them drawn at once made the view slow to open (npm run bench).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { Due } from '../../src/dashboard/Due';
import { addDays, localDay } from '../../src/model/due';
import { makeJob } from '../export/make-job';

afterEach(() => {
  document.body.replaceChildren();
});

test('a group shows 100 follow-ups, then 100 more each time "Show more" is pressed', async () => {
  const yesterday = addDays(localDay(), -1);
  const jobs = Array.from({ length: 250 }, (_, i) => makeJob({ title: `Overdue ${i}`, followUp: yesterday }));
  const root = document.body.appendChild(document.createElement('div'));
  await act(async () =>
    render(
      <Due
        jobs={jobs}
        onOpen={() => {}}
        onDone={() => {}}
        reminders={async () => false}
        setReminders={async (on) => on}
      />,
      root,
    ),
  );
  const items = () => root.querySelectorAll('.due-group-overdue li').length;
  const more = () => [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show more'));
  expect(root.querySelector('#due-overdue')?.textContent).toBe('Overdue 250');
  expect(items()).toBe(100);
  expect(more()?.textContent).toBe('Show more (150)');
  await act(async () => more()!.click());
  expect(items()).toBe(200);
  await act(async () => more()!.click());
  expect(items()).toBe(250);
  expect(more()).toBeUndefined();
});
