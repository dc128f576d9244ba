// On a site Jobmark does not read by itself (a company's own career page), nothing
// of Jobmark runs until the person asks: here by pressing the toolbar button, which
// grants activeTab for that tab, so the background can inject the page reader.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launchBrowser, type Page } from './driver';
import { fixturePage } from './pages';

// The extension API as the extension sees it; only the call this file makes.
declare const chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

/** The reader marks the document's timeline each time it reads. */
const reads = (page: Page) => page.evaluate(() => performance.getEntriesByName('jobmark:read-start').length);

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
  });
  afterAll(() => browser?.close());

  /**
   * Ask Jobmark to read the tab as its toolbar button does. Chromium: the button itself,
   * pressed over the DevTools protocol; the browser grants activeTab and opens the popup.
   * Firefox: WebDriver can neither press the toolbar button (browser chrome) nor grant
   * activeTab, which only a person's gesture grants. So the site's permission, as a person
   * grants it in Firefox's add-on manager, stands in for activeTab, and the popup the button
   * opens is opened for the tab: it asks the background, which injects the reader and has it
   * read, as after the button. Returns when the popup has its answer.
   */
  async function pressToolbarButton(page: Page): Promise<void> {
    if (name === 'chromium') return browser.clickToolbarButton(page);
    await browser.grantSite(new URL(await page.url()).origin);
    const popup = await browser.openPopup(page);
    await popup.getByRole('heading', { level: 1, name: 'Jobmark' }).waitFor();
    await expect.poll(() => popup.getByText('Reading this page…').count()).toBe(0);
    await popup.close();
  }

  test('a career page is read only after the toolbar button, then annotated and saved from its panel', async () => {
    const vercel = fixturePage('company__vercel-infrastructure-engineer-us');
    browser.serve(vercel.url, vercel.html);
    const page = await browser.newPage();
    await page.goto(vercel.url);
    // Nothing happening has no state to wait for: a second for anything that would run by itself.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await reads(page)).toBe(0);
    expect(await page.panel.count('button')).toBe(0);

    await pressToolbarButton(page);
    await expect.poll(() => page.panel.text()).toContain('Infrastructure Engineer');
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    expect(await reads(page)).toBe(1);

    await page.panel.click('button', 'Save job');
    await expect.poll(() => page.panel.count('button', 'Saved')).toBe(1);
    const popup = await browser.openPopup(page);
    await expect.poll(() => popup.getByText('Saved', { exact: true }).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  test('the toolbar button on a page that is no posting reads it, and paints and offers nothing', async () => {
    const blog = fixturePage('NEG__blog-python-org');
    const url = 'https://example.net/articles/python-release';
    browser.serve(url, blog.html);
    const page = await browser.newPage();
    await page.goto(url);
    await pressToolbarButton(page);
    await expect.poll(() => reads(page)).toBe(1);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.panel.count('button', 'Save job')).toBe(0);
    await page.close();
  });

  // The context menu "Save job posting" and the keyboard shortcut grant activeTab as the button
  // does; neither browser offers tests a way to press them, so this sends the page what their
  // handlers in src/background/index.ts send (through readTab): read, and save or say there is none.
  const askAsMenuOrShortcut = (tabId: number, save: boolean) =>
    browser.inExtension(
      ([id, andSave]) =>
        chrome.tabs.sendMessage(id, {
          jobmark: 'content/read',
          req: { force: true, tellIfNone: true, save: andSave },
        }),
      [tabId, save] as const,
    );

  test('"Save job posting" saves the page it was chosen on; the shortcut on a page with no posting says so', async () => {
    const databricks = fixturePage('company__databricks-sr-staff-tpm-reliability');
    browser.serve(databricks.url, databricks.html);
    const page = await browser.newPage();
    await page.goto(databricks.url);
    await pressToolbarButton(page);
    await expect.poll(() => page.panel.count('button', 'Save job')).toBe(1);
    await askAsMenuOrShortcut(await browser.tabIdOf(page), true);
    await expect.poll(() => page.panel.count('button', 'Saved')).toBe(1);
    const popup = await browser.openPopup(page);
    await expect.poll(() => popup.getByText('Saved', { exact: true }).count()).toBe(1);
    await popup.close();
    await page.close();

    const blog = fixturePage('NEG__blog-python-org');
    const other = 'https://example.net/articles/python-release-shortcut';
    browser.serve(other, blog.html);
    const article = await browser.newPage();
    await article.goto(other);
    await pressToolbarButton(article);
    await expect.poll(() => reads(article)).toBe(1);
    await askAsMenuOrShortcut(await browser.tabIdOf(article), false);
    await expect.poll(() => article.panel.text()).toContain('Jobmark found no job posting on this page.');
    expect(await article.evaluate(() => CSS.highlights.size)).toBe(0);
    await article.close();
  });
});
