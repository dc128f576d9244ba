// Starts Debian's Chromium with the built extension loaded, as a person's browser
// would be: a persistent profile, the extension from dist/, pages served under
// their real URLs by context.route, and no other network.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { extensionLaunchOptions } from '../../scripts/chromium.mjs';

// The extension API as the service worker sees it; only the calls tests make.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};

export const ROOT = resolve(import.meta.dirname, '../..');
/** The built extension: dist/, or JOBMARK_DIST (to test a build made elsewhere while dist/ is rebuilt). */
export const DIST = process.env.JOBMARK_DIST ? resolve(process.env.JOBMARK_DIST) : join(ROOT, 'dist');
export const SHARED = resolve(ROOT, '../shared');

export interface Pages {
  /** URL → HTML served for it; anything else on the network is refused. */
  [url: string]: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profile: string;
  /** Serve `html` at `url` (exact URL, query ignored). */
  serve(url: string, html: string): Promise<void>;
  /** Open the built popup for a tab, in a tab of its own. */
  openPopup(forTab: Page): Promise<Page>;
  /**
   * Press Jobmark's toolbar button on a tab, as a person does: the browser opens the
   * popup and grants activeTab for that tab. (The tab is found by its URL, which
   * must be unique among the open tabs.)
   */
  clickToolbarButton(onTab: Page): Promise<void>;
  tabIdOf(page: Page): Promise<number>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export async function launch(options: { profile?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build:chrome` first.');
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'jobmark-profile-'));
  const launchOptions = extensionLaunchOptions(DIST);
  // Lets the DevTools protocol press the toolbar button (Extensions.triggerAction); tests only.
  launchOptions.args.push('--enable-unsafe-extension-debugging');
  const context = await chromium.launchPersistentContext(profile, launchOptions);
  const served = new Map<string, string>();
  await context.route(/^https?:\/\//, (route) => {
    const url = new URL(route.request().url());
    const html = served.get(url.origin + url.pathname);
    if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return route.abort('internetdisconnected');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  // Without the "tabs" permission a tab's URL is hidden from the extension, so a
  // page is found as a person finds it: by bringing it to the front.
  const tabIdOf = async (page: Page): Promise<number> => {
    await page.bringToFront();
    return worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab?.id) throw new Error('no active tab');
      return tab.id;
    });
  };

  return {
    context,
    extensionId,
    worker,
    profile,
    async serve(url, html) {
      const u = new URL(url);
      served.set(u.origin + u.pathname, html);
    },
    async openPopup(forTab) {
      const tabId = await tabIdOf(forTab);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      return popup;
    },
    async clickToolbarButton(onTab) {
      const browser = context.browser();
      if (!browser) throw new Error('no browser behind this context');
      const cdp = await browser.newBrowserCDPSession();
      try {
        // The action runs on a "tab" target (the page's owner), which names no page: match the URL.
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
        const tabs = targetInfos.filter((t) => t.url === onTab.url());
        if (tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${onTab.url()}; give the page a unique URL`);
        await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tabs[0]?.targetId ?? '' });
      } finally {
        await cdp.detach();
      }
    },
    tabIdOf,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function readShared(path: string): string {
  return readFileSync(join(SHARED, path), 'utf8');
}

export const SEED_URL = 'https://www.remotewlb.com/apply/senior-software-engineer-distributed-systems-lisbon';
