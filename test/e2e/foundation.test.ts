import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launch, readShared, SEED_URL } from './browser';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('the extension loads: its service worker runs', () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
});

test('the content script reads a job page served under its real URL, and the popup shows it', async () => {
  await browser.serve(SEED_URL, readShared('seed/datadog-lisbon.html'));
  const page = await browser.context.newPage();
  await page.goto(SEED_URL);
  const popup = await browser.openPopup(page);
  await expect
    .poll(async () => popup.getByRole('region', { name: 'This page' }).getByRole('heading').textContent(), {
      timeout: 10_000,
    })
    .toContain('Senior Software Engineer');
  await popup.close();
  await page.close();
});

test('the dashboard page renders', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/dashboard/index.html`);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Saved jobs');
  await page.close();
});
