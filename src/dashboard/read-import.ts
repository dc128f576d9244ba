// Turns a chosen file into jobs to import, or an error that says what is wrong.
// The size is checked before a byte is read; JSON or CSV is told by the name,
// then by the first character.
import { parseCsvImport } from '../export/import-csv';
import { parseBackup } from '../export/json';
import { checkSize, ImportError } from '../export/limits';
import type { Profile } from '../model/profile';
import type { SavedJob } from '../model/saved-job';
import type { SiteRule } from '../model/site-rules';

export interface ReadImport {
  jobs: SavedJob[];
  /** The site rules a JSON backup carries (none in a CSV file). */
  rules: SiteRule[];
  /** The profile a JSON backup (format 4) carries; null in a CSV file or an older backup. */
  profile: Profile | null;
  kind: 'JSON backup' | 'CSV';
  ignoredColumns: string[];
}

export async function readImport(file: File): Promise<ReadImport> {
  checkSize(file.size);
  const text = await file.text();
  const name = file.name.toLowerCase();
  const looksJson = name.endsWith('.json') || (!name.endsWith('.csv') && /^\uFEFF?\s*[{[]/.test(text));
  if (looksJson) return { ...parseBackup(text), kind: 'JSON backup', ignoredColumns: [] };
  if (name.endsWith('.csv') || name.endsWith('.txt') || name.endsWith('.tsv')) {
    return { ...parseCsvImport(text), rules: [], profile: null, kind: 'CSV' };
  }
  throw new ImportError('Jobmark imports its JSON backups (.json) and CSV files with a header row (.csv).');
}
