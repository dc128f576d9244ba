// Jobs imported into the dashboard as a person imports a backup: through the
// file input, after the preview.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jobsToJson } from '../../src/export/json';
import { plural } from '../../src/model/plural';
import type { SavedJob } from '../../src/model/saved-job';
import type { Page } from './driver';

/** Write a backup file of `jobs` (in a folder of its own); returns its path. */
export function backupFile(jobs: readonly SavedJob[], name = 'jobs.json'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'jobmark-e2e-')), name);
  writeFileSync(file, jobsToJson(jobs));
  return file;
}

/** Import `jobs` into an empty dashboard, and wait until it lists them all. */
export async function importJobs(page: Page, jobs: readonly SavedJob[]): Promise<void> {
  await page.getByLabel('Import a file (Jobmark JSON backup or CSV)').setInputFiles(backupFile(jobs));
  await page.getByRole('button', { name: `Import ${plural(jobs.length, 'job')}`, exact: true }).click();
  await page
    .getByTestId('result-count')
    .filter({ hasText: new RegExp(`^${plural(jobs.length, 'saved job')}$`) })
    .waitFor();
}
