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
import { applyPatch } from '../../src/model/job-patch';
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
