// A PDF page's text as the lines a person sees, for the CV reader (fit/cv.ts), which
// reads a CV line by line (a heading such as "Sprachen" alone on its line opens a part).
// pdf.js gives a page's text as pieces in the order the file draws them, each with
// where it starts (transform: its last two numbers are x and the baseline's y, y
// growing upwards), its width and height, and whether a line ends after it (hasEOL).
// The order is kept: a two-column CV is drawn column by column, and sorting by
// position would interleave the columns' lines.

/** What the lines need of a pdf.js text item (pdfjs-dist's TextItem has these and more). */
export interface PdfTextPiece {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  /** The baseline's height on the page, and the tallest piece's height. */
  y: number;
  size: number;
  /** Where the last piece ends, to tell two pieces that touch from two with a gap. */
  end: number;
}

const xOf = (piece: PdfTextPiece) => piece.transform[4] ?? 0;
const yOf = (piece: PdfTextPiece) => piece.transform[5] ?? 0;

/** A piece on another baseline than the line's (by more than half the letters' height) starts a new line. */
const offLine = (line: Line, piece: PdfTextPiece) => Math.abs(yOf(piece) - line.y) > Math.max(line.size, 1) / 2;

/** Two pieces with a gap wider than a fifth of the letters' height between them are two words. */
const gapBetween = (line: Line, piece: PdfTextPiece) => xOf(piece) - line.end > Math.max(line.size, 1) / 5;

/**
 * The page's lines, in the order the page draws them: pieces on one baseline joined
 * (with a space where they stand apart), a line ended where pdf.js says one ends or
 * where the next piece sits on another baseline, and an empty line where the gap to
 * the next line is wider than one and a half lines (a paragraph's or a part's end).
 */
export function pageLines(pieces: readonly PdfTextPiece[]): string[] {
  const lines: Line[] = [];
  let open: Line | null = null;
  for (const piece of pieces) {
    // An empty piece that ends a line sits where the next line starts: it says only that the line ended.
    if (piece.str !== '') {
      if (open && offLine(open, piece)) open = null;
      if (!open) {
        open = { text: '', y: yOf(piece), size: piece.height, end: xOf(piece) };
        lines.push(open);
      } else if (gapBetween(open, piece)) {
        open.text += ' ';
      }
      open.text += piece.str;
      open.size = Math.max(open.size, piece.height);
      open.end = xOf(piece) + piece.width;
    }
    if (piece.hasEOL) open = null;
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (!text) return;
    const before = lines[i - 1];
    if (before && out.length && before.y - line.y > 1.5 * Math.max(before.size, line.size, 1)) out.push('');
    out.push(text);
  });
  return out;
}

/** A document's text from its pages' lines: a page ends as a part does, with an empty line. */
export function documentText(pages: readonly string[][]): string {
  return pages
    .filter((lines) => lines.length)
    .map((lines) => lines.join('\n'))
    .join('\n\n');
}
