// CSV import: a spreadsheet of jobs with a header row. Columns are found by
// name, in any order and case: every column of Jobmark's own CSV export (title,
// company, locations, workplace, salary, salary_min, salary_max, currency,
// period, status, tags, rating, follow_up, saved, updated, url, notes), and
// common other names ("job title", "link", "position", "employer"…). Other
// columns are ignored and listed, so a person sees what was left out. Jobmark's
// own CSV export reads back whole (its formula-neutralising quote is removed again).
import { canonicalUrl, fingerprint } from '../model/canonical';
import { normaliseHistory } from '../model/history';
import { describeSalary, notAPosting, type Salary, type SalaryPeriod, type Workplace } from '../model/posting';
import { isStatus, type Rating, type SavedJob, STATUSES, type StatusChange } from '../model/saved-job';
import { isDay, isWebUrl } from '../model/validate';
import { CSV_COLUMNS } from './csv';
import { parseCsv } from './csv-parse';
import { checkCount, checkSize, ImportError } from './limits';

/** Every column of Jobmark's own CSV export is read back. */
export const CSV_IMPORT_COLUMNS = CSV_COLUMNS;
type Column = (typeof CSV_IMPORT_COLUMNS)[number];

const ALIASES: Record<string, Column> = {
  title: 'title',
  'job title': 'title',
  job: 'title',
  position: 'title',
  role: 'title',
  company: 'company',
  employer: 'company',
  organisation: 'company',
  organization: 'company',
  url: 'url',
  link: 'url',
  'job url': 'url',
  address: 'url',
  status: 'status',
  stage: 'status',
  tags: 'tags',
  tag: 'tags',
  labels: 'tags',
  notes: 'notes',
  note: 'notes',
  comments: 'notes',
  locations: 'locations',
  location: 'locations',
  place: 'locations',
  workplace: 'workplace',
  remote: 'workplace',
  salary: 'salary',
  pay: 'salary',
  compensation: 'salary',
  salary_min: 'salary_min',
  salary_max: 'salary_max',
  currency: 'currency',
  period: 'period',
  rating: 'rating',
  stars: 'rating',
  follow_up: 'follow_up',
  'follow-up': 'follow_up',
  'follow up': 'follow_up',
  followup: 'follow_up',
  saved: 'saved',
  updated: 'updated',
};

const WORKPLACES: Record<string, Workplace> = {
  remote: 'remote',
  hybrid: 'hybrid',
  onsite: 'onsite',
  'on-site': 'onsite',
  'on site': 'onsite',
};
const PERIODS: readonly SalaryPeriod[] = ['hour', 'day', 'week', 'month', 'year'];

/** A number as a spreadsheet may write it ("80000", "80,000", "80 000"); null when empty or not a number. */
function amount(cell: string): number | null {
  const n = Number(cell.replace(/[\s,_]/g, ''));
  return cell && Number.isFinite(n) && n >= 0 ? n : null;
}

/** The salary's numbers, when the row has a minimum; its words otherwise stay in `salary` alone. */
function salaryOf(get: (c: Column) => string): Salary | null {
  const min = amount(get('salary_min'));
  if (min === null) return null;
  const period = get('period').toLowerCase();
  const currency = get('currency').toUpperCase();
  return {
    min,
    max: amount(get('salary_max')),
    currency: /^[A-Z]{3}$/.test(currency) ? currency : null,
    period: PERIODS.includes(period as SalaryPeriod) ? (period as SalaryPeriod) : null,
  };
}

/** "2026-03-04 09:05" (the export's UTC time), or an ISO time; null when it is neither. */
function timeOf(cell: string): string | null {
  const m = cell.match(/^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z)?$/);
  if (!m) return null;
  const time = new Date(`${m[1]}T${m[2]}${m[3] ?? ''}Z`);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

export interface CsvImport {
  jobs: SavedJob[];
  /** Header names that map to nothing Jobmark keeps. */
  ignoredColumns: string[];
}

/** Undo the export's formula neutralisation: '=x → =x. A quote before anything else is the person's. */
const unneutralise = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export function parseCsvImport(
  text: string,
  now = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): CsvImport {
  checkSize(text.length);
  const records = parseCsv(text);
  const [header, ...rows] = records;
  if (!header) throw new ImportError('This CSV file is empty: it needs a header row (title, company, url…).');
  checkCount(rows.length);
  const columns = new Map<Column, number>();
  const ignoredColumns: string[] = [];
  header.cells.forEach((name, index) => {
    const column = ALIASES[name.trim().toLowerCase()];
    if (column && !columns.has(column)) columns.set(column, index);
    else if (name.trim()) ignoredColumns.push(name.trim());
  });
  if (!columns.has('url')) {
    throw new ImportError(
      `This CSV file has no "url" column (its header row is: ${header.cells.slice(0, 12).join(', ')}). ` +
        `Jobmark reads the columns ${CSV_IMPORT_COLUMNS.join(', ')}.`,
    );
  }
  const at = now.toISOString();
  const jobs = rows.map(({ line, cells }): SavedJob => {
    if (cells.length > header.cells.length) {
      throw new ImportError(`Line ${line} has ${cells.length} cells; the header row has ${header.cells.length}.`);
    }
    const get = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? '' : unneutralise(cells[index] ?? '').trim();
    };
    const url = get('url');
    if (!isWebUrl(url)) {
      throw new ImportError(`Line ${line}: the url ${JSON.stringify(url.slice(0, 80))} is not a web address.`);
    }
    const statusText = get('status').toLowerCase() || 'saved';
    if (!isStatus(statusText)) {
      throw new ImportError(
        `Line ${line}: the status ${JSON.stringify(statusText.slice(0, 40))} is not one of ${STATUSES.join(', ')}.`,
      );
    }
    const ratingText = get('rating');
    const rating = ratingText === '' ? 0 : Number(ratingText);
    if (!Number.isInteger(rating) || rating < 0 || rating > 5) {
      throw new ImportError(
        `Line ${line}: the rating ${JSON.stringify(ratingText.slice(0, 20))} is not a whole number from 0 to 5.`,
      );
    }
    const followText = get('follow_up');
    if (followText && !isDay(followText)) {
      throw new ImportError(
        `Line ${line}: the follow-up date ${JSON.stringify(followText.slice(0, 20))} is not a date written YYYY-MM-DD.`,
      );
    }
    const followUp = followText || null;
    const title = get('title').slice(0, 2_000) || null;
    const company = get('company').slice(0, 2_000) || null;
    const salary = salaryOf(get);
    const salaryWords = get('salary').slice(0, 2_000) || null;
    const posting = {
      ...notAPosting(url),
      isJobPosting: true,
      title,
      company,
      locations: get('locations')
        .split(';')
        .map((p) => p.trim().slice(0, 2_000))
        .filter(Boolean),
      workplace: WORKPLACES[get('workplace').toLowerCase()] ?? null,
      salary,
      // The export writes the page's words, or words made from the numbers: those are not kept twice.
      salaryText: salaryWords === describeSalary({ salary, salaryText: null }) ? null : salaryWords,
    };
    // The file's own times where it has them (Jobmark's export does): importing the same file
    // twice then makes the same record, and an older file never passes for a newer edit.
    const savedAt = timeOf(get('saved')) ?? at;
    // An edit never comes before the save: ISO times in UTC sort as text.
    const [, updatedAt = at] = [savedAt, timeOf(get('updated')) ?? at].sort();
    const history: StatusChange[] = [{ status: 'saved', at: savedAt }];
    if (statusText !== 'saved') history.push({ status: statusText, at: updatedAt });
    return {
      id: newId(),
      url,
      canonicalUrl: canonicalUrl(url),
      fingerprint: fingerprint(posting),
      posting,
      status: statusText,
      history: normaliseHistory(history),
      tags: get('tags')
        .split(/[;,]/)
        .map((t) => t.trim())
        .filter(Boolean),
      notes: get('notes').slice(0, 200_000),
      rating: rating as Rating,
      followUp,
      savedAt,
      updatedAt,
    };
  });
  return { jobs, ignoredColumns };
}
