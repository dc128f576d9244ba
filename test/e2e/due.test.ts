// What is due, with the built extension: a follow-up set for
// today shows on the toolbar badge (of every tab without a saved posting), in
// the dashboard's Due view and table, and in the popup on a page that is no
// posting; the alarm behind the reminders is set, and the alarms permission
// adds no warning at install (asked of Chromium) while notifications stay optional.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeJob } from '../export/make-job';
import { importJobs } from './dashboard-page';
import { BROWSERS, type ExtensionBrowser, launchBrowser, type Page } from './driver';
import { seedPage } from './pages';

// The extension API as the extension sees it; only the calls this test makes.
declare const chrome: {
  action: { getBadgeText(q: { tabId?: number }): Promise<string>; getTitle(q: { tabId?: number }): Promise<string> };
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  permissions: { contains(p: { permissions: string[] }): Promise<boolean> };
  management: { getPermissionWarningsByManifest(manifest: string): Promise<string[]> };
};

const seed = seedPage();
const PLAIN = 'https://example.org/not-a-job';

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  let dashboard: Page;
  /** The browser's local day: what "today" is to the extension. */
  let today: string;

  beforeAll(async () => {
    browser = await launchBrowser(name);
    browser.serve(seed.url, seed.html);
    browser.serve(PLAIN, '<!doctype html><title>Weather</title><h1>Sunny</h1>');
    dashboard = await browser.openDashboard();
    const days = await dashboard.evaluate(() =>
      [0, 3].map((back) => {
        const d = new Date(Date.now() - back * 86_400_000);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      }),
    );
    today = days[0]!;
    const threeDaysAgo = days[1]!;
    await importJobs(dashboard, [
      makeJob({ title: 'Call back Acme', url: 'https://jobs.example.com/acme' }),
      makeJob({ title: 'Chase Beta', url: 'https://jobs.example.com/beta', followUp: threeDaysAgo }),
      makeJob({ title: 'No date', url: 'https://jobs.example.com/none' }),
    ]);
  });
  afterAll(() => browser?.close());

  const badge = (tabId?: number) =>
    browser.inExtension((id) => chrome.action.getBadgeText(id === undefined ? {} : { tabId: id }), tabId);

  test('a follow-up set for today: the badge counts it with the overdue one, on every tab without a saved posting', async () => {
    // The import told the background: the overdue follow-up is counted.
    await expect.poll(() => badge()).toBe('1');
    await dashboard.getByRole('rowheader').getByRole('button', { name: 'Call back Acme', exact: true }).click();
    const view = dashboard.getByRole('dialog');
    await view.getByLabel('Follow up on').fill(today);
    await expect.poll(() => dashboard.getByRole('status').textContent()).toContain('Saved.');
    await view.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => badge()).toBe('2');
    expect(await browser.inExtension(() => chrome.action.getTitle({}))).toBe('Jobmark: 2 follow-ups due');

    // A page that is not a posting, and a posting not saved: the count shows there too.
    const plain = await browser.newPage();
    await plain.goto(PLAIN);
    expect(await badge(await browser.tabIdOf(plain))).toBe('2');
    const posting = await browser.newPage();
    await posting.goto(seed.url);
    await expect.poll(() => posting.panel.count('button', 'Save job')).toBe(1);
    await expect.poll(async () => badge(await browser.tabIdOf(posting))).toBe('2');
    // Saved, the posting's tab shows its check mark instead.
    await posting.panel.click('button', 'Save job');
    await expect.poll(async () => badge(await browser.tabIdOf(posting))).toBe('✓');
    expect(await badge(await browser.tabIdOf(plain))).toBe('2');
    await posting.close();

    // The popup on the page that is no posting says what is due today, each a link into the dashboard.
    const popup = await browser.openPopup(plain);
    const due = popup.getByRole('list', { name: 'Follow-ups due today' });
    await expect.poll(() => due.getByRole('link').allTextContents()).toEqual(['Chase Beta', 'Call back Acme']);
    // Its link opens the dashboard on that job.
    const opened = await browser.waitForNewPage(() => due.getByRole('link', { name: 'Call back Acme' }).click());
    await opened.getByRole('dialog').getByRole('heading', { name: 'Call back Acme' }).waitFor();
    expect(await opened.getByRole('dialog').getByLabel('Follow up on').inputValue()).toBe(today);
    await opened.close();
    await popup.close();
    await plain.close();
  });

  test('the Due view lists overdue and today first; the table shows the date, sorts and filters by it', async () => {
    await dashboard.bringToFront();
    await dashboard.getByRole('button', { name: 'Due (2)' }).click();
    const overdue = dashboard.getByRole('region', { name: /^Overdue/ });
    const dueToday = dashboard.getByRole('region', { name: /^Due today/ });
    await expect
      .poll(() => dueToday.getByRole('listitem').allTextContents())
      .toEqual([expect.stringContaining('Call back Acme')]);
    expect(await overdue.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Chase Beta')]);
    expect(await dashboard.getByRole('region', { name: 'Follow-ups' }).textContent()).not.toContain('No date');
    expect(await dashboard.getByRole('checkbox', { name: /Remind me/ }).isChecked()).toBe(false);

    await dashboard.getByRole('button', { name: 'Table', exact: true }).click();
    const row = dashboard.getByRole('row').filter({ hasText: 'Call back Acme' });
    expect(await row.getByRole('cell').allTextContents()).toContain(`${today} today`);
    // Overdue, then today's, then the jobs without a follow-up: No date, and the posting saved from
    // its panel above (the dashboard read the store again when it came back to the front).
    await dashboard.getByRole('button', { name: 'Follow-up', exact: true }).click();
    await expect
      .poll(async () => (await dashboard.getByRole('rowheader').allTextContents()).slice(0, 2))
      .toEqual(['Chase Beta', 'Call back Acme']);
    await expect
      .poll(async () => (await dashboard.getByRole('rowheader').allTextContents()).slice(2).sort())
      .toEqual(['No date', 'Senior Software Engineer - Distributed Systems (Lisbon)']);
    await dashboard.getByRole('combobox', { name: 'Follow-up' }).selectOption('today');
    await expect.poll(() => dashboard.getByTestId('result-count').textContent()).toBe('1 of 4 saved jobs');
    await dashboard.getByRole('combobox', { name: 'Follow-up' }).selectOption('overdue');
    await expect.poll(() => dashboard.getByRole('rowheader').allTextContents()).toEqual(['Chase Beta']);
    await dashboard.getByRole('button', { name: 'Clear filters' }).click();

    // Done: the follow-up is cleared, and the badge counts one less.
    await dashboard.getByRole('button', { name: 'Due (2)' }).click();
    await dashboard.getByRole('button', { name: 'Done: Chase Beta' }).click();
    await expect.poll(() => dashboard.getByRole('status').textContent()).toContain('Follow-up of “Chase Beta” done.');
    await expect.poll(() => badge()).toBe('1');
    await dashboard.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => badge()).toBe('2');
  });

  test('the reminders alarm is set, and notifications are only optional', async () => {
    const alarm = await browser.inExtension(() => chrome.alarms.get('jobmark-due'));
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now());
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + 86_400_000);
    expect(await browser.inExtension(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(
      false,
    );
    const manifest = JSON.parse(readFileSync(join(browser.dist, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toContain('alarms');
    expect(manifest.optional_permissions).toEqual(['notifications']);
  });

  // Firefox has no API that lists a manifest's install warnings (getPermissionWarningsByManifest is
  // Chromium's), so this is asked of Chromium only.
  test.skipIf(name === 'firefox')('alarms warn of nothing at install, and notifications would', async () => {
    const manifest = JSON.parse(readFileSync(join(browser.dist, 'manifest.json'), 'utf8'));
    const warnings = (m: unknown) =>
      browser.inExtension((text) => chrome.management.getPermissionWarningsByManifest(text), JSON.stringify(m));
    const without = { ...manifest, permissions: manifest.permissions.filter((p: string) => p !== 'alarms') };
    expect(await warnings(manifest)).toEqual(await warnings(without));
    // What notifications would add, had they been asked for at install.
    const withNotifications = { ...manifest, permissions: [...manifest.permissions, 'notifications'] };
    expect((await warnings(withNotifications)).length).toBeGreaterThan((await warnings(manifest)).length);
  });
});
