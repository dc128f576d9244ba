// A person on real job pages: the posting is annotated without changing the
// page's text, saved from the page panel and from the popup, tracked in the
// popup, and still there after the browser restarts with the same profile.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launch } from './browser';
import { fixturePage, pageText, type ServedPage, seedPage } from './pages';
import { panelOf } from './panel';

declare const chrome: { action: { getBadgeText(q: { tabId: number }): Promise<string> } };

let browser: ExtensionBrowser;
const seed = seedPage();
const greenhouse = fixturePage('greenhouse__anthropic-tpm-infrastructure');

async function start(profile?: string) {
  browser = await launch(profile ? { profile } : {});
  for (const page of [seed, greenhouse]) await browser.serve(page.url, page.html);
  // The same page where Jobmark does not run by itself: what the page's text is without it.
  await browser.serve('https://example.org/copy-of-seed', seed.html);
}

beforeAll(() => start());
afterAll(() => browser?.close());

async function open(served: ServedPage): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(served.url);
  return page;
}

async function badge(page: Page): Promise<string> {
  const tabId = await browser.tabIdOf(page);
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

test('a posting is highlighted and summed up in a panel, and the page text stays as it was', async () => {
  const plain = await open({ url: 'https://example.org/copy-of-seed', html: '' });
  const before = await plain.evaluate(pageText);
  await plain.close();

  const page = await open(seed);
  const panel = panelOf(page);
  await expect.poll(() => panel.names('heading')).toContain('Senior Software Engineer - Distributed Systems (Lisbon)');
  await expect.poll(() => panel.text()).toContain('Datadog');
  expect(await panel.text()).toContain('6 requirements');
  const highlights = await page.evaluate(() => ({
    names: [...CSS.highlights.keys()].sort(),
    requirements: CSS.highlights.get('jobmark-requirements')?.size,
    skills: CSS.highlights.get('jobmark-skills')?.size,
  }));
  expect(highlights.names).toEqual(
    expect.arrayContaining(['jobmark-benefits', 'jobmark-requirements', 'jobmark-responsibilities', 'jobmark-skills']),
  );
  expect(highlights.requirements).toBe(6);
  expect(highlights.skills).toBeGreaterThanOrEqual(8);
  expect(await panel.count('list', 'Highlight colours')).toBe(1);
  expect(await panel.text()).toContain('Requirements');

  expect(await page.evaluate(pageText)).toBe(before);
  await page.close();
});

test('the panel collapses and moves, and remembers it', async () => {
  const page = await open(seed);
  const panel = panelOf(page);
  await panel.click('button', 'Collapse the Jobmark panel');
  await panel.click('button', 'Move the Jobmark panel to the next corner');
  await expect.poll(() => page.locator('[data-jobmark]').getAttribute('data-corner')).toBe('bottom-left');
  await page.reload();
  await expect.poll(() => panel.count('button', 'Expand the Jobmark panel')).toBe(1);
  expect(await page.locator('[data-jobmark]').getAttribute('data-corner')).toBe('bottom-left');
  await panel.click('button', 'Expand the Jobmark panel');
  await page.close();
});

test('Save job in the page panel saves it: Saved, the badge, and the popup tracks it', async () => {
  const page = await open(seed);
  const panel = panelOf(page);
  await panel.click('button', 'Save job');
  await expect.poll(() => panel.count('button', 'Saved')).toBe(1);
  await expect.poll(() => badge(page)).toBe('✓');

  const popup = await browser.openPopup(page);
  await expect.poll(() => popup.getByText('Saved', { exact: true }).count()).toBe(1);
  await popup.getByRole('combobox', { name: 'Status' }).selectOption('applied');
  await popup.getByRole('combobox', { name: 'Tags' }).fill('lisbon, distributed');
  await popup.getByRole('combobox', { name: 'Tags' }).press('Enter');
  await popup.getByRole('textbox', { name: 'Notes' }).fill('Ask about the on-call rota');
  await popup.getByRole('radio', { name: '4 stars' }).check();
  await popup.getByRole('textbox', { name: 'Notes' }).press('Tab');
  await expect.poll(() => popup.getByRole('alert').count()).toBe(0);
  await popup.close();

  const again = await browser.openPopup(page);
  await expect.poll(() => again.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('applied');
  expect(await again.getByRole('combobox', { name: 'Tags' }).inputValue()).toBe('lisbon, distributed');
  expect(await again.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Ask about the on-call rota');
  expect(await again.getByRole('radio', { name: '4 stars' }).isChecked()).toBe(true);
  await again.close();
  await page.close();
});

test('Save job in the popup saves the Greenhouse posting, and the page panel follows', async () => {
  const page = await open(greenhouse);
  const panel = panelOf(page);
  await expect.poll(() => panel.text()).toContain('Technical Program Manager');
  const popup = await browser.openPopup(page);
  await popup.getByRole('button', { name: 'Save job' }).click();
  await expect.poll(() => popup.getByText('Saved', { exact: true }).count()).toBe(1);
  await expect.poll(() => panel.count('button', 'Saved')).toBe(1);
  await expect.poll(() => badge(page)).toBe('✓');
  const recent = popup.getByRole('list', { name: 'Last saved jobs' });
  await expect.poll(() => recent.getByRole('listitem').count()).toBe(2);
  await popup.close();
  await page.close();
});

test('after a restart with the same profile, the saved jobs are still there', async () => {
  const profile = browser.profile;
  await browser.close({ keepProfile: true });
  await start(profile);

  const page = await open(seed);
  await expect.poll(() => panelOf(page).names('button')).toContain('Saved · applied');
  const popup = await browser.openPopup(page);
  const recent = popup.getByRole('list', { name: 'Last saved jobs' });
  await expect.poll(() => recent.getByRole('listitem').count()).toBe(2);
  expect(await recent.textContent()).toContain('Technical Program Manager, Infrastructure');
  expect(await popup.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Ask about the on-call rota');
  await popup.close();
  await page.close();
});
