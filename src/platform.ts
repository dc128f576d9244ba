// The one place that knows which browser Jobmark runs in, and the only importer
// of webextension-polyfill: everything else asks this module.
import browser from 'webextension-polyfill';

export type { Browser, Runtime, Tabs } from 'webextension-polyfill';
export { browser };

/** This extension's own origin, to tell our pages from web pages in message senders. */
export function extensionOrigin(): string {
  return new URL(browser.runtime.getURL('/')).origin;
}

/**
 * Ask the person for the permission to read every page of `origin` by itself.
 * Must be called from the click that asks for it (both browsers require a user
 * gesture). Firefox shows the prompt from the popup as Chromium does; in Firefox
 * the manifest's own job sites are opt-in host permissions too, granted in its
 * add-on manager.
 */
export function requestSitePermission(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [`${origin}/*`] });
}

/** The address of a tab, when the person's click (activeTab) lets the extension see it. */
export async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}
