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

/**
 * Notifications are an optional permission: asked for when the person turns
 * follow-up reminders on (from that click: both browsers require a gesture),
 * given back when they turn them off.
 */
const NOTIFICATIONS = { permissions: ['notifications' as const] };

export const requestNotifications = (): Promise<boolean> => browser.permissions.request(NOTIFICATIONS);
export const dropNotifications = (): Promise<boolean> => browser.permissions.remove(NOTIFICATIONS);
export const canNotify = (): Promise<boolean> => browser.permissions.contains(NOTIFICATIONS);

/** Show a notification (the permission must be granted); `id` replaces an earlier one with the same id. */
export async function notify(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title,
    message,
  });
}

/**
 * Run `onClick` when the person clicks one of Jobmark's notifications. The API is
 * there only while the permission is granted, so the listener is added at start
 * when it is, and again whenever the permission is granted later.
 */
export function onNotificationClick(onClick: (id: string) => void): void {
  let listening = false;
  const listen = () => {
    if (listening || !browser.notifications?.onClicked) return;
    browser.notifications.onClicked.addListener(onClick);
    listening = true;
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
}
