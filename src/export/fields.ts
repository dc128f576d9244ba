// How a saved job reads in a file or a cell: one place, so the CSV, the
// tab-separated copy, the Markdown shortlist and the dashboard say the same thing.
import { shownPosting } from '../model/corrections';
import { describeSalary } from '../model/posting';
import type { SavedJob } from '../model/saved-job';

const WORKPLACE = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' } as const;

// Each reads the posting as shown: what was read, with the person's corrections (model/corrections.ts).
export const titleOf = (job: SavedJob): string => shownPosting(job).title?.trim() || job.url;
export const companyOf = (job: SavedJob): string => shownPosting(job).company?.trim() ?? '';
export const locationsOf = (job: SavedJob): string => shownPosting(job).locations.join('; ');
export const workplaceOf = (job: SavedJob): string => {
  const { workplace } = shownPosting(job);
  return workplace ? WORKPLACE[workplace] : '';
};

/** The salary as the page wrote it, or built from its numbers; empty without one. */
export const salaryOf = (job: SavedJob): string => describeSalary(shownPosting(job)) ?? '';

/**
 * "2026-03-04 09:05", in UTC. Excel, LibreOffice and Google Sheets all read this
 * form as a date and time; the ISO form with "T" and "Z" they keep as text.
 */
export function dateTimeOf(iso: string): string {
  return iso.length >= 16 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso;
}

// Only web addresses are ever made into links: a posting can hold anything. The one
// check lives in model/ (import and the background use it too); the pages import it from here.
export { isWebUrl } from '../model/validate';
