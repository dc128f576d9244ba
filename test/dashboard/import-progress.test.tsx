// @vitest-environment jsdom
// While an import is written the panel shows a progress bar named for the file, with the
// count written, and a Cancel button whose click reaches the api's signal; a cancelled
// import says that nothing was changed.
import { getByRole, queryByRole } from '@testing-library/dom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import type { DashboardApi, ImportProgress } from '../../src/dashboard/api';
import { ImportPanel } from '../../src/dashboard/ImportPanel';
import { jobsToJson } from '../../src/export/json';
import { planImport } from '../../src/export/merge';
import { ImportCancelled } from '../../src/model/import-cancelled';
import type { SavedJob } from '../../src/model/saved-job';
import { makeJob } from '../export/make-job';

afterEach(() => {
  document.body.replaceChildren();
});

const jobs = Array.from({ length: 3 }, () => makeJob());
const settle = () => act(async () => new Promise((r) => setTimeout(r, 10)));

/** The panel, with an api whose import reports 2 of 3 written and then waits, as a long import does. */
async function importing() {
  let progress: ImportProgress | undefined;
  const api = {
    previewImport: async (incoming: readonly SavedJob[]) => planImport([], incoming),
    importJobs: (_jobs: readonly SavedJob[], _rules: unknown, _profile: unknown, given?: ImportProgress) => {
      progress = given;
      given?.onProgress?.(2, 3);
      return new Promise((_, reject) => given?.signal?.addEventListener('abort', () => reject(new ImportCancelled())));
    },
  } as unknown as DashboardApi;
  const root = document.body.appendChild(document.createElement('div'));
  await act(async () => render(<ImportPanel api={api} saved={[]} onImported={() => {}} />, root));
  const input = root.querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File([jobsToJson(jobs)], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
  await act(async () => getByRole(root, 'button', { name: 'Import 3 jobs' }).click());
  await settle();
  return { root, progress: () => progress };
}

test('the progress bar is named for the file and says the count written', async () => {
  const { root } = await importing();
  const bar = getByRole(root, 'progressbar', { name: 'Importing backup.json' });
  expect(bar.getAttribute('aria-valuetext')).toBe('2 of 3 jobs written');
  expect((bar as HTMLProgressElement).value).toBe(2);
  expect((bar as HTMLProgressElement).max).toBe(3);
  expect(root.textContent).toContain('Importing backup.json: 2 of 3 jobs written');
});

test('Cancel import aborts the write and says nothing was changed', async () => {
  const { root, progress } = await importing();
  await act(async () => getByRole(root, 'button', { name: 'Cancel import' }).click());
  await settle();
  expect(progress()?.signal?.aborted).toBe(true);
  expect(queryByRole(root, 'progressbar')).toBeNull();
  expect(getByRole(root, 'status').textContent).toContain(
    'Import of backup.json cancelled: your saved jobs were not changed.',
  );
});
