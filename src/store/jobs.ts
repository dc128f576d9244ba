// Reading and writing saved jobs. Each write is one IndexedDB transaction that
// reads the record it changes, so two writers (two tabs, popup and dashboard)
// never overwrite each other's edits, and saving the same posting twice finds
// the first record instead of making a second.
import { canonicalUrl, fingerprint } from '../model/canonical';
import { applyPatch, type JobPatch } from '../model/job-patch';
import type { JobPosting } from '../model/posting';
import type { SavedJob } from '../model/saved-job';
import type { JobmarkDatabase } from './db';
import { withAsks } from './job-asks';
import { learnFrom } from './rules';

export interface SaveResult {
  job: SavedJob;
  /** false when the posting was already saved (same canonical URL or same fingerprint). */
  created: boolean;
}

const newId = () => crypto.randomUUID();

/**
 * Save a posting, or find it saved already. Never creates a duplicate. `read`: the reader's own
 * result where the site's rules changed it into `posting` (kept so that removing a rule can undo it).
 */
export async function saveJob(
  db: JobmarkDatabase,
  posting: JobPosting,
  now = new Date(),
  read?: JobPosting,
): Promise<SaveResult> {
  const canonical = canonicalUrl(posting.url);
  const print = fingerprint(posting);
  const tx = db.transaction('jobs', 'readwrite');
  const existing =
    (await tx.store.index('canonicalUrl').get(canonical)) ?? (await tx.store.index('fingerprint').get(print));
  if (existing) {
    await tx.done;
    return { job: existing, created: false };
  }
  const at = now.toISOString();
  const job: SavedJob = withAsks({
    id: newId(),
    url: posting.url,
    canonicalUrl: canonical,
    fingerprint: print,
    posting,
    ...(read && read !== posting && { read }),
    status: 'saved',
    history: [{ status: 'saved', at }],
    tags: [],
    notes: '',
    rating: 0,
    followUp: null,
    savedAt: at,
    updatedAt: at,
  });
  await tx.store.add(job);
  await tx.done;
  return { job, created: true };
}

export async function updateJob(db: JobmarkDatabase, id: string, patch: JobPatch, now = new Date()): Promise<SavedJob> {
  // The rules a correction teaches are saved with it, or not at all.
  const tx = db.transaction(['jobs', 'rules'], 'readwrite');
  const jobs = tx.objectStore('jobs');
  const job = await jobs.get(id);
  if (!job) {
    await tx.done; // nothing was written
    throw new Error('This job is no longer saved.');
  }
  const next = withAsks(applyPatch(job, patch, now));
  await jobs.put(next);
  await learnFrom(tx, job, patch.correct, now);
  await tx.done;
  return next;
}

/** The saved job for a page, by its canonical URL or, failing that, by the posting's fingerprint. */
export async function findJob(
  db: JobmarkDatabase,
  url: string,
  posting?: Pick<JobPosting, 'title' | 'company' | 'description'>,
): Promise<SavedJob | undefined> {
  const tx = db.transaction('jobs');
  const byUrl = await tx.store.index('canonicalUrl').get(canonicalUrl(url));
  if (byUrl || !posting?.title) return byUrl;
  return tx.store.index('fingerprint').get(fingerprint(posting));
}

/** Every saved job, most recently saved first. */
export async function listJobs(db: JobmarkDatabase): Promise<SavedJob[]> {
  return (await db.getAllFromIndex('jobs', 'savedAt')).reverse();
}

/**
 * The last `n` saved jobs, newest first, without reading the rest. Where the
 * browser takes getAll's options (Chromium 141+), one request reads them newest
 * first; elsewhere a cursor steps back through them, one round trip per job.
 */
export async function recentJobs(db: JobmarkDatabase, n: number): Promise<SavedJob[]> {
  if (n <= 0) return [];
  const index = db.transaction('jobs').store.index('savedAt');
  try {
    // A browser without the options form reads the object as a key and refuses it (DataError).
    const options = { query: null, count: n, direction: 'prev' } as unknown as IDBKeyRange;
    return await index.getAll(options);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'DataError')) throw error;
  }
  const out: SavedJob[] = [];
  let cursor = await index.openCursor(null, 'prev');
  while (cursor && out.length < n) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** Delete jobs; returns them as they were, so the deletion can be undone (bulk.ts undoDelete). */
export async function deleteJobs(db: JobmarkDatabase, ids: readonly string[]): Promise<SavedJob[]> {
  const tx = db.transaction('jobs', 'readwrite');
  const removed: SavedJob[] = [];
  for (const id of ids) {
    const job = await tx.store.get(id);
    if (job) {
      removed.push(job);
      await tx.store.delete(id);
    }
  }
  await tx.done;
  return removed;
}

/** Write whole records in one transaction: all or nothing (undo, import). */
export async function putJobs(db: JobmarkDatabase, jobs: readonly SavedJob[]): Promise<void> {
  const tx = db.transaction('jobs', 'readwrite');
  await Promise.all([...jobs.map((job) => tx.store.put(job)), tx.done]);
}

/** Every tag in use with how many jobs carry it, most used first: the suggestions for a new tag. */
export async function tagCounts(db: JobmarkDatabase): Promise<{ tag: string; count: number }[]> {
  const counts = new Map<string, number>();
  let cursor = await db.transaction('jobs').store.index('tags').openKeyCursor();
  while (cursor) {
    const tag = String(cursor.key);
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
    cursor = await cursor.continue();
  }
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
