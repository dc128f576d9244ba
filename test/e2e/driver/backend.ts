// What each browser brings to the one driver (chromium.ts, firefox.ts); index.ts
// builds the rest of ExtensionBrowser on it the same way for both.
import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import type { Page, PageHost } from './page';

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  /**
   * The colour scheme the system asks pages for (prefers-color-scheme), as a person's dark
   * or light desktop does; the browser's default when not given. Set at start, since
   * Firefox's WebDriver BiDi cannot emulate it in a page (Chromium's protocol can: page.raw).
   */
  colorScheme?: 'light' | 'dark';
}

export interface Backend extends PageHost {
  name: BrowserName;
  browser: Browser;
  /** Chromium's id (32 letters a–p, from the extension's folder); Firefox's add-on id (the manifest's gecko id). */
  extensionId: string;
  /** The build the browser runs. */
  dist: string;
  extensionUrl(path: string): string;
  /** Run `fn` where the extension's API is: Chromium's service worker; in Firefox an extension page of its own. */
  inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Do `action`, and return the tab it opened (its page loaded or loading). */
  waitForNewPage(action: () => Promise<void>): Promise<PuppeteerPage>;
  clickToolbarButton(tab: Page): Promise<void>;
  grantSite(origin: string): Promise<void>;
}
