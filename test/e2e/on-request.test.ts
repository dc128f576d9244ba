// On a site Jobmark does not read by itself (a company's own career page), nothing
// of Jobmark runs until the person asks: here by pressing the toolbar button, which
// grants activeTab for that tab, so the background can inject the page reader.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launch } from './browser';
import { fixturePage } from './pages';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const panelOf = (page: Page) => page.getByRole('region', { name: 'Jobmark' });
/** The reader marks the document's timeline each time it reads. */
const reads = (page: Page) => page.evaluate(() => performance.getEntriesByName('jobmark:read-start').length);

test('a career page is read only after the toolbar button, then annotated and saved from its panel', async () => {
  const vercel = fixturePage('company__vercel-infrastructure-engineer-us');
  await browser.serve(vercel.url, vercel.html);
  const page = await browser.context.newPage();
  await page.goto(vercel.url);
  await page.waitForTimeout(1_000);
  expect(await reads(page)).toBe(0);
  expect(await panelOf(page).count()).toBe(0);

  await browser.clickToolbarButton(page);
  await expect
    .poll(() => panelOf(page).getByRole('heading').first().textContent(), { timeout: 10_000 })
    .toContain('Infrastructure Engineer');
  expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  expect(await reads(page)).toBe(1);

  await panelOf(page).getByRole('button', { name: 'Save job' }).click();
  await expect.poll(() => panelOf(page).getByRole('button', { name: 'Saved' }).count()).toBe(1);
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
  expect(await panelOf(page).getByRole('button', { name: 'Save job' }).count()).toBe(0);
  await page.close();
});
