// Sorting the table by any column. Sorting happens when the sort or the jobs
// change, not on a keystroke: filtering keeps the sorted order.
import { compareFit } from '../fit/summary';
import { shownPosting } from '../model/corrections';
import { STATUSES } from '../model/saved-job';
import type { Entry } from './entries';

export const SORT_KEYS = [
  'title',
  'company',
  'location',
  'workplace',
  'salary',
  'fit',
  'status',
  'tags',
  'followUp',
  'saved',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

export const DEFAULT_SORT: Sort = { key: 'saved', descending: true };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const text = (a: string, b: string) => {
  // Empty values go last whichever way the column is sorted.
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return collator.compare(a, b);
};

const compare: Record<SortKey, (a: Entry, b: Entry) => number> = {
  title: (a, b) => text(a.title, b.title),
  company: (a, b) => text(a.company, b.company),
  location: (a, b) => text(a.location, b.location),
  workplace: (a, b) => text(shownPosting(a.job).workplace ?? '', shownPosting(b.job).workplace ?? ''),
  salary: (a, b) => (a.yearly?.max ?? -1) - (b.yearly?.max ?? -1),
  // Ascending: the worst fit first; descending: the best first (fewest deal-breakers, most requirements met).
  fit: (a, b) => compareFit(b.fit, a.fit),
  status: (a, b) => STATUSES.indexOf(a.job.status) - STATUSES.indexOf(b.job.status),
  tags: (a, b) => text(a.tags.join(' '), b.tags.join(' ')),
  // YYYY-MM-DD sorts as text; jobs without a follow-up go last.
  followUp: (a, b) => text(a.job.followUp ?? '', b.job.followUp ?? ''),
  saved: (a, b) => (a.job.savedAt < b.job.savedAt ? -1 : a.job.savedAt > b.job.savedAt ? 1 : 0),
};

export function sortEntries(entries: readonly Entry[], sort: Sort): Entry[] {
  const by = compare[sort.key];
  const sign = sort.descending ? -1 : 1;
  // Ties fall back to the newest saved first, so the order is stable and predictable.
  return [...entries].sort((a, b) => sign * by(a, b) || compare.saved(b, a));
}
