// The toolbar badge, per tab: a check mark while the tab shows a saved posting.
import type { SavedJob } from '../model/saved-job';
import { browser } from '../platform';

export function showBadge(tabId: number, job: SavedJob | null): void {
  const title = job ? `Jobmark: saved (${job.status})` : 'Jobmark';
  // A tab may close between the read and the badge; nothing to do then.
  Promise.all([
    browser.action.setBadgeText({ tabId, text: job ? '✓' : '' }),
    browser.action.setTitle({ tabId, title }),
    job ? browser.action.setBadgeBackgroundColor({ tabId, color: '#1a7f37' }) : undefined,
  ]).catch(() => {});
}
