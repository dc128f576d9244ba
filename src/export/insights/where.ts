// Where the saved jobs are: how they are worked (remote, hybrid, on-site, or
// not stated) and the places they name. A job naming three places counts once
// in each, so the places add up to more than the jobs; places are the page's own
// words, the same place written alike counted together whatever its case.
// A person's corrections of a posting count (model/corrections.ts shownPosting).
import { shownPosting } from '../../model/corrections';
import type { Workplace } from '../../model/posting';
import type { SavedJob } from '../../model/saved-job';
import { type Counted, counted, tally } from './numbers';
import type { InsightTable } from './table';

export const WORKPLACES = ['remote', 'hybrid', 'onsite', 'unstated'] as const;
export type WorkplaceKind = Workplace | 'unstated';

export const WORKPLACE_NAMES: Record<WorkplaceKind, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
  unstated: 'Not stated',
};

/** How a job is worked, the jobs, and their share of every saved job. */
export type WorkplaceCount = Counted<WorkplaceKind>;

export function workplaces(jobs: readonly SavedJob[]): WorkplaceCount[] {
  const counts = tally(WORKPLACES, jobs, (job): WorkplaceKind[] => [shownPosting(job).workplace ?? 'unstated']);
  return counted(WORKPLACES, counts, jobs.length);
}

export const workplaceTable = (counts: readonly WorkplaceCount[]): InsightTable => ({
  columns: [
    { key: 'workplace', label: 'Workplace' },
    { key: 'jobs', label: 'Jobs' },
    { key: 'percent_of_jobs', label: 'Of all saved', unit: '%' },
  ],
  rows: counts.map((c) => [WORKPLACE_NAMES[c.key], c.jobs, c.share]),
});

export const TOP_PLACES = 10;

export interface Places {
  /** The most named places, most jobs first (ties by name). */
  top: { place: string; jobs: number }[];
  /** The other places: how many, and how many jobs name one of them. */
  others: { places: number; jobs: number };
  /** Jobs that name no place. */
  none: number;
}

/** The places a job names, each once: lower-cased key → the page's spelling. */
function placesOf(job: SavedJob): Map<string, string> {
  const named = new Map<string, string>();
  for (const raw of shownPosting(job).locations) {
    const place = raw.trim().replace(/\s+/g, ' ');
    if (place && !named.has(place.toLowerCase())) named.set(place.toLowerCase(), place);
  }
  return named;
}

export function places(jobs: readonly SavedJob[], top = TOP_PLACES): Places {
  const counts = new Map<string, { place: string; jobs: number }>();
  const named = jobs.map(placesOf);
  for (const places of named) {
    for (const [key, place] of places) {
      const entry = counts.get(key);
      if (entry) entry.jobs++;
      else counts.set(key, { place, jobs: 1 });
    }
  }
  const sorted = [...counts.entries()].sort(([, a], [, b]) => b.jobs - a.jobs || a.place.localeCompare(b.place));
  const rest = new Set(sorted.slice(top).map(([key]) => key));
  return {
    top: sorted.slice(0, top).map(([, entry]) => entry),
    others: { places: rest.size, jobs: named.filter((p) => [...p.keys()].some((k) => rest.has(k))).length },
    none: named.filter((p) => p.size === 0).length,
  };
}

export const placesTable = (p: Places): InsightTable => ({
  columns: [
    { key: 'place', label: 'Place' },
    { key: 'jobs', label: 'Jobs' },
  ],
  rows: [
    ...p.top.map((t): [string, number] => [t.place, t.jobs]),
    ...(p.others.places ? [[`${p.others.places} other places`, p.others.jobs] as [string, number]] : []),
    ...(p.none ? [['No place given', p.none] as [string, number]] : []),
  ],
});
