// What the page panel says of a posting beyond what the page shows (issue 18): how it
// fits the person's profile, item by item, and what changed since they saved it. Made
// here, where the store is, and sent as text: the profile never reaches a page's process.
import { fitOf, type ItemFit } from '../fit/fit';
import { summarise } from '../fit/summary';
import { withCorrections } from '../model/corrections';
import type { NoteItem, PageNotes } from '../model/page-notes';
import type { JobPosting } from '../model/posting';
import { hasProfile, type Profile } from '../model/profile';
import { compareReadings, describeChanges } from '../model/revisit';
import type { SavedJob } from '../model/saved-job';
import { VERDICT_SAID } from '../model/verdict';

/** An item's fit in words, as the popup and the job view say it: "Met: … (reason; reason)". */
const noteItem =
  (part: NoteItem['part']) =>
  (item: ItemFit): NoteItem => ({
    part,
    verdict: item.verdict,
    said: `${VERDICT_SAID[item.verdict].words}: ${item.text}${item.reasons.length ? ` (${item.reasons.join('; ')})` : ''}`,
  });

/** The notes for a posting read on a page (and its saved job, if any); null when there is nothing to say. */
export function pageNotes(posting: JobPosting, job: SavedJob | null, profile: Profile): PageNotes | null {
  let fit: string | null = null;
  let items: NoteItem[] = [];
  if (hasProfile(profile) && posting.isJobPosting) {
    // The page as read now, as the person corrected it; the job's kept asks spare reading its items again.
    const f = fitOf(withCorrections(posting, job?.corrections), profile, job?.asks);
    fit = [`Your fit: ${summarise(f).text}`, ...f.dealBreakers.map((d) => `Deal-breaker: ${d.text}`)].join('\n');
    items = [...f.requirements.map(noteItem('requirements')), ...f.niceToHave.map(noteItem('niceToHave'))];
  }
  const latest = job?.revisits?.at(-1);
  const changes = job && latest ? describeChanges(compareReadings(job.posting, latest.posting)) : [];
  const changed = changes.length ? `Changed since you saved it: ${changes.join('; ')}` : null;
  return fit || changed ? { fit, items, changed } : null;
}
