// Bulk edits and their undo: an undo reverses only its own change, weighed against
// the store as it is now, so an edit made meanwhile elsewhere is never lost.
import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { revertChange } from '../../src/model/job-patch';
import { undoChange, undoDelete, updateJobs } from '../../src/store/bulk';
import { type JobmarkDatabase, openStore } from '../../src/store/db';
import { deleteJobs, putJobs, updateJob } from '../../src/store/jobs';
import { makeJob } from '../export/make-job';

let db: JobmarkDatabase;
beforeEach(async () => {
  db = await openStore(`bulk-test-${Math.random()}`);
});

test('undo of a tag change keeps a status changed elsewhere since', async () => {
  const job = makeJob({ tags: [] });
  await putJobs(db, [job]);
  const change = await updateJobs(db, [job.id], () => ({ tags: ['shortlist'] }));
  await updateJob(db, job.id, { status: 'interviewing' }); // the popup, meanwhile
  const undone = await undoChange(db, change);
  const now = await db.get('jobs', job.id);
  expect(now).toMatchObject({ tags: [], status: 'interviewing' });
  expect(now?.history.map((c) => c.status)).toEqual(['saved', 'interviewing']);
  expect(undone).toMatchObject({ keptNewer: 0, records: [now] });
});

test('undo of a status change removes its history event, but not a newer status', async () => {
  const a = makeJob();
  const b = makeJob();
  await putJobs(db, [a, b]);
  const change = await updateJobs(db, [a.id, b.id], () => ({ status: 'applied' }));
  await updateJob(db, b.id, { status: 'offer' }); // b changed again elsewhere
  const undone = await undoChange(db, change);
  expect(await db.get('jobs', a.id)).toMatchObject({ status: 'saved', history: a.history });
  const bNow = await db.get('jobs', b.id);
  expect(bNow?.status).toBe('offer');
  expect(bNow?.history.map((c) => c.status)).toEqual(['saved', 'applied', 'offer']);
  expect(undone.keptNewer).toBe(1);
});

test('undo of a deletion brings the jobs back, unless the posting was saved again meanwhile', async () => {
  const a = makeJob();
  const b = makeJob();
  await putJobs(db, [a, b]);
  const removed = await deleteJobs(db, [a.id, b.id]);
  await putJobs(db, [{ ...b, id: 'saved-again' }]);
  const undone = await undoDelete(db, removed);
  expect(await db.get('jobs', a.id)).toEqual(a);
  expect(await db.get('jobs', b.id)).toBeUndefined();
  expect(undone).toMatchObject({ keptNewer: 1, records: [a] });
});

test('revertChange touches nothing when every field it set was changed since', () => {
  const before = makeJob({ rating: 1 });
  const after = { ...before, rating: 3 as const, updatedAt: '2026-02-01T00:00:00.000Z' };
  const current = { ...after, rating: 5 as const };
  const { job, changed, keptNewer } = revertChange(current, before, after);
  expect(changed).toBe(false);
  expect(keptNewer).toEqual(['rating']);
  expect(job).toEqual(current);
});
