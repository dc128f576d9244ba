// A person on real job pages: the posting is annotated without changing the
// page's text, saved from the page panel and from the popup, tracked in the
// popup, and still there after the browser restarts with the same profile.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launchBrowser, type Page } from './driver';
import { fixturePage, pageText, type ServedPage, seedPage } from './pages';

declare const chrome: { action: { getBadgeText(q: { tabId: number }): Promise<string> } };

const seed = seedPage();
const greenhouse = fixturePage('greenhouse__anthropic-tpm-infrastructure');

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;

  async function start(profile?: string) {
    browser = await launchBrowser(name, profile ? { profile } : {});
    for (const page of [seed, greenhouse]) browser.serve(page.url, page.html);
    // The same page where Jobmark does not run by itself: what the page's text is without it.
    browser.serve('https://example.org/copy-of-seed', seed.html);
  }

  beforeAll(() => start());
  afterAll(() => browser?.close());

  async function open(served: ServedPage): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(served.url);
    return page;
  }

  async function badge(page: Page): Promise<string> {
    const tabId = await browser.tabIdOf(page);
    return browser.inExtension((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  test('a posting is highlighted and summed up in a panel, and the page text stays as it was', async () => {
    const plain = await open({ url: 'https://example.org/copy-of-seed', html: '' });
    const before = await plain.evaluate(pageText);
    await plain.close();

    const page = await open(seed);
    const panel = page.panel;
    await expect
      .poll(() => panel.names('heading'))
      .toContain('Senior Software Engineer - Distributed Systems (Lisbon)');
    await expect.poll(() => panel.text()).toContain('Datadog');
    expect(await panel.text()).toContain('6 requirements');
    const highlights = await page.evaluate(() => ({
      names: [...CSS.highlights.keys()].sort(),
      requirements: CSS.highlights.get('jobmark-requirements')?.size,
      skills: CSS.highlights.get('jobmark-skills')?.size,
    }));
    expect(highlights.names).toEqual(
      expect.arrayContaining([
        'jobmark-benefits',
        'jobmark-requirements',
        'jobmark-responsibilities',
        'jobmark-skills',
      ]),
    );
    expect(highlights.requirements).toBe(6);
    expect(highlights.skills).toBeGreaterThanOrEqual(8);
    expect(await panel.count('list', 'Highlight colours')).toBe(1);
    expect(await panel.text()).toContain('Requirements');
    // The reader ran once (it marks the document's timeline), and the page's own scripts find no root to read.
    expect(await page.evaluate(() => performance.getEntriesByName('jobmark:read-start').length)).toBe(1);
    expect(await page.evaluate(() => document.querySelector('[data-jobmark]')?.shadowRoot)).toBeNull();

    expect(await page.evaluate(pageText)).toBe(before);
    await page.close();
  });

  test('the panel collapses and moves, and remembers it', async () => {
    const page = await open(seed);
    const panel = page.panel;
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
    const panel = page.panel;
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
    const panel = page.panel;
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

  // Firefox: WebDriver installs the add-on for the session only; the profile keeps its data
  // (extensions.webextensions.keepStorageOnUninstall, driver/firefox.ts) as a person's installed one does.
  test('after a restart with the same profile, the saved jobs are still there', async () => {
    const profile = browser.profile;
    await browser.close({ keepProfile: true });
    await start(profile);

    const page = await open(seed);
    await expect.poll(() => page.panel.names('button')).toContain('Saved · applied');
    const popup = await browser.openPopup(page);
    const recent = popup.getByRole('list', { name: 'Last saved jobs' });
    await expect.poll(() => recent.getByRole('listitem').count()).toBe(2);
    expect(await recent.textContent()).toContain('Technical Program Manager, Infrastructure');
    expect(await popup.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe('Ask about the on-call rota');
    await popup.close();
    await page.close();
  });
});
