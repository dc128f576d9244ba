// An RFC 4180 CSV reader that refuses what it cannot read for certain instead of
// guessing: a quote inside an unquoted cell, text after a closing quote, or a
// quoted cell that never closes is an error naming the line. Accepts CRLF or LF
// line ends and a leading byte order mark; a comma or a semicolon as separator
// (LibreOffice and Excel in many locales write semicolons), told from the header.
//
// Why not papaparse (issue 19; `node scripts/compare-csv.mjs`, papaparse 5.7.1, Node 20,
// 10,000 rows of Jobmark's own export, 2.6 MB): this reader adds 0.7 KB gzipped to the
// dashboard, papaparse 6.9 KB (it cannot be tree-shaken: workers, streaming, downloads
// the import never uses); both read the file in about 30 ms (ours 29 ms, papaparse
// 22-32 ms); and on malformed files papaparse reads a stray quote in an unquoted cell
// without a word, and reports the others by data row counted from 0 beside a second
// error on the delimiter, where a person needs the file's line: "Broken quoting on line
// 2: …". Streaming, the one thing ours lacks, the import does not need (files are
// capped at 50 MB, limits.ts).
import { ImportError } from './limits';

export interface CsvRecord {
  /** The line of the file the record starts on, 1-based, for messages. */
  line: number;
  cells: string[];
}

export function detectSeparator(text: string): ',' | ';' | '\t' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length;
  const best = ([',', ';', '\t'] as const).reduce((a, b) => (count(b) > count(a) ? b : a));
  return best;
}

export function parseCsv(input: string, separator = detectSeparator(input.replace(/^\uFEFF/, ''))): CsvRecord[] {
  const text = input.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  // Set when the cell was quoted: "" is an empty cell, where an empty line is no record.
  let quoted = false;
  // The next character that ends an unquoted run of text: an unquoted cell is taken whole.
  const special = separator === ';' ? /[";\r\n]/g : separator === '\t' ? /["\t\r\n]/g : /[",\r\n]/g;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    const blank = cells.length === 0 && cell === '' && !quoted;
    endCell();
    quoted = false;
    // A blank line is no record (files often end with one or two).
    if (!blank) records.push({ line: recordLine, cells });
    cells = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && cell === '' && !quoted) {
      // A quoted cell: runs to the next quote not doubled.
      const start = line;
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new ImportError(`Broken quoting: the quoted cell opened on line ${start} never closes.`);
        const part = text.slice(i, q);
        for (let n = part.indexOf('\n'); n >= 0; n = part.indexOf('\n', n + 1)) line++;
        cell += part;
        if (text[q + 1] === '"') {
          cell += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const next = text[i];
      if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
        throw new ImportError(`Broken quoting on line ${line}: text follows a closing quote inside a cell.`);
      }
      quoted = true;
      continue;
    }
    if (c === separator) {
      endCell();
      quoted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (c === '"') {
      throw new ImportError(`Broken quoting on line ${line}: a quote inside a cell that does not start with one.`);
    } else {
      special.lastIndex = i;
      const end = special.exec(text)?.index ?? text.length;
      cell += text.slice(i, end);
      i = end;
      continue;
    }
    i++;
  }
  if (cell !== '' || cells.length || quoted) endRecord();
  return records;
}
