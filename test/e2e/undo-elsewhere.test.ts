// Undo in the dashboard reverses only its own change: a status set in the popup
// after the dashboard's change stays, and the dashboard shows it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launchBrowser } from './driver';
import { seedPage } from './pages';

const seed = seedPage();
const TITLE = 'Senior Software Engineer - Distributed Systems (Lisbon)';

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
    browser.serve(seed.url, seed.html);
  });
  afterAll(() => browser?.close());

  test('tags set in the dashboard, status changed in the popup, Undo in the dashboard: the status change stays', async () => {
    const page = await browser.newPage();
    await page.goto(seed.url);
    await page.panel.click('button', 'Save job');
    await expect.poll(() => page.panel.count('button', 'Saved')).toBe(1);

    const dashboard = await browser.openExtensionPage('src/dashboard/index.html');
    await dashboard.getByRole('checkbox', { name: `Select ${TITLE}` }).check();
    await dashboard.getByRole('textbox', { name: 'Tag' }).fill('shortlist');
    await dashboard.getByRole('button', { name: 'Add tag' }).click();
    await expect.poll(() => dashboard.getByRole('status').textContent()).toMatch(/Tagged 1 job/);

    const popup = await browser.openPopup(page);
    await expect.poll(() => popup.getByRole('combobox', { name: 'Tags' }).inputValue()).toBe('shortlist');
    await popup.getByRole('combobox', { name: 'Status' }).selectOption('interviewing');
    await expect.poll(() => page.panel.names('button')).toContain('Saved · interviewing');
    await popup.close();

    await dashboard.bringToFront();
    await dashboard.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => dashboard.getByRole('status').textContent()).toMatch(/^Undone\./);
    const row = dashboard.getByRole('row').filter({ hasText: TITLE });
    await expect.poll(() => row.textContent()).toContain('interviewing');
    expect(await row.textContent()).not.toContain('shortlist');

    const again = await browser.openPopup(page);
    await expect.poll(() => again.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('interviewing');
    expect(await again.getByRole('combobox', { name: 'Tags' }).inputValue()).toBe('');
    await again.close();
    await dashboard.close();
    await page.close();
  });
});
