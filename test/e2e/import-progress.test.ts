// A long import, with the built extension, as a person sees it: while the jobs are written a
// progress bar named for the file counts them, and Cancel import leaves the saved jobs exactly
// as they were (the write is one transaction, aborted).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { plural } from '../../src/model/plural';
import type { SavedJob } from '../../src/model/saved-job';
import { makeJob } from '../export/make-job';
import { backupFile } from './dashboard-page';
import { BROWSERS, type ExtensionBrowser, launchBrowser, type Page } from './driver';

const many = (n: number, site: string): SavedJob[] =>
  Array.from({ length: n }, (_, i) => makeJob({ title: `Job ${i}`, url: `https://${site}/jobs/${i}` }));

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser(name);
    page = await browser.openDashboard();
  });
  afterAll(() => browser?.close());

  const resultCount = (n: number) =>
    page
      .getByTestId('result-count')
      .filter({ hasText: new RegExp(`^${plural(n, 'saved job')}$`) })
      .waitFor();

  test('the import of 1,000 jobs shows the count written as it goes, then the result', async () => {
    // Every state the progress bar is drawn in, as the page draws it (each one, however quickly it passes).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role=progressbar], progress');
        const text = bar?.getAttribute('aria-valuetext');
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page
      .getByLabel('Import a file (Jobmark JSON backup or CSV)')
      .setInputFiles(backupFile(many(1_000, 'one.example.com'), 'thousand.json'));
    await page.getByRole('button', { name: 'Import 1,000 jobs', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Imported thousand.json: 1,000 new jobs' }).waitFor();
    await resultCount(1_000);
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen).toEqual([0, 250, 500, 750, 1_000].map((n) => `${n.toLocaleString('en-US')} of 1,000 jobs written`));
    await expect.poll(() => page.getByRole('progressbar').count()).toBe(0);
  });

  test('Cancel import while it is written: nothing is changed, and the page says so', async () => {
    // Another writer holds the jobs (as a save from a tab may, for a moment): the import waits behind it, its
    // bar at 0, so the click on Cancel comes while the import runs, however fast this machine is.
    await page.evaluate(
      () =>
        new Promise<void>((started, failed) => {
          const open = indexedDB.open('jobmark');
          open.onerror = () => failed(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction('jobs', 'readwrite').objectStore('jobs');
            let held = true;
            (window as unknown as { release: () => void }).release = () => {
              held = false;
            };
            const hold = () => {
              if (held) store.count().onsuccess = hold;
              else open.result.close();
            };
            store.count().onsuccess = () => {
              started();
              hold();
            };
          };
        }),
    );
    await page
      .getByLabel('Import a file (Jobmark JSON backup or CSV)')
      .setInputFiles(backupFile(many(40, 'two.example.com'), 'more.json'));
    await page.getByRole('button', { name: 'Import 40 jobs', exact: true }).click();
    const bar = page.getByRole('progressbar', { name: 'Importing more.json' });
    await bar.waitFor();
    expect(await bar.evaluate((el) => el.getAttribute('aria-valuetext'))).toBe('0 of 40 jobs written');
    await page.getByRole('button', { name: 'Cancel import', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Import of more.json cancelled: your saved jobs were not changed.' })
      .waitFor();
    await page.evaluate(() => (window as unknown as { release: () => void }).release());
    await expect.poll(() => bar.count()).toBe(0);
    // What the store holds, read again from nothing: the thousand jobs of the first import, not one more.
    await page.reload();
    await resultCount(1_000);
  });
});
