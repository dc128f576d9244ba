// A whole list of a job board read in a tab (model/closed-list.ts): each saved job
// of that board it shows is known to be listed; one it showed before and shows no
// more is marked closed, with the date; one it closed and shows again opens again.
// Jobs it never showed are left as they are (a posting may be published unlisted).
import { listedPostings, wholeBoardList } from '../model/closed-list';
import type { SavedJob } from '../model/saved-job';
import type { JobmarkDatabase } from './db';

/**
 * Record what the list at `address` (the tab's, as the browser tells it) links to. Returns the jobs
 * written, or null where the page is not a whole list of a board or its links cannot be trusted.
 */
export async function recordBoardList(
  db: JobmarkDatabase,
  address: string,
  links: readonly string[],
  now = new Date(),
): Promise<SavedJob[] | null> {
  const board = wholeBoardList(address);
  const listed = board && listedPostings(board, links);
  if (!board || !listed) return null;
  const at = now.toISOString();
  const tx = db.transaction('jobs', 'readwrite');
  // Every job saved from this board: their canonical addresses start with its prefix.
  const range = IDBKeyRange.bound(board.prefix, `${board.prefix}\uffff`);
  const jobs = (await tx.store.index('canonicalUrl').getAll(range)).filter((job) => board.lists(job.canonicalUrl));
  const written: SavedJob[] = [];
  for (const job of jobs) {
    let next: SavedJob = job;
    if (listed.has(job.canonicalUrl)) {
      if (job.closedBy === 'list') {
        const { closedAt: _open, closedBy: _list, ...rest } = job;
        next = rest;
      }
      if (!next.listedAt) next = { ...next, listedAt: at };
    } else if (job.listedAt && !job.closedAt) {
      next = { ...job, closedAt: at, closedBy: 'list' };
    }
    if (next !== job) {
      written.push(next);
      await tx.store.put(next);
    }
  }
  await tx.done;
  return written;
}
