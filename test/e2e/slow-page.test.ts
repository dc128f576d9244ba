// A posting whose pictures are still loading when Jobmark comes (most real pages): the reader reads it
// once while it loads, to compile its patterns, drops that reading, and shows the one it makes when the
// page has settled, which is what the same page shows when it loads at once (issue 20).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launchBrowser, type Page } from './driver';
import { readShared } from './pages';

const INSTANT = 'https://www.remotewlb.com/apply/senior-software-engineer-distributed-systems-lisbon';
const SLOW = 'https://www.remotewlb.com/apply/senior-software-engineer-distributed-systems-lisbon-slow';
const PICTURE = 'https://www.remotewlb.com/office-slow.svg';
/** Long enough that the page is still loading when the reader comes, on the busiest machine. */
const PICTURE_MS = 5_000;

/** What the page's own timeline says of Jobmark's reading: the warm-up, and the reading that counts. */
const readings = (page: Page) =>
  page.evaluate(() => ({
    warmUps: performance.getEntriesByName('jobmark:warm-up').map((e) => e.startTime + e.duration),
    readStart: performance.getEntriesByName('jobmark:read-start')[0]?.startTime ?? null,
  }));

const painted = (page: Page, name: string) =>
  page.evaluate((n) => [...((CSS.highlights.get(n) as Set<Range> | undefined) ?? [])].map((r) => r.toString()), name);

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
  });
  afterAll(() => browser?.close());

  test('a posting whose picture loads late shows what the same posting shows when it loads at once', async () => {
    const seed = readShared('seed/datadog-lisbon.html');
    browser.serve(INSTANT, seed);
    browser.serve(SLOW, seed.replace(/<\/body>/i, `<img src="${PICTURE}" alt="Our office"></body>`));
    browser.serve(PICTURE, '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', {
      ms: PICTURE_MS,
      type: 'image/svg+xml',
    });

    const instant = await browser.newPage();
    await instant.goto(INSTANT);
    await expect
      .poll(() => instant.panel.names('heading'))
      .toEqual([expect.stringContaining('Senior Software Engineer')]);
    const shown = await instant.panel.text();
    const requirements = await painted(instant, 'jobmark-requirements');
    expect(requirements.length).toBeGreaterThan(0);
    // Loaded at once, the page had settled when the reader came: no warm-up.
    expect((await readings(instant)).warmUps).toEqual([]);
    await instant.close();

    const slow = await browser.newPage();
    // Not page.goto, which waits for the load event: the picture holds it back.
    await slow.raw.goto(SLOW, { waitUntil: 'domcontentloaded' });
    await expect.poll(() => slow.panel.names('heading')).toEqual([expect.stringContaining('Senior Software Engineer')]);
    await expect.poll(() => slow.panel.text()).toBe(shown);
    expect(await painted(slow, 'jobmark-requirements')).toEqual(requirements);
    const { warmUps, readStart } = await readings(slow);
    // The picture still loading, the reader read the page once beforehand, and the reading shown came after it.
    expect(warmUps).toHaveLength(1);
    expect(readStart).toBeGreaterThanOrEqual(warmUps[0]!);
    await slow.close();
  });
});
