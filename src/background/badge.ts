// The toolbar badge. Per tab: a check mark while the tab shows a saved posting.
// Everywhere else: how many follow-ups are due (today's and overdue ones), the
// badge of every tab that has no saved posting.
import { plural } from '../model/plural';
import type { SavedJob } from '../model/saved-job';
import { browser } from '../platform';

const SAVED_COLOUR = '#1a7f37';
const DUE_COLOUR = '#bc4c00';

/** The button's title while follow-ups are due: a tab without a saved posting shows it too. */
let dueTitle = 'Jobmark';

export function showBadge(tabId: number, job: SavedJob | null): void {
  // A tab may close between the read and the badge; nothing to do then.
  Promise.all(
    job
      ? [
          browser.action.setBadgeText({ tabId, text: '✓' }),
          browser.action.setTitle({ tabId, title: `Jobmark: saved (${job.status})` }),
          browser.action.setBadgeBackgroundColor({ tabId, color: SAVED_COLOUR }),
        ]
      : [
          // null: the tab's own text goes, and the count of what is due shows through.
          browser.action.setBadgeText({ tabId, text: null }),
          browser.action.setTitle({ tabId, title: dueTitle }),
          browser.action.setBadgeBackgroundColor({ tabId, color: DUE_COLOUR }),
        ],
  ).catch(() => {});
}

/** The badge of every tab without a saved posting: the number of follow-ups due, or nothing. */
export function showDue(count: number): void {
  dueTitle = count ? `Jobmark: ${plural(count, 'follow-up')} due` : 'Jobmark';
  Promise.all([
    browser.action.setBadgeText({ text: count ? String(count) : '' }),
    browser.action.setTitle({ title: dueTitle }),
    browser.action.setBadgeBackgroundColor({ color: DUE_COLOUR }),
  ]).catch(() => {});
}
