import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { notAPosting } from '../../src/model/posting';
import { type JobmarkDatabase, openStore } from '../../src/store/db';
import {
  deleteJobs,
  findJob,
  listJobs,
  putJobs,
  recentJobs,
  saveJob,
  tagCounts,
  updateJob,
} from '../../src/store/jobs';

const posting = (url: string, title = 'Senior Engineer', company = 'Acme') => ({
  ...notAPosting(url),
  isJobPosting: true,
  title,
  company,
  description: `${title} at ${company}. Build things.`,
});

let db: JobmarkDatabase;
beforeEach(async () => {
  db = await openStore(`jobs-test-${Math.random()}`);
});

test('saving the same posting through two links leaves one record', async () => {
  const a = await saveJob(db, posting('https://www.linkedin.com/jobs/view/123/?trk=abc'));
  const b = await saveJob(db, posting('https://www.linkedin.com/jobs/search/?currentJobId=123&keywords=go'));
  expect(a.created).toBe(true);
  expect(b.created).toBe(false);
  expect(b.job.id).toBe(a.job.id);
  expect(await listJobs(db)).toHaveLength(1);
});

test('the same posting on two sites is recognised by its fingerprint', async () => {
  await saveJob(db, posting('https://jobs.lever.co/acme/1'));
  const again = await saveJob(db, posting('https://www.builtin.com/job/acme-senior-engineer/99'));
  expect(again.created).toBe(false);
});

test('saving from two tabs at once leaves one record', async () => {
  const results = await Promise.all([
    saveJob(db, posting('https://jobs.lever.co/acme/2')),
    saveJob(db, posting('https://jobs.lever.co/acme/2?lever-source=x')),
  ]);
  expect(results.filter((r) => r.created)).toHaveLength(1);
  expect(await listJobs(db)).toHaveLength(1);
});

test('concurrent edits are both kept, and every status change is dated', async () => {
  const { job } = await saveJob(db, posting('https://jobs.lever.co/acme/3'));
  await Promise.all([
    updateJob(db, job.id, { notes: 'Call Ana' }),
    updateJob(db, job.id, { status: 'applied' }),
    updateJob(db, job.id, { tags: ['remote', ' Remote ', 'go'] }),
  ]);
  const saved = await findJob(db, 'https://jobs.lever.co/acme/3');
  expect(saved?.notes).toBe('Call Ana');
  expect(saved?.status).toBe('applied');
  expect(saved?.tags).toEqual(['remote', 'go']);
  expect(saved?.history.map((h) => h.status)).toEqual(['saved', 'applied']);
  expect(await tagCounts(db)).toEqual([
    { tag: 'go', count: 1 },
    { tag: 'remote', count: 1 },
  ]);
});

test('a deletion can be undone', async () => {
  const { job } = await saveJob(db, posting('https://jobs.lever.co/acme/4'));
  const removed = await deleteJobs(db, [job.id]);
  expect(await listJobs(db)).toHaveLength(0);
  await putJobs(db, removed);
  expect((await listJobs(db)).map((j) => j.id)).toEqual([job.id]);
});

test('editing a job that was deleted says so', async () => {
  await expect(updateJob(db, 'missing', { notes: 'x' })).rejects.toThrow('no longer saved');
});

test('the recent jobs are the newest saved, newest first, ties in the same order as the whole list', async () => {
  // Two saved in the same millisecond, so the order among equal dates is checked too.
  const days = ['2025-03-01', '2025-03-04', '2025-03-02', '2025-03-04', '2025-03-03'];
  for (const [i, day] of days.entries())
    await saveJob(db, posting(`https://jobs.lever.co/acme/r${i}`, `Job ${i}`), new Date(day));
  const all = (await listJobs(db)).map((j) => j.posting.title);
  expect(all.slice(0, 2).sort()).toEqual(['Job 1', 'Job 3']);
  for (const n of [0, 1, 2, 3, 5, 9]) {
    expect((await recentJobs(db, n)).map((j) => j.posting.title)).toEqual(all.slice(0, n));
  }
});
