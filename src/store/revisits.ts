// A saved posting read again at its address: a reading that differs from the last
// one known is kept with the job (model/revisit.ts), and a page at the job's address
// that holds no posting any more, or says the posting is closed (model/closed.ts),
// marks the job closed, with the date; an open posting there again opens it. The posting as saved is never replaced: it is what the person saw.
import { canonicalUrl } from '../model/canonical';
import { saysClosed } from '../model/closed';
import type { JobPosting } from '../model/posting';
import { withReading } from '../model/revisit';
import type { SavedJob } from '../model/saved-job';
import type { JobmarkDatabase } from './db';
import { withAsks } from './job-asks';

/**
 * Record `reading`, read now at its address, on the job saved from that address (not one found by its
 * fingerprint: another address is another page). Returns the job as it is after, or null when none is saved there.
 */
export async function recordReading(
  db: JobmarkDatabase,
  reading: JobPosting,
  now = new Date(),
): Promise<SavedJob | null> {
  const tx = db.transaction('jobs', 'readwrite');
  const job = await tx.store.index('canonicalUrl').get(canonicalUrl(reading.url));
  if (!job) {
    await tx.done;
    return null;
  }
  const at = now.toISOString();
  let next: SavedJob = job;
  // Gone from its address, or still shown under a banner saying it is closed ("No longer accepting applications").
  if (!reading.isJobPosting || saysClosed(reading)) {
    // Its own page outweighs a list: a job a list closed is now closed by its page, from the list's day.
    if (!job.closedAt || job.closedBy) {
      const { closedBy: _list, ...rest } = job;
      next = { ...rest, closedAt: job.closedAt ?? at };
    }
  } else {
    const before = job.revisits ?? [];
    const revisits = withReading(job.posting, before, reading, at);
    if (revisits !== before || job.closedAt) {
      const { closedAt: _open, closedBy: _list, ...rest } = job;
      next = revisits.length ? { ...rest, revisits: [...revisits] } : rest;
    }
  }
  if (next !== job) {
    next = withAsks(next);
    await tx.store.put(next);
  }
  await tx.done;
  return next;
}
