import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST, type ExtensionBrowser, launch, readShared, SEED_URL } from './browser';

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

test('the built manifest asks only for the job sites and gives pages no file to probe for', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  const matches = manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches);
  expect(manifest.host_permissions).toEqual(matches);
  expect(manifest.host_permissions).not.toContain('<all_urls>');
  expect(manifest.web_accessible_resources).toBeUndefined();
  // alarms: the due count on the badge turns over at midnight (no install warning); notifications
  // are asked for only when the person turns reminders on.
  expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'alarms']);
  expect(manifest.optional_permissions).toEqual(['notifications']);
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
