// @vitest-environment jsdom
// The whole dashboard rendered against a fake DashboardApi: no extension, no
// database. What a person does (select, tag, undo, delete) reaches the api, and
// what the api answers (records, errors) is what the page shows.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test, vi } from 'vitest';
import type { Change, DashboardApi, Undone } from '../../src/dashboard/api';
import { Dashboard } from '../../src/dashboard/Dashboard';
import type { ImportPlan } from '../../src/export/merge';
import { addDays, localDay } from '../../src/model/due';
import { applyPatch } from '../../src/model/job-patch';
import { EMPTY_PROFILE } from '../../src/model/profile';
import type { SavedJob } from '../../src/model/saved-job';
import { makeJob } from '../export/make-job';

afterEach(() => {
  document.body.replaceChildren();
});

const NOTHING_TO_IMPORT: ImportPlan = {
  write: [],
  added: 0,
  updated: 0,
  unchanged: 0,
  examples: { added: [], updated: [] },
};

function fakeApi(jobs: SavedJob[], overrides: Partial<DashboardApi> = {}): DashboardApi {
  return {
    recent: async (n) => jobs.slice(0, n),
    readAll: async (onSlice) => onSlice(jobs),
    update: async (ids, patch) => {
      const before = jobs.filter((j) => ids.includes(j.id));
      return { before, after: before.map((j) => applyPatch(j, patch(j))) };
    },
    undoUpdate: async (change: Change): Promise<Undone> => ({ records: change.before, keptNewer: 0 }),
    remove: async (ids) => jobs.filter((j) => ids.includes(j.id)),
    undoRemove: async (removed) => ({ records: [...removed], keptNewer: 0 }),
    previewImport: async () => NOTHING_TO_IMPORT,
    importJobs: async () => NOTHING_TO_IMPORT,
    reminders: async () => false,
    setReminders: async (on) => on,
    rules: async () => [],
    removeRule: async () => [],
    profile: async () => EMPTY_PROFILE,
    saveProfile: async (profile) => profile,
    ...overrides,
  };
}

async function show(api: DashboardApi) {
  const root = document.body.appendChild(document.createElement('div'));
  await act(async () => render(<Dashboard api={api} />, root));
  // The first read, then the rest after a paint.
  for (let i = 0; i < 3; i++) await act(async () => new Promise((r) => setTimeout(r, 20)));
  return root;
}

const byText = (root: HTMLElement, selector: string, text: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent?.trim() === text);
const labelled = (root: HTMLElement, label: string) => root.querySelector<HTMLInputElement>(`[aria-label="${label}"]`);

test('select a job, tag it, undo: each step reaches the api and the table shows its answer', async () => {
  const jobs = [makeJob({ title: 'Backend Engineer' }), makeJob({ title: 'Data Engineer' })];
  const api = fakeApi(jobs);
  const update = vi.spyOn(api, 'update');
  const undo = vi.spyOn(api, 'undoUpdate');
  const root = await show(api);
  expect(root.textContent).toContain('Backend Engineer');

  await act(async () => labelled(root, 'Select Backend Engineer')?.click());
  const tag = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Tag')?.querySelector('input');
  await act(async () => {
    tag!.value = 'shortlist';
    tag!.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => byText(root, 'button', 'Add tag')?.click());
  expect(update).toHaveBeenCalledWith([jobs[0]!.id], expect.any(Function));
  expect(root.querySelector('[role="status"]')?.textContent).toContain('Tagged 1 job');
  expect(root.querySelector('tbody')?.textContent).toContain('shortlist');

  await act(async () => byText(root, 'button', 'Undo')?.click());
  expect(undo).toHaveBeenCalledTimes(1);
  expect(root.querySelector('[role="status"]')?.textContent).toContain('Undone.');
  expect(root.querySelector('tbody')?.textContent).not.toContain('shortlist');
});

test('an undo that finds a job changed elsewhere says it kept that job as it is', async () => {
  const jobs = [makeJob({ title: 'Backend Engineer' })];
  const root = await show(fakeApi(jobs, { undoRemove: async () => ({ records: [], keptNewer: 1 }) }));
  await act(async () => labelled(root, 'Select Backend Engineer')?.click());
  await act(async () => byText(root, 'button', 'Delete')?.click());
  await act(async () => byText(root, 'button', 'Undo')?.click());
  expect(root.querySelector('[role="status"]')?.textContent).toContain(
    'Undone, except 1 job changed elsewhere since: kept as it is now.',
  );
});

test('when the saved jobs cannot be read, the page says why and claims no empty list', async () => {
  const root = await show(
    fakeApi([], {
      recent: async () => {
        throw new Error('Your saved jobs were written by a newer version of Jobmark. Nothing was changed.');
      },
    }),
  );
  expect(root.querySelector('[role="alert"]')?.textContent).toContain('newer version of Jobmark');
  expect(root.textContent).not.toContain('No saved jobs yet');
});

const input = (el: HTMLInputElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};
const field = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll('label')]
    .find((l) => l.firstChild?.textContent?.trim() === label)
    ?.querySelector<HTMLInputElement | HTMLSelectElement>('input, select');
const count = (root: HTMLElement) => root.querySelector('[data-testid="result-count"]')?.textContent;

test('one job is "1 saved job"', async () => {
  const root = await show(fakeApi([makeJob({ title: 'Backend Engineer' })]));
  expect(count(root)).toBe('1 saved job');
});

test('the salary filter applies as you type, like every other filter, with no Enter or Tab', async () => {
  const base = makeJob().posting;
  const jobs = [
    makeJob({
      title: 'Well paid',
      posting: { ...base, salary: { min: 90000, max: 120000, currency: 'EUR', period: 'year' } },
    }),
    makeJob({
      title: 'Less paid',
      posting: { ...base, salary: { min: 30000, max: 40000, currency: 'EUR', period: 'year' } },
    }),
  ];
  const root = await show(fakeApi(jobs));
  expect(count(root)).toBe('2 saved jobs');
  await act(async () => input(field(root, 'Salary from (a year)') as HTMLInputElement, '80000'));
  expect(count(root)).toBe('1 of 2 saved jobs');
  expect(root.querySelector('tbody')?.textContent).toContain('Well paid');
});

test('"Copy as table" says in the status message that it copied', async () => {
  const writeText = vi.fn(async (_text: string) => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const root = await show(fakeApi([makeJob({ title: 'Backend Engineer' }), makeJob({ title: 'Data Engineer' })]));
  await act(async () => byText(root, 'button', 'Copy as table')?.click());
  expect(writeText).toHaveBeenCalledTimes(1);
  expect(root.querySelector('[role="status"]')?.textContent).toContain(
    'Copied 2 jobs as a table: paste into a spreadsheet.',
  );
});

test('follow-ups: a column and a filter in the table, and the Due view lists overdue and today first; Done clears one', async () => {
  const today = localDay();
  const jobs = [
    makeJob({ title: 'Later job', followUp: addDays(today, 30) }),
    makeJob({ title: 'Today job', followUp: today }),
    makeJob({ title: 'Overdue job', followUp: addDays(today, -2) }),
    makeJob({ title: 'No date' }),
  ];
  const api = fakeApi(jobs);
  const update = vi.spyOn(api, 'update');
  const root = await show(api);
  expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).toContain('Follow-up');
  const row = [...root.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes('Today job'));
  expect(row?.textContent).toContain(`${today} today`);
  await act(async () => {
    const select = field(root, 'Follow-up') as HTMLSelectElement;
    select.value = 'overdue';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(count(root)).toBe('1 of 4 saved jobs');

  const due = byText(root, 'nav button', 'Due (2)');
  expect(due).toBeDefined();
  await act(async () => due?.click());
  const headings = [...root.querySelectorAll('.due-view h3')].map((h) => h.textContent);
  expect(headings).toEqual(['Overdue 1', 'Due today 1', 'Later 1']);
  expect(root.querySelector('.due-view')?.textContent).not.toContain('No date');
  await act(async () => labelled(root, 'Done: Today job')?.click());
  expect(update).toHaveBeenCalledWith([jobs[1]!.id], expect.any(Function));
  expect(update.mock.calls[0]![1](jobs[1]!)).toEqual({ followUp: null });
  expect(root.querySelector('[role="status"]')?.textContent).toContain('Follow-up of “Today job” done.');
});

test('reminders: the switch asks through the api, and says when the browser said no', async () => {
  const setReminders = vi.fn(async () => false);
  const root = await show(fakeApi([makeJob({ followUp: localDay() })], { setReminders }));
  await act(async () => byText(root, 'nav button', 'Due (1)')?.click());
  await act(async () => {}); // the switch's state is read
  const box = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((b) =>
    b.closest('label')?.textContent?.includes('Remind me'),
  );
  expect(box?.checked).toBe(false);
  await act(async () => box?.click());
  expect(setReminders).toHaveBeenCalledWith(true);
  expect(box?.checked).toBe(false);
  expect(root.textContent).toContain('Your browser did not allow notifications, so reminders stay off.');
});
