// What each item of a saved job asks is kept with it wherever a job is written (a
// save, an edit, a new reading, an import), read again when other readers read it,
// and never leaves in a backup: the fit of many jobs then reads no text.
import 'fake-indexeddb/auto';
import { beforeEach, expect, test, vi } from 'vitest';
import { jobsToJson, parseBackup } from '../../src/export/json';
import { currentReader } from '../../src/fit/read-items';
import { shownPosting } from '../../src/model/corrections';
import { type JobPosting, notAPosting } from '../../src/model/posting';
import { undoChange, updateJobs } from '../../src/store/bulk';
import { type JobmarkDatabase, openStore } from '../../src/store/db';
import { importJobs } from '../../src/store/import';
import { refreshAsks } from '../../src/store/job-asks';
import { listJobs, putJobs, saveJob, updateJob } from '../../src/store/jobs';
import { recordReading } from '../../src/store/revisits';

const posting = (url: string, over: Partial<JobPosting> = {}): JobPosting => ({
  ...notAPosting(url),
  isJobPosting: true,
  title: 'Backend Engineer',
  company: 'Acme',
  description: 'Backend Engineer at Acme.',
  requirements: ['5+ years with PostgreSQL', 'Fluent German'],
  niceToHave: ['Kubernetes in production'],
  ...over,
});

const texts = (job: { asks?: { items: { text: string }[] } }) => job.asks?.items.map((i) => i.text);

let db: JobmarkDatabase;
beforeEach(async () => {
  db = await openStore(`asks-test-${Math.random()}`);
});

test('a saved job keeps what each of its items asks, read by this build', async () => {
  const { job } = await saveJob(db, posting('https://boards.greenhouse.io/acme/jobs/1'));
  const [stored] = await listJobs(db);
  expect(stored!.asks).toEqual(job.asks);
  expect(stored!.asks).toEqual({
    reader: currentReader(),
    items: [
      { text: '5+ years with PostgreSQL', skills: ['PostgreSQL'], years: { min: 5 } },
      { text: 'Fluent German', languages: ['German'] },
      { text: 'Kubernetes in production', skills: ['Kubernetes'] },
    ],
  });
});

test('an item the person adds or moves is kept in the order the fit weighs it', async () => {
  const { job } = await saveJob(db, posting('https://boards.greenhouse.io/acme/jobs/1'));
  const moved = await updateJob(db, job.id, {
    correct: { kind: 'move', from: 'requirements', text: 'Fluent German', to: 'niceToHave' },
  });
  const shown = shownPosting(moved);
  expect(shown.niceToHave).toContain('Fluent German');
  expect(texts(moved)).toEqual([...shown.requirements, ...shown.niceToHave]);
  const added = await updateJob(db, job.id, {
    correct: { kind: 'add', to: 'requirements', text: 'Terraform for everything', path: null },
  });
  expect(added.asks?.items[1]).toEqual({ text: 'Terraform for everything', skills: ['Terraform'] });
});

test("a later reading's items are kept first (the fit weighs them), the saved posting's after", async () => {
  const url = 'https://boards.greenhouse.io/acme/jobs/1';
  await saveJob(db, posting(url));
  const later = await recordReading(
    db,
    posting(url, { requirements: ['5+ years with PostgreSQL', 'Rust in production'], niceToHave: [] }),
  );
  expect(texts(later!)).toEqual([
    '5+ years with PostgreSQL',
    'Rust in production',
    'Fluent German',
    'Kubernetes in production',
  ]);
});

test('a backup carries no asks, and a job imported from one has them read', async () => {
  const { job } = await saveJob(db, posting('https://boards.greenhouse.io/acme/jobs/1'));
  const file = jobsToJson([job]);
  expect(file).not.toContain('"asks"');
  expect(file).not.toContain(currentReader());
  const other = await openStore(`asks-import-${Math.random()}`);
  await importJobs(other, parseBackup(file).jobs);
  // Read once the import is written, when the page is idle.
  await vi.waitFor(async () => {
    const [imported] = await listJobs(other);
    expect(imported!.asks).toEqual(job.asks);
  });
});

test('the refresh reads again the asks of jobs read by other readers, or without any, and leaves the rest', async () => {
  const a = (await saveJob(db, posting('https://boards.greenhouse.io/acme/jobs/1'))).job;
  const b = (await saveJob(db, posting('https://boards.greenhouse.io/acme/jobs/2', { title: 'Other' }))).job;
  const c = (await saveJob(db, posting('https://boards.greenhouse.io/acme/jobs/3', { title: 'Third' }))).job;
  const { asks: _none, ...bare } = b;
  await putJobs(db, [{ ...a, asks: { reader: 'older', items: [] } }, bare]);
  expect(await refreshAsks(db)).toBe(2);
  const byId = new Map((await listJobs(db)).map((j) => [j.id, j]));
  expect(byId.get(a.id)!.asks).toEqual(a.asks);
  expect(byId.get(b.id)!.asks).toEqual(b.asks);
  expect(byId.get(c.id)).toEqual(c);
  expect(await refreshAsks(db)).toBe(0);
});

test('an item added to many jobs at once is kept with its asks, and taken back with the undo', async () => {
  const { job } = await saveJob(db, posting('https://boards.greenhouse.io/acme/jobs/1'));
  const change = await updateJobs(db, [job.id], () => ({
    correct: { kind: 'add', to: 'niceToHave', text: 'Terraform for everything', path: null },
  }));
  expect(texts(change.after[0]!)).toContain('Terraform for everything');
  const [stored] = await listJobs(db);
  expect(stored!.asks?.items.find((i) => i.text === 'Terraform for everything')).toEqual({
    text: 'Terraform for everything',
    skills: ['Terraform'],
  });
  const { records } = await undoChange(db, change);
  // The items weighed come first, in order (an ask kept for an item gone since does no harm).
  expect(texts(records[0]!)?.slice(0, 3)).toEqual([
    '5+ years with PostgreSQL',
    'Fluent German',
    'Kubernetes in production',
  ]);
  expect(shownPosting(records[0]!).niceToHave).toEqual(['Kubernetes in production']);
});
