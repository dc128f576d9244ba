// What an import accepts at most. A backup of 10,000 jobs with full postings is
// about 60 MB of JSON at the very worst and usually 20-40 MB; past these limits a
// file is refused before it is parsed, so a hostile or mistaken file cannot
// freeze the page or fill the disk.
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_JOBS = 50_000;

/** An import refused: `message` says what is wrong and where, for the person. */
export class ImportError extends Error {
  override name = 'ImportError';
}

export function checkSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new ImportError(`This file is ${mb(bytes)}; Jobmark imports files of up to ${mb(MAX_IMPORT_BYTES)}.`);
  }
}

export function checkCount(count: number): void {
  if (count > MAX_IMPORT_JOBS) {
    throw new ImportError(`This file holds ${count} jobs; Jobmark imports up to ${MAX_IMPORT_JOBS} at once.`);
  }
}
