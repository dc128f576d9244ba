// The dashboard's filters: search as you type plus one control per facet. Pure,
// so it is tested without a browser and the bench measures the same code.
import { shownPosting } from '../model/corrections';
import { localDay, weekEnd } from '../model/due';
import type { Workplace } from '../model/posting';
import type { Status } from '../model/saved-job';
import type { Entry } from './entries';

/** Follow-ups: before today, today, or from today to six days ahead. */
export type FollowUpFilter = '' | 'overdue' | 'today' | 'week';

export interface Filters {
  /** Words, each of which must appear in the title, company, skills, tags, notes or description. */
  query: string;
  status: Status | '';
  tag: string;
  workplace: Workplace | '';
  /** Per year (an hourly or monthly salary is converted); a job matches when its range overlaps. */
  salaryMin: number | null;
  salaryMax: number | null;
  location: string;
  skill: string;
  /** YYYY-MM-DD, inclusive. */
  savedFrom: string;
  savedTo: string;
  followUp: FollowUpFilter;
  /** Only jobs whose fit to the profile has no deal-breaker. */
  noDealBreakers: boolean;
  /** Only jobs meeting at least FITS_MOST of the requirements Jobmark could weigh (partly counts half). */
  fitsMost: boolean;
  /** Only jobs whose posting read differently since it was saved (model/revisit.ts). */
  changed: boolean;
  /** Only jobs whose posting was found closed. */
  closed: boolean;
}

export const FITS_MOST = 0.8;

export const NO_FILTERS: Filters = {
  query: '',
  status: '',
  tag: '',
  workplace: '',
  salaryMin: null,
  salaryMax: null,
  location: '',
  skill: '',
  savedFrom: '',
  savedTo: '',
  followUp: '',
  noDealBreakers: false,
  fitsMost: false,
  changed: false,
  closed: false,
};

export const words = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean);

/** Whether a follow-up date (YYYY-MM-DD or null) passes the follow-up filter on `today`. */
export function followUpMatches(filter: FollowUpFilter, day: string | null, today: string): boolean {
  if (!filter) return true;
  if (!day) return false;
  if (filter === 'overdue') return day < today;
  if (filter === 'today') return day === today;
  return day >= today && day <= weekEnd(today);
}

/** A predicate for the filters, with their text lower-cased once instead of per job. `today`: the local day. */
export function matcher(filters: Filters, today = localDay()): (entry: Entry) => boolean {
  const terms = words(filters.query);
  const tag = filters.tag.toLowerCase();
  const location = filters.location.trim().toLowerCase();
  const skill = filters.skill.trim().toLowerCase();
  const { status, workplace, salaryMin, salaryMax, savedFrom, savedTo } = filters;
  const salary = salaryMin !== null || salaryMax !== null;
  return (entry) => {
    const job = entry.job;
    if (status && job.status !== status) return false;
    if (workplace && shownPosting(job).workplace !== workplace) return false;
    if (tag && !entry.tags.includes(tag)) return false;
    if (location && !entry.location.includes(location)) return false;
    if (skill && !entry.skills.some((s) => s.includes(skill))) return false;
    if (savedFrom && job.savedAt.slice(0, 10) < savedFrom) return false;
    if (savedTo && job.savedAt.slice(0, 10) > savedTo) return false;
    if (!followUpMatches(filters.followUp, job.followUp, today)) return false;
    if (filters.noDealBreakers && entry.fit?.dealBreakers !== 0) return false;
    if (filters.fitsMost && (entry.fit?.share ?? -1) < FITS_MOST) return false;
    if (filters.changed && !job.revisits?.length) return false;
    if (filters.closed && !job.closedAt) return false;
    if (salary) {
      if (!entry.yearly) return false;
      if (salaryMin !== null && entry.yearly.max < salaryMin) return false;
      if (salaryMax !== null && entry.yearly.min > salaryMax) return false;
    }
    for (const term of terms) if (!entry.text.includes(term)) return false;
    return true;
  };
}

export function filterEntries(entries: readonly Entry[], filters: Filters, today = localDay()): Entry[] {
  const match = matcher(filters, today);
  return entries.filter(match);
}

/**
 * True when every job `next` shows is among those `previous` showed (a word typed
 * on, a filter added), so the new result can be found by filtering the old one:
 * typing narrows a list that gets shorter with every key.
 */
export function narrows(previous: Filters, next: Filters): boolean {
  const p = words(previous.query);
  const n = words(next.query);
  // Every old word is inside a new one: whatever holds the new words holds the old.
  const queryNarrows = p.every((w) => n.some((t) => t.includes(w)));
  return (
    queryNarrows &&
    (previous.status === '' || previous.status === next.status) &&
    (previous.tag === '' || previous.tag === next.tag) &&
    (previous.workplace === '' || previous.workplace === next.workplace) &&
    previous.salaryMin === next.salaryMin &&
    previous.salaryMax === next.salaryMax &&
    next.location.toLowerCase().includes(previous.location.toLowerCase()) &&
    next.skill.toLowerCase().includes(previous.skill.toLowerCase()) &&
    previous.savedFrom === next.savedFrom &&
    previous.savedTo === next.savedTo &&
    (previous.followUp === '' || previous.followUp === next.followUp) &&
    (!previous.noDealBreakers || next.noDealBreakers) &&
    (!previous.fitsMost || next.fitsMost) &&
    (!previous.changed || next.changed) &&
    (!previous.closed || next.closed)
  );
}

/** The follow-up filter's choices as a person reads them. */
export const FOLLOW_UP_FILTERS: Record<Exclude<FollowUpFilter, ''>, string> = {
  overdue: 'Overdue',
  today: 'Today',
  week: 'This week (next 7 days)',
};

export const isFiltered = (f: Filters): boolean =>
  Object.entries(f).some(([key, value]) => value !== NO_FILTERS[key as keyof Filters]);

/** A short name for what is shown, for file names and the Markdown heading. */
export function shortlistName(f: Filters): string {
  if (!isFiltered(f)) return 'All saved jobs';
  const parts = [
    f.tag && `#${f.tag}`,
    f.status,
    f.workplace,
    f.query && `“${f.query}”`,
    f.location,
    f.skill,
    f.followUp && `follow-up ${FOLLOW_UP_FILTERS[f.followUp].toLowerCase()}`,
    f.noDealBreakers && 'no deal-breakers',
    f.fitsMost && 'meets 80% of requirements',
    f.changed && 'changed since saved',
    f.closed && 'closed',
  ];
  return `Shortlist: ${parts.filter(Boolean).join(', ') || 'filtered'}`;
}
