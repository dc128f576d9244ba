// @vitest-environment jsdom
// The panel's notes (issue 18): the fit and what changed, named notes whose words are no text of the page's document.
import { expect, test } from 'vitest';
import { PanelNotes } from '../../src/content/panel-notes';

test('each line a note named by its words, none of them text a page could search; nothing to say, no note', () => {
  const notes = new PanelNotes(document);
  document.body.append(notes.element);
  notes.show({
    fit: 'Your fit: 1 of 2 requirements, 1 deal-breaker\nDeal-breaker: No visa sponsorship, and you need it.',
    changed: 'Changed since you saved it: 1 requirement added',
  });
  const said = [...notes.element.querySelectorAll('[role="note"]')];
  expect(said.map((n) => [n.className, n.getAttribute('aria-label')])).toEqual([
    ['changed', 'Changed since you saved it: 1 requirement added'],
    ['fit', 'Your fit: 1 of 2 requirements, 1 deal-breaker'],
    ['breaker', 'Deal-breaker: No visa sponsorship, and you need it.'],
  ]);
  expect(said.every((n) => n.textContent === '')).toBe(true);
  notes.show(null);
  expect(notes.element.querySelectorAll('[role="note"]')).toHaveLength(0);
  notes.element.remove();
});
