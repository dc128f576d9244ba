// The one place that knows which browser Jobmark runs in, and the only importer
// of webextension-polyfill: everything else asks this module.
import browser from 'webextension-polyfill';

export type { Browser, Runtime, Tabs } from 'webextension-polyfill';
export { browser };

/** Firefox exposes runtime.getBrowserInfo; Chromium browsers do not. */
export const isFirefox = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

/** The absolute URL of a file inside the extension (a page, an icon). */
export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

/** This extension's own origin, to tell our pages from web pages in message senders. */
export function extensionOrigin(): string {
  return new URL(browser.runtime.getURL('/')).origin;
}
