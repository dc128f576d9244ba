// PDF files written by hand, for the tests and the screenshots of reading a PDF CV
// (issue 18): a CV with a real text layer, as a word processor exports it (each line
// placed on its own, a date at the right of its line, a line written in two pieces,
// headings in bold, pages), a scanned page (an image, no text), a password-protected
// file and one with many pages. Helvetica with WinAnsiEncoding, which every PDF
// reader knows without the font being embedded, holds ä, ö, ü, ß, é and the other
// Latin-1 letters, so a German or French CV proves the encoding is read right.
// Written by hand rather than with a library: a few objects and a table of offsets.

const A4 = { width: 595, height: 842 };
const MARGIN = 64;
const RIGHT_COLUMN = 400;

/** Latin-1 (WinAnsi for these letters) bytes of `text` as a PDF hex string; a letter beyond it is an error. */
function hexString(text) {
  let hex = '';
  for (const char of text) {
    const code = char === '–' ? 0x96 : char === '—' ? 0x97 : char === '’' ? 0x92 : char.codePointAt(0);
    if (code > 0xff) throw new Error(`${char} is not in WinAnsiEncoding: the test PDF cannot hold it`);
    hex += code.toString(16).padStart(2, '0');
  }
  return `<${hex}>`;
}

/** A PDF of `objects` (the bodies of objects 1…n; object 1 is the catalog), with the trailer's extra entries. */
function pdfOf(objects, trailerExtra = '') {
  const chunks = ['%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'];
  let length = Buffer.byteLength(chunks[0], 'latin1');
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = `${i + 1} 0 obj\n${body}\nendobj\n`;
    chunks.push(chunk);
    length += Buffer.byteLength(chunk, 'latin1');
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n'];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  chunks.push(
    ...xref,
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`,
  );
  return Buffer.from(chunks.join(''), 'latin1');
}

const stream = (content) => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

/** A PDF whose pages draw `contents` (one content stream each), with Helvetica as F1 and Helvetica-Bold as F2. */
function pagesPdf(contents, trailerExtra = '', extraObjects = []) {
  const first = 5; // 1 catalog, 2 pages, 3 and 4 fonts, then a page and its content for each
  const kids = contents.map((_, i) => `${first + 2 * i} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${contents.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
  ];
  contents.forEach((content, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${first + 2 * i + 1} 0 R >>`,
      stream(content),
    );
  });
  return pdfOf([...objects, ...extraObjects], trailerExtra);
}

const run = (font, size, x, y, text) => `BT /${font} ${size} Tf 1 0 0 1 ${x} ${y} Tm ${hexString(text)} Tj ET`;

/**
 * A CV's text laid out as a word processor would: one line of text a line of the
 * page; `## Heading` in bold; `left | right` with the right part (dates) at the
 * right of the same line; `first ++ rest` written as two pieces one after the other;
 * an empty line a larger gap; a form feed (\f) a new page.
 */
export function cvPdf(text) {
  const pages = text.split('\f').map((page) => {
    const ops = [];
    let y = A4.height - MARGIN;
    for (const line of page.replace(/^\n+|\n+$/g, '').split('\n')) {
      if (!line.trim()) {
        y -= 8;
        continue;
      }
      if (line.startsWith('## ')) {
        y -= 6;
        ops.push(run('F2', 13, MARGIN, y, line.slice(3)));
        y -= 18;
        continue;
      }
      const [left, right] = line.split(' | ');
      if (right !== undefined) {
        ops.push(run('F1', 10.5, MARGIN, y, left), run('F1', 10.5, RIGHT_COLUMN, y, right));
      } else if (line.includes(' ++ ')) {
        // One text object, two strings: the second starts where the first ends.
        const [first, rest] = line.split(' ++ ');
        ops.push(`BT /F1 10.5 Tf 1 0 0 1 ${MARGIN} ${y} Tm ${hexString(first)} Tj ${hexString(` ${rest}`)} Tj ET`);
      } else {
        ops.push(run('F1', 10.5, MARGIN, y, line));
      }
      y -= 14;
    }
    return ops.join('\n');
  });
  return pagesPdf(pages);
}

/** A scanned CV: its page is a picture (an inline grey image and a frame), with no text layer. */
export function scannedPdf() {
  const picture = 'q 400 0 0 560 96 160 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x80\xc0\xc0\x80 EI Q';
  return pagesPdf([`${picture}\n0.5 G 96 160 400 560 re S`]);
}

/** A CV behind a password: the standard security handler, whose empty user password does not open it. */
export function encryptedPdf() {
  const key = (seed) =>
    Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) & 0xff).toString(16).padStart(2, '0')).join('');
  const id = key(3).slice(0, 32);
  const pages = [run('F1', 11, MARGIN, 700, 'Jane Doe')];
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /O <${key(1)}> /U <${key(2)}> /P -44 >>`;
  // The encryption dictionary is the last object: 5 + 2 per page.
  return pagesPdf(pages, `/Encrypt 7 0 R /ID [<${id}> <${id}>] `, [encrypt]);
}

/** A PDF of `count` pages, each with a line of text: longer than any CV. */
export function manyPagesPdf(count) {
  return pagesPdf(Array.from({ length: count }, (_, i) => run('F1', 11, MARGIN, 700, `Page ${i + 1}`)));
}

/** Two CVs written for the tests and the screenshots, in the markup cvPdf lays out. */
export const SAMPLE_CVS = {
  // Two pages: the languages are on the second.
  english: `Jane Doe
Backend engineer · Lisbon · jane@example.org

## Summary
Backend engineer with 7 years of experience building payment systems.

## Work experience
Staff Engineer, Paylane | 2021 – present
Payment services in Go, ++ Postgres, Kafka and K8s.
Backend Developer, Shopwise | 2018 – 2021
Order API in Python, Django and Redis.

## Education
MSc Computer Science, University of Lisbon | 2016 – 2018
\f
## Languages
Portuguese (native), English (fluent, C1)`,
  // No years stated: they are counted from the work history's dates. Umlauts in names, places and languages.
  german: `Jürgen Müller
Softwareentwickler · München · juergen@example.org

## Berufserfahrung
Senior Java-Entwickler, Versicherung AG | 03/2019 – heute
Microservices mit Java, Spring Boot und Kotlin; Betrieb mit Docker.
Softwareentwickler, Handel GmbH | 2015 – 2019
Webanwendungen mit TypeScript, ++ Angular und PostgreSQL.

## Ausbildung
Master of Science Informatik, Technische Universität München | 2010 – 2015

## Sprachkenntnisse
Deutsch (Muttersprache), Englisch (verhandlungssicher), Französisch (Grundkenntnisse)`,
};
