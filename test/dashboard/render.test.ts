// @vitest-environment jsdom
// The dashboard's parts render in a plain DOM, without an extension behind them.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { Board } from '../../src/dashboard/Board';
import { entryOf } from '../../src/dashboard/entries';
import { JobView } from '../../src/dashboard/JobView';
import { DEFAULT_SORT } from '../../src/dashboard/sort';
import { Table } from '../../src/dashboard/Table';
import { makeJob } from '../export/make-job';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});

const hostile = makeJob({
  title: '<img src=x onerror=alert(1)>',
  notes: '<script>alert(2)</script>',
  posting: {
    ...makeJob().posting,
    description: '<b>bold?</b> <script>alert(3)</script>',
    requirements: ['<a href="javascript:x">link</a>'],
  },
});

test('the table marks the sorted column with aria-sort and pages its rows', () => {
  const el = root();
  const onSort = vi.fn();
  const entries = Array.from({ length: 5 }, () => entryOf(makeJob()));
  act(() => {
    render(
      h(Table, {
        entries,
        limit: 3,
        onMore: () => {},
        sort: DEFAULT_SORT,
        onSort,
        selected: new Set<string>(),
        onSelect: () => {},
        onOpen: () => {},
        withFit: false,
      }),
      el,
    );
  });
  const headers = [...el.querySelectorAll('thead th[aria-sort]')];
  expect(headers.map((th) => th.getAttribute('aria-sort'))).toContain('descending');
  expect(el.querySelectorAll('tbody tr')).toHaveLength(3);
  expect(el.textContent).toContain('Show more (2 not shown)');
  act(() => (headers[0]!.querySelector('button') as HTMLButtonElement).click());
  expect(onSort).toHaveBeenCalledWith({ key: 'title', descending: false });
});

test('posting text is shown as text, never as HTML', () => {
  const el = root();
  act(() => {
    render(h(JobView, { job: hostile, onChange: async () => {}, onCorrect: async () => {}, onClose: () => {} }), el);
  });
  expect(el.querySelector('img, script, b, a[href^="javascript"]')).toBeNull();
  expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  expect(el.textContent).toContain('<b>bold?</b>');
  expect(el.querySelector('textarea')?.value).toBe('<script>alert(2)</script>');
});

test('a board card moves to the next status with the arrow key', () => {
  const el = root();
  const onMove = vi.fn();
  const job = makeJob({ title: 'Card' });
  act(() => {
    render(h(Board, { entries: [entryOf(job)], onMove, onOpen: () => {} }), el);
  });
  const button = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Card')!;
  act(() => {
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
  });
  expect(onMove).toHaveBeenCalledWith(job.id, 'applied');
  expect(el.querySelector('section[aria-label^="saved: 1"]')).not.toBeNull();
});
