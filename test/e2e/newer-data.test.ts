// Saved jobs written by a newer Jobmark (a profile or backup from a later
// release, then an older Jobmark installed): every page says what happened and
// what to do, claims nothing else ("not a posting", "no jobs saved"), and
// touches nothing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launchBrowser } from './driver';
import { seedPage } from './pages';

declare const indexedDB: IDBFactory;

const seed = seedPage();
const NEWER = 99;
const SAYS = /newer version of Jobmark.*Update Jobmark.*Nothing was changed/;

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
    browser.serve(seed.url, seed.html);
    // The newer release's database, in the extension's origin, with a store this code does not know.
    await browser.inExtension(
      (version) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('jobmark', version);
          open.onupgradeneeded = () => {
            open.result.createObjectStore('jobs', { keyPath: 'id' }).put({ id: 'from-the-future', url: 'https://x' });
            open.result.createObjectStore('somethingNew');
          };
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
          open.onerror = () => reject(open.error);
        }),
      NEWER,
    );
  });
  afterAll(() => browser?.close());

  test('a database from a newer Jobmark: the dashboard, popup and page panel say so and change nothing', async () => {
    const dashboard = await browser.openExtensionPage('src/dashboard/index.html');
    await expect.poll(() => dashboard.getByRole('alert').textContent()).toMatch(SAYS);
    expect(await dashboard.getByText(/No jobs saved yet|no saved jobs/i).count()).toBe(0);
    expect(await dashboard.getByText('VersionError').count()).toBe(0);

    const page = await browser.newPage();
    await page.goto(seed.url);
    await expect.poll(() => page.panel.text()).toMatch(SAYS);

    const popup = await browser.openPopup(page);
    await expect.poll(() => popup.getByRole('alert').first().textContent()).toMatch(SAYS);
    expect(await popup.getByText('This page is not a job posting.').count()).toBe(0);
    expect(await popup.getByText('No jobs saved yet.').count()).toBe(0);
    expect(await popup.getByText(/older version open/).count()).toBe(0);

    // Untouched: the same version, stores and record.
    const after = await dashboard.evaluate(
      () =>
        new Promise<{ version: number; stores: string[]; ids: unknown[] }>((resolve, reject) => {
          const open = indexedDB.open('jobmark');
          open.onsuccess = () => {
            const db = open.result;
            const all = db.transaction('jobs').objectStore('jobs').getAllKeys();
            all.onsuccess = () => {
              resolve({ version: db.version, stores: [...db.objectStoreNames], ids: all.result });
              db.close();
            };
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(after).toEqual({ version: NEWER, stores: ['jobs', 'somethingNew'], ids: ['from-the-future'] });
    await popup.close();
    await page.close();
    await dashboard.close();
  });
});
