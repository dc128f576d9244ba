import { expect, test } from 'vitest';
import { jobsToCsv } from '../../src/export/csv';
import { parseCsvImport } from '../../src/export/import-csv';
import { makeJob } from './make-job';

const NOW = new Date('2026-05-01T08:00:00.000Z');
let n = 0;
const ids = () => `csv-${++n}`;

test('columns are mapped by name, in any order and case; other columns are listed as ignored', () => {
  const text =
    'Notes,URL,Job Title,Company,Status,Tags,Salary\n"Ask about visas",https://x.com/1,Dev,Acme,Applied,"a; b",100\n';
  const { jobs, ignoredColumns } = parseCsvImport(text, NOW, ids);
  expect(ignoredColumns).toEqual(['Salary']);
  expect(jobs).toHaveLength(1);
  expect(jobs[0]).toMatchObject({
    url: 'https://x.com/1',
    canonicalUrl: 'https://x.com/1',
    status: 'applied',
    tags: ['a', 'b'],
    notes: 'Ask about visas',
    savedAt: NOW.toISOString(),
    posting: { title: 'Dev', company: 'Acme' },
  });
  expect(jobs[0]!.history.map((h) => h.status)).toEqual(['saved', 'applied']);
});

test("Jobmark's own CSV export reads back, formula quotes removed", () => {
  const job = makeJob({ title: '=Dev', company: 'Acme, Inc', status: 'offer', tags: ['x', 'y'], notes: 'multi\nline' });
  const [back] = parseCsvImport(jobsToCsv([job]), NOW, ids).jobs;
  expect(back).toMatchObject({
    url: job.url,
    status: 'offer',
    tags: ['x', 'y'],
    notes: 'multi\nline',
    posting: { title: '=Dev', company: 'Acme, Inc' },
  });
});

test.each([
  ['an empty file', '', /empty/],
  ['no url column', 'title,company\nDev,Acme\n', /no "url" column/],
  ['a row that is not a web address', 'title,url\nDev,https://x.com/1\nOps,javascript:alert(1)\n', /Line 3: the url/],
  [
    'an unknown status',
    'url,status\nhttps://x.com/1,hired\n',
    /Line 2: the status "hired" is not one of saved, applied/,
  ],
  ['too many cells', 'url,title\nhttps://x.com/1,Dev,extra\n', /Line 2 has 3 cells; the header row has 2/],
  ['broken quoting', 'url,title\nhttps://x.com/1,"Dev\n', /Broken quoting/],
])('%s is refused with a message', (_name, text, message) => {
  expect(() => parseCsvImport(text, NOW, ids)).toThrow(message);
});
