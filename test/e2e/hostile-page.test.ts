// A page is hostile: its scripts must learn nothing of what the person did with a
// job, and nothing they write may appear inside Jobmark's panel. Here a page
// copies a posting the person saved and moved to "interviewing" (so Jobmark
// matches it by its text and says so in the panel), and its script tries what a
// page's script can: the panel's shadow root, a patched attachShadow, the
// document's text, a selection of everything, find-in-page, and an element of its
// own put inside the panel.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launchBrowser } from './driver';
import { seedPage } from './pages';

const seed = seedPage();
const COPY_URL = 'https://jobs.lever.co/copycat/4c1f2a9e';

// Runs first in the copy's <head>, before any script of Jobmark's.
const SPY = `<script>
  window.caughtRoots = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    window.caughtRoots.push(root);
    return root;
  };
  window.probe = (words) => {
    const host = document.querySelector('jobmark-panel, [data-jobmark]');
    const roots = [...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean);
    roots.push(...window.caughtRoots);
    const selection = getSelection();
    selection.selectAllChildren(document.documentElement);
    const selected = selection.toString();
    selection.removeAllRanges();
    const texts = [
      document.documentElement.innerText,
      document.documentElement.textContent,
      selected,
      ...roots.map((r) => r.textContent),
    ].join('\\n');
    const found = words.filter((w) => texts.includes(w) || window.find(w, true, false, true));
    if (host) {
      const link = document.createElement('a');
      link.href = 'https://evil.example/login';
      link.textContent = 'Sign in to Jobmark';
      host.append(link);
    }
    return { panelOnPage: Boolean(host), roots: roots.length, found };
  };
</script>`;

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
    browser.serve(seed.url, seed.html);
    browser.serve(
      COPY_URL,
      seed.html.replace(/<head[^>]*>/i, (head) => head + SPY),
    );
  });
  afterAll(() => browser?.close());

  test("a page that copies a saved posting cannot read the panel's words, nor put its own in the panel", async () => {
    const original = await browser.newPage();
    await original.goto(seed.url);
    await original.panel.click('button', 'Save job');
    const popup = await browser.openPopup(original);
    await popup.getByRole('combobox', { name: 'Status' }).selectOption('interviewing');
    await expect.poll(() => original.panel.names('button')).toContain('Saved · interviewing');
    await popup.close();
    await original.close();

    const copy = await browser.newPage();
    await copy.goto(COPY_URL);
    const panel = copy.panel;
    // The person sees the state...
    await expect.poll(() => panel.names('button')).toContain('Saved · interviewing');
    // ...and the page, trying everything its scripts can, does not.
    const seen = await copy.evaluate(() =>
      (window as unknown as { probe(words: string[]): unknown }).probe(['Saved', 'interviewing', 'Save job']),
    );
    expect(seen).toEqual({ panelOnPage: true, roots: 0, found: [] });
    // The link it put in the panel's host is not in the panel.
    expect(await panel.count('link')).toBe(0);
    expect(await panel.text()).not.toContain('Sign in');
    expect(await copy.getByRole('link', { name: 'Sign in to Jobmark' }).isVisible()).toBe(false);
    await copy.close();
  });
});
