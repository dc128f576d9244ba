// Talking to the page reader in a tab: ask it to read its page, injecting it first
// where it is not running yet (on the job sites and the sites the person added,
// after the quick check; elsewhere only after the person's gesture: the toolbar
// button, the shortcut or the context menu grant activeTab).

import type { LanguageCode } from '../extract/words/lexicons';
import { type ContentReadRequest, sendToTab } from '../messages';
import type { JobPosting } from '../model/posting';
import type { SavedJob } from '../model/saved-job';
import { browser } from '../platform';
import { injectReader } from './sites';

const tabSend = (tabId: number, message: unknown) => browser.tabs.sendMessage(tabId, message);

export async function readTab(
  tabId: number,
  how: Omit<ContentReadRequest, 'force'> = { tellIfNone: false, save: false },
  /** Word packs to inject with the reader where it is not running yet (sites.ts injectReader). */
  words: readonly LanguageCode[] = [],
): Promise<JobPosting | null> {
  const ask = async () => (await sendToTab(tabSend, tabId, 'content/read', { force: true, ...how })).posting;
  try {
    return await ask();
  } catch {
    // No content script in this tab yet.
  }
  if (!(await injectReader(tabId, words))) return null;
  try {
    return await ask();
  } catch {
    return null;
  }
}

/** Tell the page panel of a tab that its job was saved or edited elsewhere. */
export function tellTabSaved(tabId: number, job: SavedJob | null): void {
  sendToTab(tabSend, tabId, 'content/saved', { job }).catch(() => {
    // No content script there (it was never injected): the badge says it.
  });
}
