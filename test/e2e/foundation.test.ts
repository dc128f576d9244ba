import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launchBrowser } from './driver';
import { readShared, SEED_URL } from './pages';

declare const chrome: { alarms: { get(name: string): Promise<{ name: string } | undefined> } };

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the extension loads: its background runs and has set its alarm', async () => {
    expect(browser.extensionId).toMatch(name === 'chromium' ? /^[a-p]{32}$/ : /^jobmark@jobmark\.dev$/);
    await expect
      .poll(() => browser.inExtension(() => chrome.alarms.get('jobmark-due').then((a) => a?.name)))
      .toBe('jobmark-due');
  });

  test('the built manifest asks only for the job sites and gives pages no file to probe for', () => {
    const manifest = JSON.parse(readFileSync(join(browser.dist, 'manifest.json'), 'utf8'));
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
    browser.serve(SEED_URL, readShared('seed/datadog-lisbon.html'));
    const page = await browser.newPage();
    await page.goto(SEED_URL);
    const popup = await browser.openPopup(page);
    await expect
      .poll(async () => popup.getByRole('region', { name: 'This page' }).getByRole('heading').textContent())
      .toContain('Senior Software Engineer');
    await popup.close();
    await page.close();
  });

  test('the dashboard page renders', async () => {
    const page = await browser.openExtensionPage('src/dashboard/index.html');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Saved jobs');
    await page.close();
  });
});
