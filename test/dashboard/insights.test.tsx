// @vitest-environment jsdom
// The Insights view renders in a plain DOM: every chart is an image named by
// what it shows, with its numbers as a real table and a CSV of the same rows.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import { Insights } from '../../src/dashboard/insights/Insights';
import { jobWith } from '../export/insights/history-of';
import { makeJob } from '../export/make-job';

const download = vi.hoisted(() => vi.fn());
vi.mock('../../src/dashboard/download', async (original) => ({
  ...(await original<typeof import('../../src/dashboard/download')>()),
  downloadText: download,
}));

afterEach(() => {
  document.body.replaceChildren();
});

const jobs = [
  jobWith(['saved@2026-03-02']),
  jobWith(['saved@2026-03-02', 'applied@2026-03-03', 'interviewing@2026-03-10']),
  // A place is a stranger's text: it is drawn as text, never as HTML.
  jobWith(['saved@2026-03-02', 'applied@2026-03-04'], {
    posting: { ...makeJob().posting, locations: ['<img src=x onerror=alert(1)>'] },
  }),
];

function show(complete = true) {
  const root = document.body.appendChild(document.createElement('div'));
  act(() => render(<Insights jobs={jobs} complete={complete} />, root));
  return root;
}

const figure = (root: HTMLElement, title: string) =>
  [...root.querySelectorAll('figure')].find((f) => f.querySelector('h3')?.textContent === title)!;

test('every chart is an image with a summary, a title, and its numbers in a table with a caption', () => {
  const root = show();
  const figures = [...root.querySelectorAll('figure')];
  expect(figures.map((f) => f.querySelector('h3')?.textContent)).toEqual([
    'From saved to offer',
    'Applications per week',
    'Answers and silence',
    'Days to the first answer',
    'Time in each stage',
    'Remote, hybrid or on-site',
    'Places',
    'Salaries by currency and period',
  ]);
  for (const f of figures) {
    const svg = f.querySelector('svg[role="img"]')!;
    expect(svg.getAttribute('aria-label')).toBeTruthy();
    expect(svg.querySelector('title')?.textContent).toBe(svg.getAttribute('aria-label'));
    expect(f.querySelector('table caption')?.textContent).toBe(f.querySelector('h3')?.textContent);
  }
  const funnel = figure(root, 'From saved to offer');
  expect(funnel.querySelector('svg')?.getAttribute('aria-label')).toBe(
    'Funnel: 3 saved, 2 applied (66.7%), 1 interviewing (33.3%), 0 offer (0%).',
  );
  expect([...funnel.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual([
    'saved3100%',
    'applied266.7%',
    'interviewing133.3%',
    'offer00%',
  ]);
  expect(root.querySelector('img')).toBeNull();
  expect(figure(root, 'Places').textContent).toContain('<img src=x onerror=alert(1)>');
});

test('the numbers are out of sight until asked for, and the CSV is the same rows', () => {
  const root = show();
  const funnel = figure(root, 'From saved to offer');
  const table = funnel.querySelector('table')!;
  const toggle = [...funnel.querySelectorAll('button')].find((b) => b.textContent === 'Show the numbers')!;
  expect(table.classList.contains('visually-hidden')).toBe(true);
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  act(() => toggle.click());
  expect(table.classList.contains('visually-hidden')).toBe(false);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect(toggle.textContent).toBe('Hide the numbers');

  act(() => funnel.querySelector<HTMLButtonElement>('button[aria-label="Download CSV: From saved to offer"]')!.click());
  const [name, text, type] = download.mock.calls[0]!;
  expect(name).toMatch(/^jobmark-insights-from-saved-to-offer-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(text).toBe(
    '\uFEFFstage,jobs,percent_of_saved\r\nsaved,3,100\r\napplied,2,66.7\r\ninterviewing,1,33.3\r\noffer,0,0\r\n',
  );
  expect(type).toBe('text/csv;charset=utf-8');
});

test('nothing is charted before every job is read', () => {
  const root = show(false);
  expect(root.querySelector('figure')).toBeNull();
  expect(root.textContent).toContain('Counting your saved jobs');
});
