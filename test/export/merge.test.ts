import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { mergeJob, planImport } from '../../src/export/merge';
import { openStore } from '../../src/store/db';
import { importJobs, previewImport } from '../../src/store/import';
import { listJobs, putJobs } from '../../src/store/jobs';
import { makeJob } from './make-job';

test('merging keeps the newer edit, unions tags and history, and keeps both notes', () => {
  const saved = makeJob({
    status: 'applied',
    history: [
      { status: 'saved', at: '2026-01-01T00:00:00.000Z' },
      { status: 'applied', at: '2026-01-02T00:00:00.000Z' },
    ],
    tags: ['Remote', 'go'],
    notes: 'Mine',
    savedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
  });
  const incoming = {
    ...saved,
    id: 'elsewhere',
    status: 'interviewing' as const,
    history: [
      { status: 'saved' as const, at: '2026-01-01T00:00:00.000Z' },
      { status: 'interviewing' as const, at: '2026-01-05T00:00:00.000Z' },
    ],
    tags: ['remote', 'lisbon'],
    notes: 'Theirs',
    rating: 5 as const,
    savedAt: '2025-12-30T00:00:00.000Z',
    updatedAt: '2026-01-05T00:00:00.000Z',
  };
  const merged = mergeJob(saved, incoming);
  expect(merged).toMatchObject({
    id: saved.id,
    status: 'interviewing',
    tags: ['Remote', 'go', 'lisbon'],
    notes: 'Mine\n\nTheirs',
    rating: 5,
    savedAt: '2025-12-30T00:00:00.000Z',
    updatedAt: '2026-01-05T00:00:00.000Z',
  });
  expect(merged.history.map((c) => c.status)).toEqual(['saved', 'applied', 'interviewing']);
  // Merging again is a no-op.
  expect(mergeJob(merged, incoming)).toEqual(merged);
});

test('an older import does not undo a newer edit', () => {
  const saved = makeJob({ status: 'offer', updatedAt: '2026-03-01T00:00:00.000Z' });
  const merged = mergeJob(saved, { ...saved, status: 'applied', updatedAt: '2026-02-01T00:00:00.000Z' });
  expect(merged.status).toBe('offer');
});

test('the plan recognises jobs by id, by canonical URL and by fingerprint', () => {
  const a = makeJob({ url: 'https://jobs.lever.co/acme/1' });
  const b = makeJob();
  const c = makeJob();
  const plan = planImport(
    [a, b, c],
    [
      { ...a, tags: ['new'] }, // same id
      { ...b, id: 'x', url: `${b.url}?utm_source=mail`, tags: ['t'] }, // same canonical URL
      { ...c, id: 'y', url: 'https://elsewhere.com/c', canonicalUrl: 'https://elsewhere.com/c' }, // same fingerprint
      makeJob({ title: 'Brand new' }),
    ],
  );
  expect(plan).toMatchObject({ added: 1, updated: 2, unchanged: 1 });
  expect(plan.examples.added).toEqual(['Brand new']);
  expect(plan.write.map((j) => j.posting.title)).toEqual([a.posting.title, b.posting.title, 'Brand new']);
  expect(plan.write[1]).toMatchObject({ id: b.id, url: b.url, tags: ['t'] });
});

test('preview, then import: the store ends as the preview said', async () => {
  const db = await openStore(`merge-${Math.random()}`);
  const saved = makeJob({ tags: ['a'] });
  await putJobs(db, [saved]);
  const incoming = [{ ...saved, tags: ['b'], updatedAt: '2027-01-01T00:00:00.000Z' }, makeJob(), makeJob()];
  const preview = await previewImport(db, incoming);
  expect(preview).toMatchObject({ added: 2, updated: 1, unchanged: 0 });
  const done = await importJobs(db, incoming);
  expect(done.write).toEqual(preview.write);
  const jobs = await listJobs(db);
  expect(jobs).toHaveLength(3);
  expect(jobs.find((j) => j.id === saved.id)?.tags).toEqual(['a', 'b']);
});
