import { expect, test } from 'vitest';
import { jobsToCsv } from '../../src/export/csv';
import { parseCsvImport } from '../../src/export/import-csv';
import { planImport } from '../../src/export/merge';
import { makeJob } from './make-job';

const NOW = new Date('2026-05-01T08:00:00.000Z');
let n = 0;
const ids = () => `csv-${++n}`;

test('columns are mapped by name, in any order and case; other columns are listed as ignored', () => {
  const text =
    'Notes,URL,Job Title,Company,Status,Tags,Recruiter\n"Ask about visas",https://x.com/1,Dev,Acme,Applied,"a; b",Ana\n';
  const { jobs, ignoredColumns } = parseCsvImport(text, NOW, ids);
  expect(ignoredColumns).toEqual(['Recruiter']);
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

test('round trip: every column the CSV export writes comes back, salary, rating and follow-up included', () => {
  const job = makeJob({
    title: 'Platform Engineer',
    company: 'Acme',
    status: 'interviewing',
    history: [
      { status: 'saved', at: '2026-03-01T09:15:00.000Z' },
      { status: 'interviewing', at: '2026-03-04T16:40:00.000Z' },
    ],
    tags: ['remote', 'top'],
    rating: 4,
    followUp: '2026-12-06',
    notes: 'Ask about on-call',
    savedAt: '2026-03-01T09:15:00.000Z',
    updatedAt: '2026-03-04T16:40:00.000Z',
    posting: {
      ...makeJob().posting,
      locations: ['Lisbon, Portugal', 'Porto, Portugal'],
      workplace: 'remote',
      salary: { min: 60000, max: null, currency: 'EUR', period: 'year' },
      salaryText: 'From €60k a year',
    },
  });
  const { jobs, ignoredColumns } = parseCsvImport(jobsToCsv([job]), NOW, ids);
  expect(ignoredColumns).toEqual([]);
  const [back] = jobs;
  expect(back).toMatchObject({
    url: job.url,
    status: 'interviewing',
    history: job.history,
    tags: ['remote', 'top'],
    rating: 4,
    followUp: '2026-12-06',
    notes: 'Ask about on-call',
    savedAt: job.savedAt,
    updatedAt: job.updatedAt,
    posting: {
      title: 'Platform Engineer',
      company: 'Acme',
      locations: ['Lisbon, Portugal', 'Porto, Portugal'],
      workplace: 'remote',
      salary: { min: 60000, max: null, currency: 'EUR', period: 'year' },
      salaryText: 'From €60k a year',
    },
  });
  // Exported again, it writes the same row.
  expect(jobsToCsv([back!])).toBe(jobsToCsv([job]));
  // Salary words made from the numbers are not kept as the page's words.
  const plain = makeJob({ posting: { ...makeJob().posting, salaryText: null } });
  expect(parseCsvImport(jobsToCsv([plain]), NOW, ids).jobs[0]?.posting).toMatchObject({
    salary: plain.posting.salary,
    salaryText: null,
  });
});

test('importing the CSV export of saved jobs, twice, adds no events to their history', () => {
  const job = makeJob({
    status: 'applied',
    history: [
      { status: 'saved', at: '2026-03-01T09:15:27.123Z' },
      { status: 'applied', at: '2026-03-02T11:02:45.456Z' },
    ],
    savedAt: '2026-03-01T09:15:27.123Z',
    updatedAt: '2026-03-03T08:00:12.000Z',
  });
  const csv = jobsToCsv([job]);
  const first = planImport([job], parseCsvImport(csv, NOW, ids).jobs);
  const merged = first.write[0] ?? job;
  expect(merged.history).toEqual(job.history);
  const second = planImport([merged], parseCsvImport(csv, NOW, ids).jobs);
  expect(second.write[0]?.history ?? merged.history).toEqual(job.history);
});

test.each([
  [
    'a rating that is not 0 to 5',
    'url,rating\nhttps://x.com/1,7\n',
    /Line 2: the rating "7" is not a whole number from 0 to 5/,
  ],
  [
    'a follow-up that is not a date',
    'url,follow_up\nhttps://x.com/1,06/12/2026\n',
    /Line 2: the follow-up date "06\/12\/2026"/,
  ],
])('%s is refused with a message', (_name, text, message) => {
  expect(() => parseCsvImport(text, NOW, ids)).toThrow(message);
});
