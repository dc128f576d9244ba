// @vitest-environment jsdom
// A follow-up date never breaks inside the day ("2026-12-/06") nor inside its
// words, but the words may go below the day: the space between them is outside
// both unbreakable parts, so a narrow table column is as wide as a date, not as
// "2026-12-03 overdue".
import { render } from 'preact';
import { expect, test } from 'vitest';
import { DueDate } from '../../src/ui/DueDate';

test('the words beside a due date may wrap below it: the space is outside them', () => {
  const root = document.body.appendChild(document.createElement('div'));
  render(<DueDate day="2026-12-03" today="2026-12-06" />, root);
  expect(root.textContent).toBe('2026-12-03 overdue');
  expect(root.querySelector('time')?.textContent).toBe('2026-12-03');
  expect(root.querySelector('.due-words')?.textContent).toBe('overdue');
});
