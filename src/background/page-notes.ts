// What the page panel says of a posting beyond what the page shows (issue 18): how it
// fits the person's profile, and what changed since they saved it. Made here, where
// the store is, and sent as text: the profile never reaches a page's process.
import { fitOf } from '../fit/fit';
import { summarise } from '../fit/summary';
import { withCorrections } from '../model/corrections';
import type { PageNotes } from '../model/page-notes';
import type { JobPosting } from '../model/posting';
import { hasProfile, type Profile } from '../model/profile';
import { compareReadings, describeChanges } from '../model/revisit';
import type { SavedJob } from '../model/saved-job';

/** The notes for a posting read on a page (and its saved job, if any); null when there is nothing to say. */
export function pageNotes(posting: JobPosting, job: SavedJob | null, profile: Profile): PageNotes | null {
  let fit: string | null = null;
  if (hasProfile(profile) && posting.isJobPosting) {
    const f = fitOf(withCorrections(posting, job?.corrections), profile);
    fit = [`Your fit: ${summarise(f).text}`, ...f.dealBreakers.map((d) => `Deal-breaker: ${d.text}`)].join('\n');
  }
  const latest = job?.revisits?.at(-1);
  const changes = job && latest ? describeChanges(compareReadings(job.posting, latest.posting)) : [];
  const changed = changes.length ? `Changed since you saved it: ${changes.join('; ')}` : null;
  return fit || changed ? { fit, changed } : null;
}
