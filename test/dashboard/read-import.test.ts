import { expect, test, vi } from 'vitest';
import { readImport } from '../../src/dashboard/read-import';
import { jobsToCsv } from '../../src/export/csv';
import { jobsToJson } from '../../src/export/json';
import { makeJob } from '../export/make-job';

const file = (name: string, text: string, size = text.length) => {
  const read = vi.fn(async () => text);
  return { file: { name, size, text: read } as unknown as File, read };
};

test('a file over 50 MB is refused before a byte of it is read', async () => {
  const { file: big, read } = file('huge.json', '{}', 60 * 1024 * 1024);
  await expect(readImport(big)).rejects.toThrow('This file is 60 MB; Jobmark imports files of up to 50 MB.');
  expect(read).not.toHaveBeenCalled();
});

test('JSON and CSV are told apart by name, then by content', async () => {
  const jobs = [makeJob({ title: 'One' })];
  expect((await readImport(file('backup.json', jobsToJson(jobs)).file)).kind).toBe('JSON backup');
  expect((await readImport(file('download', jobsToJson(jobs)).file)).kind).toBe('JSON backup');
  const csv = await readImport(file('sheet.csv', jobsToCsv(jobs)).file);
  expect(csv.kind).toBe('CSV');
  expect(csv.jobs[0]?.posting.title).toBe('One');
  // Every column of Jobmark's own CSV is read back.
  expect(csv.ignoredColumns).toEqual([]);
  await expect(readImport(file('photo.png', '\x89PNG').file)).rejects.toThrow(/imports its JSON backups/);
});
