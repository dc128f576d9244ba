// The Firefox build in real Firefox (Debian's firefox-esr): on a job site the quick
// check brings in the reader, the posting is annotated, Save job in the page panel
// saves it in the store; a page that is no posting gets nothing. (Firefox's
// automation may not open extension pages, so the popup and dashboard are tested
// in Chromium only.)
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FirefoxBrowser, launchFirefox } from './firefox';
import { fixturePage, seedPage } from './pages';

let firefox: FirefoxBrowser;
beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(() => firefox?.close());

const reads = "performance.getEntriesByName('jobmark:read-start').length";
// The panel's save button, by its accessible name (its words are an aria-label, drawn by CSS).
const saveButtonName = "(root) => root?.querySelector('button.save')?.getAttribute('aria-label')";
const saveButtonCentre = `(root) => {
  const r = root.querySelector('button.save').getBoundingClientRect();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}`;

async function poll<T>(read: () => Promise<T>, want: (value: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (want(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('a posting on a job site is annotated, saved from its panel, and known as saved when opened again', async () => {
  const seed = seedPage();
  firefox.serve(seed.url, seed.html);
  const tab = await firefox.open(seed.url);
  await poll(
    () => firefox.inPanel<string | null>(tab, saveButtonName),
    (t) => t === 'Save job',
    'panel',
  );
  expect(await firefox.evaluate<number>(tab, 'CSS.highlights.size')).toBeGreaterThan(0);
  expect(await firefox.evaluate<number>(tab, reads)).toBe(1);
  // The page's own scripts find no root to read.
  expect(await firefox.evaluate<boolean>(tab, "document.querySelector('[data-jobmark]').shadowRoot === null")).toBe(
    true,
  );

  const { x, y } = await firefox.inPanel<{ x: number; y: number }>(tab, saveButtonCentre);
  await firefox.click(tab, x, y);
  await poll(
    () => firefox.inPanel<string | null>(tab, saveButtonName),
    (t) => t === 'Saved',
    'Save job',
  );

  // Opened again in another tab, the posting is recognised from the store.
  const again = await firefox.open(seed.url);
  await poll(
    () => firefox.inPanel<string | null>(again, saveButtonName),
    (t) => t === 'Saved',
    'saved job',
  );
});

test('a page on a job site that is no posting gets no reader at all', async () => {
  const blog = fixturePage('NEG__blog-python-org');
  const url = 'https://www.remotewlb.com/blog/python-360';
  firefox.serve(url, blog.html);
  const tab = await firefox.open(url);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await firefox.evaluate<number>(tab, reads)).toBe(0);
  expect(await firefox.evaluate<number>(tab, "document.querySelectorAll('[data-jobmark]').length")).toBe(0);
});
