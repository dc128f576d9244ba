import type { Verdict } from './verdict';

/** One requirement or nice-to-have, as the page panel says how it fits. */
export interface NoteItem {
  part: 'requirements' | 'niceToHave';
  verdict: Verdict;
  /** "Met: 5+ years of Go (5+ years asked, you have 6 of Go)": the verdict, the item, the reasons. */
  said: string;
}

/**
 * What the page panel says of a posting beyond what the page shows (issue 18), made by the background
 * where the profile is (background/page-notes.ts): the fit in one line with its deal-breakers, each item's
 * fit, and what changed since the person saved it. Text only: the profile never goes to a page's process.
 */
export interface PageNotes {
  /** "Your fit: 5 of 7 requirements, …, no deal-breakers", then a line per deal-breaker; null without a profile. */
  fit: string | null;
  /** Each requirement, then each nice-to-have, with its fit; empty without a profile. */
  items: NoteItem[];
  /** "Changed since you saved it: Pay changed: … ; 1 requirement added"; null when nothing changed. */
  changed: string | null;
}
