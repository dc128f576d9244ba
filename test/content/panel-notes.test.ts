// @vitest-environment jsdom
// The panel's notes (issue 18): the fit, each item's fit and what changed, named nodes whose words are no
// text of the page's document (window.find cannot search them).
import { expect, test } from 'vitest';
import { PanelNotes } from '../../src/content/panel-notes';
import type { PageNotes } from '../../src/model/page-notes';

const NOTES: PageNotes = {
  fit: 'Your fit: 1 of 2 requirements, 1 deal-breaker\nDeal-breaker: No visa sponsorship, and you need it.',
  items: [
    { part: 'requirements', verdict: 'met', said: 'Met: Experience with Go (Go: you have it)' },
    {
      part: 'requirements',
      verdict: 'not-met',
      said: 'Not met: Fluent German (German: not among the languages you speak)',
    },
    { part: 'niceToHave', verdict: 'unknown', said: 'For you to judge: A sense of humour' },
  ],
  changed: 'Changed since you saved it: 1 requirement added',
};

const noText = (root: Element) => [...root.querySelectorAll('*:not(style)')].every((n) => n.textContent === '');

test('each line a note named by its words, none of them text a page could search; nothing to say, no note', () => {
  const notes = new PanelNotes(document);
  document.body.append(notes.element);
  notes.show(NOTES);
  const said = [...notes.element.querySelectorAll('[role="note"]')];
  expect(said.map((n) => [n.className, n.getAttribute('aria-label')])).toEqual([
    ['changed', 'Changed since you saved it: 1 requirement added'],
    ['fit', 'Your fit: 1 of 2 requirements, 1 deal-breaker'],
    ['breaker', 'Deal-breaker: No visa sponsorship, and you need it.'],
  ]);
  expect(noText(notes.element)).toBe(true);
  notes.show(null);
  expect(notes.element.querySelectorAll('[role="note"], button, li')).toHaveLength(0);
  notes.element.remove();
});

test("each item's fit, by part, behind a button that opens them; they stay open when the page is read again", () => {
  const notes = new PanelNotes(document);
  document.body.append(notes.element);
  notes.show(NOTES);
  const button = notes.element.querySelector('button')!;
  expect(button.getAttribute('aria-label')).toBe('How each item fits you');
  expect(button.getAttribute('aria-expanded')).toBe('false');
  const lists = notes.element.querySelector(`#${button.getAttribute('aria-controls')}`) as HTMLElement;
  expect(lists.hidden).toBe(true);
  button.click();
  expect(button.getAttribute('aria-expanded')).toBe('true');
  expect(lists.hidden).toBe(false);
  const parts = [...lists.querySelectorAll('ul')].map((ul) => [
    ul.getAttribute('aria-label'),
    [...ul.querySelectorAll('li')].map((li) => [li.className, li.getAttribute('aria-label')]),
  ]);
  expect(parts).toEqual([
    [
      'Requirements',
      [
        ['met', 'Met: Experience with Go (Go: you have it)'],
        ['not-met', 'Not met: Fluent German (German: not among the languages you speak)'],
      ],
    ],
    ['Nice to have', [['unknown', 'For you to judge: A sense of humour']]],
  ]);
  // Nothing the person's profile says, not even that there is one, is text of the document.
  expect(noText(notes.element)).toBe(true);
  // Read again (a page that changes): the items stay open, with the new reading's items.
  notes.show({ ...NOTES, items: NOTES.items.slice(0, 1) });
  const again = notes.element.querySelector('button')!;
  expect(again.getAttribute('aria-expanded')).toBe('true');
  expect([...notes.element.querySelectorAll('li')].map((li) => li.getAttribute('aria-label'))).toEqual([
    'Met: Experience with Go (Go: you have it)',
  ]);
  again.click();
  expect((notes.element.querySelector(`#${again.getAttribute('aria-controls')}`) as HTMLElement).hidden).toBe(true);
  notes.element.remove();
});
