// @vitest-environment jsdom
// Changed since saved and closed, in the dashboard: the filters, the table's word, and the job view's differences.
import { render } from 'preact';
import { expect, test } from 'vitest';
import { entryOf } from '../../src/dashboard/entries';
import { filterEntries, NO_FILTERS, shortlistName } from '../../src/dashboard/filter';
import { Revisits } from '../../src/dashboard/Revisits';
import { makeJob } from '../export/make-job';

const plain = makeJob({ title: 'Plain' });
const base = makeJob({ title: 'Changed' });
const changed = {
  ...base,
  revisits: [
    {
      at: '2026-11-22T10:00:00.000Z',
      posting: {
        ...base.posting,
        salary: { min: 65000, max: 75000, currency: 'EUR', period: 'year' as const },
        salaryText: '€65k–75k',
        requirements: [...base.posting.requirements, 'Fluent German'],
      },
    },
  ],
};
const closed = { ...makeJob({ title: 'Closed' }), closedAt: '2026-11-25T10:00:00.000Z' };
const entries = [plain, changed, closed].map(entryOf);
const titles = (f: Partial<typeof NO_FILTERS>) =>
  filterEntries(entries, { ...NO_FILTERS, ...f }).map((e) => e.job.posting.title);

test('the filters: changed since saved, and closed', () => {
  expect(titles({ changed: true })).toEqual(['Changed']);
  expect(titles({ closed: true })).toEqual(['Closed']);
  expect(titles({})).toEqual(['Plain', 'Changed', 'Closed']);
  expect(shortlistName({ ...NO_FILTERS, changed: true, closed: true })).toBe('Shortlist: changed since saved, closed');
});

test('the job view says what changed, with its date and each item, and that the posting closed', () => {
  const root = document.body.appendChild(document.createElement('div'));
  render(<Revisits job={changed} />, root);
  const section = root.querySelector('section[aria-label="Since you saved it"]');
  expect(section?.querySelector('li')?.textContent).toBe(
    '2026-11-22: Pay changed: €60k–80k → €65k–75k; 1 requirement addedAdded requirement: Fluent German',
  );
  render(<Revisits job={closed} />, root);
  expect(root.textContent).toContain('Posting closed: its page held no posting on 2026-11-25.');
  render(<Revisits job={plain} />, root);
  expect(root.textContent).toBe('');
});
