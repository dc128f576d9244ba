// The import of many jobs counts what it writes as it goes, and a cancel while it runs
// leaves the store exactly as it was (all or nothing).
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { EMPTY_PROFILE } from '../../src/model/profile';
import type { SavedJob } from '../../src/model/saved-job';
import type { SiteRule } from '../../src/model/site-rules';
import { openStore } from '../../src/store/db';
import { ImportCancelled, importJobs, PROGRESS_STEP } from '../../src/store/import';
import { listJobs, putJobs } from '../../src/store/jobs';
import { getProfile } from '../../src/store/profile';
import { listRules } from '../../src/store/rules';
import { makeJob } from '../export/make-job';

const many = (n: number): SavedJob[] =>
  Array.from({ length: n }, (_, i) => makeJob({ title: `Job ${i}`, url: `https://jobs.example.com/${i}` }));

test('the count written is told in steps, in order, ending with every job', async () => {
  const db = await openStore(`import-progress-${Math.random()}`);
  const jobs = many(1_010);
  const told: [number, number][] = [];
  const plan = await importJobs(db, jobs, [], null, { onProgress: (written, total) => told.push([written, total]) });
  expect(plan.added).toBe(1_010);
  expect(told).toEqual([
    [0, 1_010],
    [PROGRESS_STEP, 1_010],
    [2 * PROGRESS_STEP, 1_010],
    [3 * PROGRESS_STEP, 1_010],
    [4 * PROGRESS_STEP, 1_010],
    [1_010, 1_010],
  ]);
  expect(await listJobs(db)).toHaveLength(1_010);
});

test('a cancel while the jobs are being written leaves the store exactly as it was', async () => {
  const db = await openStore(`import-cancel-${Math.random()}`);
  const kept = makeJob({ title: 'Kept', tags: ['mine'], url: 'https://jobs.example.com/kept' });
  await putJobs(db, [kept]);
  const before = await listJobs(db);
  const rulesBefore = await listRules(db);
  const profileBefore = await getProfile(db);
  const cancel = new AbortController();
  const incoming = [{ ...kept, tags: ['theirs'], updatedAt: '2027-01-01T00:00:00.000Z' }, ...many(1_000)];
  const told: number[] = [];
  const rule: SiteRule = {
    id: 'r1',
    site: 'remotewlb.com',
    at: '2027-01-01T00:00:00.000Z',
    from: { jobId: 'j1', title: 'Engineer' },
    kind: 'heading',
    heading: 'Sparkles on top',
    part: 'niceToHave',
  };
  const profile = { ...EMPTY_PROFILE, years: 9, updatedAt: '2027-01-01T00:00:00.000Z' };
  const run = importJobs(db, incoming, [rule], profile, {
    signal: cancel.signal,
    onProgress: (written) => {
      told.push(written);
      // Halfway through, as a person clicks Cancel while the bar moves.
      if (written === 2 * PROGRESS_STEP) cancel.abort();
    },
  });
  await expect(run).rejects.toBeInstanceOf(ImportCancelled);
  await expect(run).rejects.toThrow('The import was cancelled and nothing was changed.');
  expect(told.at(-1)).toBe(2 * PROGRESS_STEP);
  expect(await listJobs(db)).toEqual(before);
  expect(await listRules(db)).toEqual(rulesBefore);
  expect(await getProfile(db)).toEqual(profileBefore);
});

test('a cancel before the write starts writes nothing', async () => {
  const db = await openStore(`import-cancel-early-${Math.random()}`);
  const cancel = new AbortController();
  cancel.abort();
  await expect(importJobs(db, many(3), [], null, { signal: cancel.signal })).rejects.toBeInstanceOf(ImportCancelled);
  expect(await listJobs(db)).toEqual([]);
});

test('a cancel after the import is written changes nothing more: the import stands', async () => {
  const db = await openStore(`import-cancel-late-${Math.random()}`);
  const cancel = new AbortController();
  const plan = await importJobs(db, many(3), [], null, { signal: cancel.signal });
  cancel.abort();
  expect(plan.added).toBe(3);
  expect(await listJobs(db)).toHaveLength(3);
});

test('a cancel while the import waits behind another writer is told at once, and nothing is written', async () => {
  const db = await openStore(`import-cancel-waiting-${Math.random()}`);
  // Another writer holds the jobs until released (a save from a tab, for a moment).
  const other = db.transaction('jobs', 'readwrite');
  const store = other.objectStore('jobs');
  let held = true;
  const hold = (): void => {
    if (held) void store.count().then(hold);
  };
  await store.count();
  hold();
  const cancel = new AbortController();
  const run = importJobs(db, many(5), [], null, { signal: cancel.signal });
  cancel.abort();
  await expect(run).rejects.toBeInstanceOf(ImportCancelled);
  held = false;
  await other.done;
  expect(await listJobs(db)).toEqual([]);
});
