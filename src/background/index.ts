// The service worker (a background script in Firefox): the one writer of the
// store. It answers typed messages and refuses any that are malformed or come
// from somewhere they should not; it also owns the context menu, the keyboard
// shortcut and the toolbar badge.
import type { JobPosting } from '../model/posting';
import { browser, extensionOrigin, type Runtime } from '../platform';
import { openStore } from '../store/db';
import { showBadge } from './badge';
import { dispatch, makeRoutes, type Origin, type Services } from './routes';
import { enableSite, siteIsAutomatic } from './sites';
import { readTab, tellTabSaved } from './tabs';

const services: Services = {
  db: () => openStore(),
  readTab: (tabId) => readTab(tabId),
  showSaved(tabId, job, tellPage) {
    showBadge(tabId, job);
    if (tellPage) tellTabSaved(tabId, job);
  },
  siteIsAutomatic,
  enableSite,
};
const postingByTab = new Map<number, JobPosting>();
const routes = makeRoutes(services, postingByTab);
browser.tabs.onRemoved.addListener((tabId) => postingByTab.delete(tabId));

function originOf(sender: Runtime.MessageSender): Origin | null {
  if (sender.id !== browser.runtime.id) return null;
  // Content scripts send from a tab whose URL is a web page; our pages from our own origin.
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin())) return 'extension';
  return sender.tab ? 'page' : null;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  dispatch(routes, message, originOf(sender), sender.tab?.id),
);

const SAVE_MENU = 'jobmark-save';
browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: SAVE_MENU,
      title: 'Save job posting',
      contexts: ['page', 'selection', 'link'],
    }),
  );
});

// The page saves it (page/save), so its panel shows "Saved" or the storage error.
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === SAVE_MENU && tab?.id !== undefined) readTab(tab.id, { tellIfNone: true, save: true });
});

browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'read-page') return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId !== undefined) await readTab(tabId, { tellIfNone: true, save: false });
});
