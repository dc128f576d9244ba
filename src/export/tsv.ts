// "Copy as table": tab-separated text for the clipboard. Spreadsheets paste it
// into cells directly. Tabs and line breaks inside a cell would split it, so they
// become spaces; formulas are neutralised as in the CSV (a paste evaluates them too).
import type { SavedJob } from '../model/saved-job';
import { CSV_COLUMNS, csvRow, neutralise } from './csv';

function tsvCell(cell: string | number | null): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return neutralise(cell.replace(/[\t\r\n]+/g, ' ').trim());
}

export function jobsToTsv(jobs: readonly SavedJob[]): string {
  const lines = [CSV_COLUMNS.join('\t')];
  for (const job of jobs) lines.push(csvRow(job).map(tsvCell).join('\t'));
  return `${lines.join('\n')}\n`;
}
