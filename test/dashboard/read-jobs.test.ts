import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { readAllJobs } from '../../src/dashboard/read-jobs';
import { openStore } from '../../src/store/db';
import { putJobs } from '../../src/store/jobs';
import { makeJob } from '../export/make-job';

for (const count of [0, 5, 6, 7]) {
  test(`every one of ${count} jobs is handed over once, in slices of at most 3`, async () => {
    const db = await openStore(`read-jobs-${Math.random()}`);
    const jobs = Array.from({ length: count }, (_, i) => makeJob({ title: `Job ${i}` }));
    await putJobs(db, jobs);
    const slices: number[] = [];
    const read: string[] = [];
    await readAllJobs(
      db,
      (slice) => {
        slices.push(slice.length);
        read.push(...slice.map((j) => j.id));
      },
      3,
    );
    expect(read).toEqual(jobs.map((j) => j.id).sort());
    expect(slices.every((n) => n > 0 && n <= 3)).toBe(true);
    db.close();
  });
}
