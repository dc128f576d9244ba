// A PDF page's text pieces, as pdf.js gives them, joined into the lines a person sees
// (dashboard/pdf-lines.ts). The pieces are shaped as pdf.js 6 returns them for the
// test CVs of scripts/cv-pdf.mjs: x and y are the transform's last two numbers.
import { expect, test } from 'vitest';
import { documentText, type PdfTextPiece, pageLines } from '../../src/dashboard/pdf-lines';

const piece = (str: string, x: number, y: number, options: Partial<PdfTextPiece> = {}): PdfTextPiece => ({
  str,
  transform: [10.5, 0, 0, 10.5, x, y],
  width: str.length * 5,
  height: str ? 10.5 : 0,
  hasEOL: false,
  ...options,
});

test('a page as pdf.js reads it: lines ended where it says, the date at the right joined with a space, a gap an empty line', () => {
  const pieces = [
    piece('Jane Doe', 64, 778, { hasEOL: true }),
    piece('Backend engineer · Lisbon', 64, 764),
    // pdf.js ends a line with an empty piece that stands where the next line starts.
    piece('', 64, 736, { hasEOL: true, transform: [13, 0, 0, 13, 64, 736] }),
    piece('Work experience', 64, 736, { height: 13, transform: [13, 0, 0, 13, 64, 736] }),
    piece('', 64, 718, { hasEOL: true }),
    piece('Staff Engineer, Paylane', 64, 718, { width: 115 }),
    // pdf.js's own space between two pieces far apart on one line.
    piece(' ', 179, 718, { width: 221, height: 0 }),
    piece('2021 – present', 400, 718, { hasEOL: true }),
    piece('Go, Postgres and Kafka.', 64, 704),
  ];
  expect(pageLines(pieces)).toEqual([
    'Jane Doe',
    'Backend engineer · Lisbon',
    '',
    'Work experience',
    'Staff Engineer, Paylane 2021 – present',
    'Go, Postgres and Kafka.',
  ]);
});

test('pieces that touch are one word; pieces apart are two words, even where pdf.js put no space between them', () => {
  const pieces = [
    piece('Kuber', 64, 700, { width: 30 }),
    piece('netes', 94, 700, { width: 28 }),
    piece('and', 130, 700, { width: 18 }),
    piece('Helm', 152, 700, { width: 24, hasEOL: true }),
  ];
  expect(pageLines(pieces)).toEqual(['Kubernetes and Helm']);
});

test('a piece on another baseline starts a line even unflagged; a raised ordinal ("1st") stays on its line', () => {
  const pieces = [
    piece('Ranked 1', 64, 700, { width: 40 }),
    piece('st', 104, 703, { width: 8, height: 6 }),
    piece(' in the class', 112, 700, { width: 55 }),
    piece('Python, SQL', 64, 686),
  ];
  expect(pageLines(pieces)).toEqual(['Ranked 1st in the class', 'Python, SQL']);
});

test('two columns are read one after the other, as the page draws them, never interleaved line by line', () => {
  const pieces = [
    piece('Skills', 64, 700, { hasEOL: true }),
    piece('Go, Rust', 64, 686, { hasEOL: true }),
    piece('Experience', 320, 700, { hasEOL: true }),
    piece('Staff Engineer, 2021 – present', 320, 686, { hasEOL: true }),
  ];
  expect(pageLines(pieces)).toEqual(['Skills', 'Go, Rust', 'Experience', 'Staff Engineer, 2021 – present']);
  // A right column drawn before the left on the same baseline: pdf.js ends the line where the text goes back.
  const rows = [piece('Languages', 320, 600, { hasEOL: true }), piece('Education', 64, 600, { hasEOL: true })];
  expect(pageLines(rows)).toEqual(['Languages', 'Education']);
});

test('runs of spaces become one, empty lines are dropped, and pages are parted by an empty line', () => {
  const page = pageLines([piece('  Jane   Doe ', 64, 700, { hasEOL: true }), piece('   ', 64, 686, { hasEOL: true })]);
  expect(page).toEqual(['Jane Doe']);
  expect(documentText([page, [], ['Languages', 'English (native)']])).toBe('Jane Doe\n\nLanguages\nEnglish (native)');
  expect(documentText([[], []])).toBe('');
});
