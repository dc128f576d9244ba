// A posting in another language than English, read as a person opens it: the page reader holds
// English's words whole and brings in the rest of the page's language (its word pack) when the
// page needs it (src/extract/words/word-packs.ts, issue 20). Without Czech's pack the reader
// finds no posting on this page at all; with it, every part, the pay and the highlights.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launchBrowser, type Page } from './driver';
import { localPage, seedPage } from './pages';

const czech = localPage('czech-posting.html', 'https://www.jobs.cz/rpd/2009999999/');
// The same posting where the page declares no language: the reading finds it is Czech and asks.
const undeclared = {
  url: 'https://www.jobs.cz/rpd/2009999998/',
  html: czech.html.replace('<html lang="cs">', '<html>'),
};
// The same posting on a company's own career page, which Jobmark reads only when asked.
const careerPage = localPage('czech-posting.html', 'https://kariera.severka.example/pozice/vyvojar-java');
const seed = seedPage();

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
    for (const page of [czech, undeclared, seed, careerPage]) browser.serve(page.url, page.html);
  });
  afterAll(() => browser?.close());

  /** The toolbar button, as on-request.test.ts presses it (Firefox: the site's permission and the popup). */
  async function pressToolbarButton(page: Page): Promise<void> {
    if (name === 'chromium') return browser.clickToolbarButton(page);
    await browser.grantSite(new URL(await page.url()).origin);
    const popup = await browser.openPopup(page);
    await popup.getByRole('heading', { level: 1, name: 'Jobmark' }).waitFor();
    await expect.poll(() => popup.getByText('Reading this page…').count()).toBe(0);
    await popup.close();
  }

  test('a Czech posting is read with Czech words: its parts, pay and terms in the panel, its parts highlighted', async () => {
    const page = await browser.newPage();
    await page.goto(czech.url);
    const panel = page.panel;
    await expect.poll(() => panel.names('heading')).toContain('Vývojář Java');
    const text = await panel.text();
    expect(text).toContain('Severka Software s.r.o.');
    expect(text).toContain('3 requirements · 1 nice-to-have · 3 benefits');
    // "měsíčně" and "plný úvazek" are words of Czech's pack.
    expect(text).toContain('70 000 – 90 000 Kč měsíčně');
    const highlights = await page.evaluate(() => ({
      requirements: CSS.highlights.get('jobmark-requirements')?.size,
      responsibilities: CSS.highlights.get('jobmark-responsibilities')?.size,
      benefits: CSS.highlights.get('jobmark-benefits')?.size,
      skills: CSS.highlights.get('jobmark-skills')?.size,
    }));
    // Java, Spring Boot, SQL, PostgreSQL, Kubernetes (the declined "Javě" and "Dockerem" are no names).
    expect(highlights).toEqual({ requirements: 3, responsibilities: 3, benefits: 3, skills: 5 });
    // One reading, and it waited for no pack: the background injected Czech's with the reader.
    expect(await page.evaluate(() => performance.getEntriesByName('jobmark:read-start').length)).toBe(1);
    expect(await page.evaluate(() => performance.getEntriesByName('jobmark:words').length)).toBe(0);
    await page.close();
  });

  test('the same posting in a page that declares no language: the reading asks for the Czech words and reads again', async () => {
    expect(undeclared.html).not.toContain('lang=');
    const page = await browser.newPage();
    await page.goto(undeclared.url);
    await expect.poll(() => page.panel.names('heading')).toContain('Vývojář Java');
    expect(await page.panel.text()).toContain('3 requirements · 1 nice-to-have · 3 benefits');
    // The reading waited for the packs once (content/word-packs.ts marks it), and is shown once.
    expect(await page.evaluate(() => performance.getEntriesByName('jobmark:words').length)).toBe(1);
    expect(await page.evaluate(() => CSS.highlights.get('jobmark-requirements')?.size)).toBe(3);
    await page.close();
  });

  test('the same posting on a career page, read after the toolbar button: the reader brings in the Czech words itself', async () => {
    const page = await browser.newPage();
    await page.goto(careerPage.url);
    await pressToolbarButton(page);
    await expect.poll(() => page.panel.names('heading')).toContain('Vývojář Java');
    const text = await page.panel.text();
    expect(text).toContain('3 requirements · 1 nice-to-have · 3 benefits');
    expect(text).toContain('70 000 – 90 000 Kč měsíčně');
    expect(await page.evaluate(() => CSS.highlights.get('jobmark-requirements')?.size)).toBe(3);
    await page.close();
  });

  test('an English posting in the same browser still reads as before', async () => {
    const page = await browser.newPage();
    await page.goto(seed.url);
    await expect
      .poll(() => page.panel.names('heading'))
      .toContain('Senior Software Engineer - Distributed Systems (Lisbon)');
    expect(await page.panel.text()).toContain('6 requirements');
    await page.close();
  });
});
