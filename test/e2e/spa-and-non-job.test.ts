// Pages that change the job without loading (single-page job boards) are read
// again; pages that are not job postings get nothing: no panel, no highlight.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launchBrowser } from './driver';
import { fixturePage, localPage } from './pages';

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
  });
  afterAll(() => browser?.close());

  test('a single-page board shows another job at a new address: Jobmark reads the new one', async () => {
    const board = localPage('spa-board.html', 'https://jobs.lever.co/acme/jobs/1001');
    browser.serve(board.url, board.html);
    const page = await browser.newPage();
    await page.goto(board.url);
    const panel = page.panel;
    await expect.poll(() => panel.names('heading')).toEqual(['Backend Engineer']);
    await page.getByRole('link', { name: 'Next job' }).click();
    expect(new URL(await page.url()).pathname).toBe('/acme/jobs/2002');
    await expect.poll(() => panel.names('heading'), { timeout: 5_000 }).toEqual(['Data Engineer']);
    await expect.poll(() => panel.text()).toContain('2 requirements');
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('jobmark-requirements')?.size)).toBe(2);

    const popup = await browser.openPopup(page);
    await expect
      .poll(() => popup.getByRole('region', { name: 'This page' }).getByRole('heading').textContent())
      .toBe('Data Engineer');
    await popup.close();
    await page.close();
  });

  test('a restless board that clears every timer and never stops changing is still re-read after it changes job', async () => {
    const board = localPage('spa-restless-board.html', 'https://jobs.lever.co/restless/jobs/1001');
    browser.serve(board.url, board.html);
    browser.serve('https://jobs.lever.co/restless/jobs/2002', board.html);
    const page = await browser.newPage();
    await page.goto(board.url);
    const panel = page.panel;
    await expect.poll(() => panel.names('heading')).toEqual(['Backend Engineer']);
    await page.getByRole('link', { name: 'Next job' }).click();
    await expect.poll(() => panel.names('heading'), { timeout: 5_000 }).toEqual(['Data Engineer']);
    await page.close();
  });

  test('the popup shows and saves the job the tab shows now, even one the page swapped in without a new address', async () => {
    const url = 'https://jobs.lever.co/restless-pane/jobs/1001';
    browser.serve(url, localPage('spa-restless-board.html', url).html);
    const page = await browser.newPage();
    await page.goto(url);
    await expect.poll(() => page.panel.names('heading')).toEqual(['Backend Engineer']);
    await page.getByRole('button', { name: 'Show the next job here' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Data Engineer');

    const popup = await browser.openPopup(page);
    const thisPage = popup.getByRole('region', { name: 'This page' });
    await expect.poll(() => thisPage.getByRole('heading').textContent()).toBe('Data Engineer');
    await thisPage.getByRole('button', { name: 'Save job' }).click();
    await expect
      .poll(() => popup.getByRole('list', { name: 'Last saved jobs' }).textContent())
      .toContain('Data Engineer');
    expect(await popup.getByRole('list', { name: 'Last saved jobs' }).textContent()).not.toContain('Backend Engineer');
    await popup.close();
    await page.close();
  });

  test('a page that is not a job posting, on a site Jobmark reads by itself, gets no panel and no highlight', async () => {
    const blog = fixturePage('NEG__blog-python-org');
    // Once where the quick check already says no, once where the address looks like a job page and the extractor says no.
    const cases = [
      { url: 'https://www.remotewlb.com/blog/python-360', readerRan: false },
      { url: 'https://jobs.lever.co/python/careers-blog', readerRan: true },
    ];
    for (const { url, readerRan } of cases) {
      browser.serve(url, blog.html);
      const page = await browser.newPage();
      await page.goto(url);
      // The reader marks the document's timeline when it reads; without a likely posting it is not even loaded.
      const reads = () => page.evaluate(() => performance.getEntriesByName('jobmark:read-start').length);
      if (readerRan) await expect.poll(reads).toBe(1);
      // Nothing happening has no state to wait for: a second for anything that would run by itself.
      else await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await reads()).toBe(readerRan ? 1 : 0);
      expect(await page.locator('[data-jobmark]').count()).toBe(0);
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
      const popup = await browser.openPopup(page);
      await expect.poll(() => popup.getByText('This page is not a job posting.').count()).toBe(1);
      expect(await page.locator('[data-jobmark]').count()).toBe(0);
      await popup.close();
      await page.close();
    }
  });
});
