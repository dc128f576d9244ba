// The service worker (a background script in Firefox): the one writer of the
// store. It answers typed messages and refuses any that are malformed or come
// from somewhere they should not; it also owns the context menu, the keyboard
// shortcut and the toolbar badge.
import type { JobPosting } from '../model/posting';
import { browser, extensionOrigin, onNotificationClick, type Runtime } from '../platform';
import { openStore } from '../store/db';
import { refreshAsks } from '../store/job-asks';
import { showBadge } from './badge';
import { ensureWake, refreshDue, setReminders, WAKE_ALARM, wake } from './due';
import { pageLinks } from './page-links';
import { dispatch, makeRoutes, type Origin, type Services } from './routes';
import { enableSite, injectWords, siteIsAutomatic } from './sites';
import { readTab, tellTabSaved } from './tabs';

const services: Services = {
  db: () => openStore(),
  readTab: (tabId, words) => readTab(tabId, undefined, words),
  showSaved(tabId, job, tellPage) {
    showBadge(tabId, job);
    if (tellPage) tellTabSaved(tabId, job);
  },
  siteIsAutomatic,
  enableSite,
  dueChanged: async () => refreshDue(await openStore()),
  setReminders: async (on) => setReminders(await openStore(), on),
  pageLinks,
  injectWords,
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
  dispatch(routes, message, originOf(sender), sender.tab?.id, sender.url),
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

// What is due: counted when the browser starts and when Jobmark is updated (the
// badge keeps its count while the browser runs), again whenever a page writes
// jobs (due/changed), and at each wake of the one alarm, which also shows the
// reminder. A fresh install has no jobs yet, and its database is not made before
// a page or a save needs it.
const wakeNow = () => {
  openStore().then(
    (db) => wake(db),
    () => {},
  );
};
ensureWake().catch(() => {});
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === WAKE_ALARM) wakeNow();
});
browser.runtime.onStartup.addListener(wakeNow);
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== 'install') wakeNow();
  // An updated Jobmark may read items differently: what each saved job's items ask is read again
  // now, in short batches, so the dashboard's first fit does not (store/job-asks.ts).
  if (reason === 'update')
    openStore()
      .then(refreshAsks)
      .catch(() => {});
});
// A reminder clicked: the dashboard's Due view.
onNotificationClick((id) => {
  if (id === WAKE_ALARM) browser.tabs.create({ url: browser.runtime.getURL('src/dashboard/index.html#due') });
});
