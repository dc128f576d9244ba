import { expect, test } from 'vitest';
import { CSV_COLUMNS, jobsToCsv, neutralise } from '../../src/export/csv';
import { parseCsv } from '../../src/export/csv-parse';
import { makeJob } from './make-job';

test('the CSV starts with a BOM, has the documented header and ends rows with CRLF', () => {
  const csv = jobsToCsv([makeJob({ title: 'Backend Engineer', company: 'Zürich AG' })]);
  expect(csv.startsWith('\uFEFFtitle,company,locations,workplace,salary,salary_min,salary_max,')).toBe(true);
  expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
  expect(csv.endsWith('\r\n')).toBe(true);
  expect(csv).toContain('Backend Engineer,Zürich AG,"Lisbon, Portugal",hybrid,€60k–80k,60000,80000,EUR,year,saved,');
});

test('commas, quotes and line breaks are quoted as RFC 4180 says, and read back', () => {
  const notes = 'Said "call me", then:\nline two\r\nline three';
  const csv = jobsToCsv([makeJob({ title: 'Dev, "Senior"', notes, tags: ['a', 'b c'] })]);
  expect(csv).toContain('"Dev, ""Senior"""');
  const [header, row] = parseCsv(csv);
  expect(header?.cells).toEqual([...CSV_COLUMNS]);
  const cell = (name: string) => row?.cells[CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number])];
  expect(cell('title')).toBe('Dev, "Senior"');
  expect(cell('notes')).toBe(notes);
  expect(cell('tags')).toBe('a; b c');
});

test.each([
  ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
  ['+1 555', "'+1 555"],
  ['-50% travel', "'-50% travel"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\tcmd', "'\tcmd"],
  ['\rcmd', "'\rcmd"],
  ['Engineer = good', 'Engineer = good'],
])('a cell starting %j is neutralised', (input, expected) => {
  expect(neutralise(input)).toBe(expected);
});

test('a posting cannot plant a formula in any text cell; numbers stay numbers', () => {
  const job = makeJob({ title: '=cmd|"/c calc"!A0', company: '@evil', notes: '+danger', tags: ['-x'] });
  const [, row] = parseCsv(jobsToCsv([job]));
  for (const cell of row!.cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  expect(row!.cells[0]).toBe(`'=cmd|"/c calc"!A0`);
  expect(row!.cells[5]).toBe('60000');
});

test('dates are written as "YYYY-MM-DD HH:MM", which spreadsheets read as dates', () => {
  const csv = jobsToCsv([makeJob({ savedAt: '2026-03-04T09:05:33.000Z', updatedAt: '2026-03-05T10:00:00.000Z' })]);
  expect(csv).toContain(',2026-03-04 09:05,2026-03-05 10:00,');
});

test('an empty list gives the header only', () => {
  expect(jobsToCsv([])).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
});

test('a salary open above ("From £55,000") leaves salary_max empty and says "from" where the page wrote no text', () => {
  const open = { min: 55000, max: null, currency: 'GBP', period: 'year' as const };
  const job = makeJob({ posting: { ...makeJob().posting, salary: open, salaryText: null } });
  const [header, row] = parseCsv(jobsToCsv([job]));
  const cell = (name: string) => row?.cells[header?.cells.indexOf(name) ?? -1];
  expect(cell('salary')).toBe('GBP from 55,000 per year');
  expect(cell('salary_min')).toBe('55000');
  expect(cell('salary_max')).toBe('');
});
