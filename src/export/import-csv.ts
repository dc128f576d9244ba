// CSV import: a spreadsheet of jobs with a header row. Columns are found by
// name, in any order and case: title, company, url, status, tags, notes (also
// "job title", "link", "position", "employer"…). Other columns are ignored and
// listed, so a person sees what was left out. Jobmark's own CSV export reads back
// (its formula-neutralising quote is removed again).
import { canonicalUrl, fingerprint } from '../model/canonical';
import { notAPosting } from '../model/posting';
import { isStatus, type SavedJob, STATUSES } from '../model/saved-job';
import { isWebUrl } from '../model/validate';
import { parseCsv } from './csv-parse';
import { checkCount, checkSize, ImportError } from './limits';

export const CSV_IMPORT_COLUMNS = ['title', 'company', 'url', 'status', 'tags', 'notes'] as const;
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
};

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
    const title = get('title').slice(0, 2_000) || null;
    const company = get('company').slice(0, 2_000) || null;
    const posting = { ...notAPosting(url), isJobPosting: true, title, company };
    const history =
      statusText === 'saved'
        ? [{ status: statusText, at }]
        : [
            { status: 'saved' as const, at },
            { status: statusText, at },
          ];
    return {
      id: newId(),
      url,
      canonicalUrl: canonicalUrl(url),
      fingerprint: fingerprint(posting),
      posting,
      status: statusText,
      history,
      tags: get('tags')
        .split(/[;,]/)
        .map((t) => t.trim())
        .filter(Boolean),
      notes: get('notes').slice(0, 200_000),
      rating: 0,
      followUp: null,
      savedAt: at,
      updatedAt: at,
    };
  });
  return { jobs, ignoredColumns };
}
