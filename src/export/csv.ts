// CSV that opens cleanly in Excel, LibreOffice Calc and Google Sheets.
//
// - RFC 4180: cells holding a comma, a double quote or a line break are quoted,
//   quotes doubled; rows end with CRLF.
// - UTF-8 with a byte order mark: without it Excel reads the file as the local
//   code page and "Zürich" comes out garbled.
// - Formula neutralisation (OWASP "CSV injection"): a text cell that begins with
//   = + - @ a tab or a carriage return is prefixed with a single quote ', which
//   every spreadsheet shows as text and never evaluates. Posting text is written
//   by strangers, so "=HYPERLINK(...)" in a job title must stay text. The rule is
//   applied to every text cell, so text that merely looks negative ("-50% travel")
//   gains the quote too; numbers we write ourselves (salary_min, rating) are
//   written as numbers and left alone. importCsv() strips the quote again.
import { shownPosting } from '../model/corrections';
import type { SavedJob } from '../model/saved-job';
import { companyOf, dateTimeOf, locationsOf, salaryOf } from './fields';

type Cell = string | number | null;

/**
 * The documented column set of Jobmark's CSV export, in order:
 * title, company, locations ("; " between places), workplace (remote, hybrid,
 * onsite), salary (as the page wrote it), salary_min, salary_max, currency
 * (ISO 4217), period (hour, day, week, month, year), status, tags ("; " between
 * tags), rating (0-5), follow_up (YYYY-MM-DD), saved and updated ("YYYY-MM-DD
 * HH:MM", UTC), url, notes.
 */
export const CSV_COLUMNS = [
  'title',
  'company',
  'locations',
  'workplace',
  'salary',
  'salary_min',
  'salary_max',
  'currency',
  'period',
  'status',
  'tags',
  'rating',
  'follow_up',
  'saved',
  'updated',
  'url',
  'notes',
] as const;

export function csvRow(job: SavedJob): Cell[] {
  const p = shownPosting(job);
  return [
    p.title ?? '',
    companyOf(job),
    locationsOf(job),
    p.workplace ?? '',
    salaryOf(job),
    p.salary?.min ?? null,
    p.salary?.max ?? null,
    p.salary?.currency ?? '',
    p.salary?.period ?? '',
    job.status,
    job.tags.join('; '),
    job.rating,
    job.followUp ?? '',
    dateTimeOf(job.savedAt),
    dateTimeOf(job.updatedAt),
    job.url,
    job.notes,
  ];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet will never evaluate. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutralise(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const BOM = '\uFEFF';

/** Rows of cells as CSV text, header first, with the BOM. */
export function toCsvText(header: readonly string[], rows: readonly Cell[][]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** How a job fits the person's profile, in words ("5 of 7 requirements, …"); given by the caller, who has the profile. */
export type FitText = (job: SavedJob) => string;

/**
 * The jobs, in the order given, as Jobmark's CSV. With `fit` (the person has a profile) one more column
 * comes last, `fit`: the summary of how the job fits them, so the columns before it never move.
 */
export function jobsToCsv(jobs: readonly SavedJob[], fit?: FitText): string {
  if (!fit) return toCsvText(CSV_COLUMNS, jobs.map(csvRow));
  return toCsvText(
    [...CSV_COLUMNS, 'fit'],
    jobs.map((job) => [...csvRow(job), fit(job)]),
  );
}
