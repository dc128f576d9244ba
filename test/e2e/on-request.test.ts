// On a site Jobmark does not read by itself (a company's own career page), nothing
// of Jobmark runs until the person asks: here by pressing the toolbar button, which
// grants activeTab for that tab, so the background can inject the page reader.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launch } from './browser';
import { fixturePage } from './pages';
import { panelOf } from './panel';

// The extension API as the service worker sees it; only the call this file makes.
declare const chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The reader marks the document's timeline each time it reads. */
const reads = (page: Page) => page.evaluate(() => performance.getEntriesByName('jobmark:read-start').length);

test('a career page is read only after the toolbar button, then annotated and saved from its panel', async () => {
  const vercel = fixturePage('company__vercel-infrastructure-engineer-us');
  await browser.serve(vercel.url, vercel.html);
  const page = await browser.context.newPage();
  await page.goto(vercel.url);
  await page.waitForTimeout(1_000);
  expect(await reads(page)).toBe(0);
  expect(await panelOf(page).count('button')).toBe(0);

  await browser.clickToolbarButton(page);
  await expect.poll(() => panelOf(page).text(), { timeout: 10_000 }).toContain('Infrastructure Engineer');
  expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  expect(await reads(page)).toBe(1);

  await panelOf(page).click('button', 'Save job');
  await expect.poll(() => panelOf(page).count('button', 'Saved')).toBe(1);
  const popup = await browser.openPopup(page);
  await expect.poll(() => popup.getByText('Saved', { exact: true }).count()).toBe(1);
  await popup.close();
  await page.close();
});

test('the toolbar button on a page that is no posting reads it, and paints and offers nothing', async () => {
  const blog = fixturePage('NEG__blog-python-org');
  const url = 'https://example.net/articles/python-release';
  await browser.serve(url, blog.html);
  const page = await browser.context.newPage();
  await page.goto(url);
  await browser.clickToolbarButton(page);
  await expect.poll(() => reads(page), { timeout: 10_000 }).toBe(1);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  expect(await panelOf(page).count('button', 'Save job')).toBe(0);
  await page.close();
});

// The context menu "Save job posting" and the keyboard shortcut grant activeTab as the button
// does; the browser offers tests no way to press them, so this sends the page what their
// handlers in src/background/index.ts send (through readTab): read, and save or say there is none.
const askAsMenuOrShortcut = (tabId: number, save: boolean) =>
  browser.worker.evaluate(
    ([id, andSave]) =>
      chrome.tabs.sendMessage(id, {
        jobmark: 'content/read',
        req: { force: true, tellIfNone: true, save: andSave },
      }),
    [tabId, save] as const,
  );

test('"Save job posting" saves the page it was chosen on; the shortcut on a page with no posting says so', async () => {
  const databricks = fixturePage('company__databricks-sr-staff-tpm-reliability');
  await browser.serve(databricks.url, databricks.html);
  const page = await browser.context.newPage();
  await page.goto(databricks.url);
  await browser.clickToolbarButton(page);
  await expect.poll(() => panelOf(page).count('button', 'Save job'), { timeout: 10_000 }).toBe(1);
  await askAsMenuOrShortcut(await browser.tabIdOf(page), true);
  await expect.poll(() => panelOf(page).count('button', 'Saved')).toBe(1);
  const popup = await browser.openPopup(page);
  await expect.poll(() => popup.getByText('Saved', { exact: true }).count()).toBe(1);
  await popup.close();
  await page.close();

  const blog = fixturePage('NEG__blog-python-org');
  const other = 'https://example.net/articles/python-release-shortcut';
  await browser.serve(other, blog.html);
  const article = await browser.context.newPage();
  await article.goto(other);
  await browser.clickToolbarButton(article);
  await expect.poll(() => reads(article), { timeout: 10_000 }).toBe(1);
  await askAsMenuOrShortcut(await browser.tabIdOf(article), false);
  await expect.poll(() => panelOf(article).text()).toContain('Jobmark found no job posting on this page.');
  expect(await article.evaluate(() => CSS.highlights.size)).toBe(0);
  await article.close();
});
