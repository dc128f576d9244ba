// A saved job's fit: weighed on what the posting says now, which is its latest
// reading (a later visit that read it changed: model/revisit.ts) or else the
// posting as saved, with the person's corrections laid over it, and with the
// asks kept with the job (model/item-asks.ts) so no item's text is read again.
import { shownPosting, withCorrections } from '../model/corrections';
import type { JobPosting } from '../model/posting';
import type { Profile } from '../model/profile';
import type { SavedJob } from '../model/saved-job';
import { type Fit, fitCounts, fitOf } from './fit';

const latestShown = new WeakMap<SavedJob, JobPosting>();

/** The posting a job's fit weighs: its latest reading, as the person corrected it. */
export function fitPosting(job: SavedJob): JobPosting {
  const latest = job.revisits?.at(-1);
  if (!latest) return shownPosting(job);
  let posting = latestShown.get(job);
  if (!posting) {
    posting = withCorrections(latest.posting, job.corrections);
    latestShown.set(job, posting);
  }
  return posting;
}

/** How a saved job fits `profile`, on its latest reading. */
export function jobFit(job: SavedJob, profile: Profile): Fit {
  return fitOf(fitPosting(job), profile, job.asks);
}

/** The same, counted without its reasons: for the table and the exports, which say only the summary. */
export function jobCounts(job: SavedJob, profile: Profile): ReturnType<typeof fitCounts> {
  return fitCounts(fitPosting(job), profile, job.asks);
}
