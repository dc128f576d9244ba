import { expect, test } from 'vitest';
import { parseCsv } from '../../src/export/csv-parse';

const cells = (text: string) => parseCsv(text).map((r) => r.cells);

test('reads quoted cells, doubled quotes, empty cells and CRLF or LF', () => {
  expect(cells('a,b,c\r\n"1,2","say ""hi""",\n"",x,"multi\nline"\n')).toEqual([
    ['a', 'b', 'c'],
    ['1,2', 'say "hi"', ''],
    ['', 'x', 'multi\nline'],
  ]);
});

test('skips blank lines and a BOM; reports the line a record starts on', () => {
  const records = parseCsv('\uFEFFa,b\n\n"x\ny",z\nlast,row');
  expect(records.map((r) => r.line)).toEqual([1, 3, 5]);
});

test('reads semicolon-separated files (Excel and LibreOffice in many locales)', () => {
  expect(cells('title;company\nDev;Acme, Inc\n')).toEqual([
    ['title', 'company'],
    ['Dev', 'Acme, Inc'],
  ]);
});

test('reads tab-separated files, and counts the lines a quoted cell spans in what it says', () => {
  expect(cells('a\tb\nx, y\t"q"\n')).toEqual([
    ['a', 'b'],
    ['x, y', 'q'],
  ]);
  expect(() => parseCsv('a,b\n"x\n\ny",z\nw"v,1\n')).toThrow(/Broken quoting on line 5: a quote inside a cell/);
});

test.each([
  ['a,b\n"never closed,x\n', /quoted cell opened on line 2 never closes/],
  ['a,b\nx"y,z\n', /Broken quoting on line 2: a quote inside a cell/],
  ['a,b\n"x"y,z\n', /Broken quoting on line 2: text follows a closing quote/],
])('refuses broken quoting %j', (text, message) => {
  expect(() => parseCsv(text)).toThrow(message);
});
