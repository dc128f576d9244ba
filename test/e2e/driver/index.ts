// One driver for the end-to-end suite in both browsers: launchBrowser('chromium' |
// 'firefox') starts the browser with the built extension, as a person's browser
// has it, and every flow is written once against what it returns. puppeteer-core
// drives both: Chromium over the DevTools protocol, Firefox over WebDriver BiDi.
// Pages are served under their real addresses; nothing else reaches the network.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HTTPRequest, Page as PuppeteerPage } from 'puppeteer-core';
import type { Backend, BrowserName, LaunchOptions } from './backend';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { Page } from './page';
import { until } from './wait';

export type { BrowserName, LaunchOptions } from './backend';
export type { Locator } from './locator';
export type { Page } from './page';
export type { PanelView } from './panel';

/** The browsers every flow runs in; JOBMARK_BROWSERS=chromium (or firefox) runs one. */
export const BROWSERS: BrowserName[] = (process.env.JOBMARK_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((b) => b.trim() as BrowserName);

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** Chromium's id (32 letters a–p); Firefox's add-on id (the manifest's gecko id). */
  readonly extensionId: string;
  /** The build this browser runs: dist/ or dist-firefox/. */
  readonly dist: string;
  /** The profile folder (kept by close({ keepProfile: true }) to start again with it). */
  readonly profile: string;
  /**
   * Serve `html` at `url` (exact URL, query ignored) in every tab from newPage; `late` answers that
   * long after it is asked for (a picture that holds back a page's load event), with its own type.
   */
  serve(url: string, html: string, late?: { ms: number; type: string }): void;
  /** A new tab for web pages (served ones, and refused network for the rest). */
  newPage(): Promise<Page>;
  /** The address of one of the extension's pages: `src/dashboard/index.html`. */
  extensionUrl(path: string): string;
  /** A new tab at one of the extension's pages. */
  openExtensionPage(path: string): Promise<Page>;
  /** The dashboard in a tab of its own, once it shows its heading. */
  openDashboard(): Promise<Page>;
  /** The built popup for a tab, in a tab of its own. */
  openPopup(forTab: Page): Promise<Page>;
  /** Do `action`, and return the tab it opened, once its page has loaded. */
  waitForNewPage(action: () => Promise<void>): Promise<Page>;
  /** The extension's id for a tab (found as a person finds it: brought to the front). */
  tabIdOf(page: Page): Promise<number>;
  /**
   * Run `fn` where the extension's API is (`chrome.*`): Chromium's service worker;
   * in Firefox an extension page of its own (WebDriver reaches no background page).
   */
  inExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * Press Jobmark's toolbar button on a tab, as a person does: the browser opens the
   * popup and grants activeTab for that tab. Chromium only: WebDriver cannot reach
   * Firefox's toolbar (see grantSite).
   */
  clickToolbarButton(onTab: Page): Promise<void>;
  /**
   * Firefox only: grant Jobmark the host permission for `origin`, as a person does in
   * Firefox's add-on manager (the prompt answered yes).
   */
  grantSite(origin: string): Promise<void>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

export async function launchBrowser(
  name: BrowserName,
  options: { profile?: string } & LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), `jobmark-${name}-`));
  const backend: Backend =
    name === 'chromium' ? await launchChromium(profile, options) : await launchFirefox(profile, options);
  const { browser } = backend;
  const served = new Map<string, { body: string; late?: { ms: number; type: string } }>();
  const route = (request: HTTPRequest) => {
    // A request may end (its tab closed) before it is answered: then there is nothing to answer.
    const done = () => {};
    const url = new URL(request.url());
    if (!/^https?:$/.test(url.protocol)) return request.continue().catch(done);
    const page = served.get(url.origin + url.pathname);
    if (page === undefined) return request.abort('internetdisconnected').catch(done);
    const { body, late } = page;
    const answer = () =>
      request.respond({ status: 200, contentType: late?.type ?? 'text/html; charset=utf-8', body }).catch(done);
    // Not setTimeout: the driver's own timers are not the page's, but AbortSignal.timeout needs no cleanup.
    if (late) return void AbortSignal.timeout(late.ms).addEventListener('abort', answer, { once: true });
    return answer();
  };
  const wrap = (raw: PuppeteerPage) => new Page(raw, backend);

  const openExtensionPage = async (path: string) => {
    const page = wrap(await browser.newPage());
    await page.goto(backend.extensionUrl(path));
    return page;
  };
  const tabIdOf = async (page: Page): Promise<number> => {
    // Without the "tabs" permission a tab's URL is hidden from the extension, so a
    // page is found as a person finds it: by bringing it to the front.
    await page.bringToFront();
    return backend.inExtension(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (!tab?.id) throw new Error('no active tab');
      return tab.id;
    }, undefined);
  };

  return {
    name,
    extensionId: backend.extensionId,
    dist: backend.dist,
    profile,
    serve(url, html, late) {
      const u = new URL(url);
      served.set(u.origin + u.pathname, { body: html, late });
    },
    async newPage() {
      const raw = await browser.newPage();
      await raw.setRequestInterception(true);
      raw.on('request', route);
      return wrap(raw);
    },
    extensionUrl: backend.extensionUrl,
    openExtensionPage,
    async openDashboard() {
      const page = await openExtensionPage('src/dashboard/index.html');
      await page.getByRole('heading', { level: 1, name: 'Saved jobs' }).waitFor();
      return page;
    },
    async openPopup(forTab) {
      return openExtensionPage(`src/popup/index.html?tab=${await tabIdOf(forTab)}`);
    },
    async waitForNewPage(action) {
      const page = wrap(await backend.waitForNewPage(action));
      await until(
        () =>
          page.evaluate(() => document.readyState === 'complete' && location.href !== 'about:blank').catch(() => false),
        (loaded) => loaded,
        'the new tab did not load',
      );
      return page;
    },
    tabIdOf,
    inExtension: (fn, arg) => backend.inExtension(fn, arg as never),
    clickToolbarButton: backend.clickToolbarButton,
    grantSite: backend.grantSite,
    async close({ keepProfile = false } = {}) {
      await browser.close();
      rmSync(backend.downloads, { recursive: true, force: true });
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
