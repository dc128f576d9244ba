// What is refused before pdf.js is even loaded (dashboard/read-pdf.ts): a file too large
// to be a CV, and one named .pdf that is no PDF. pdf.js's own reading of real PDFs is
// proven in the browsers, where it runs (test/e2e/cv-pdf.test.ts).
import { expect, test } from 'vitest';
import { MAX_PDF_BYTES, PdfProblem, pdfTextOf } from '../../src/dashboard/read-pdf';

test('a PDF over 10 MB is refused with its size, unread', async () => {
  const big = new File([new Uint8Array(MAX_PDF_BYTES + 1024 * 1024)], 'portfolio.pdf', { type: 'application/pdf' });
  await expect(pdfTextOf(big)).rejects.toThrow(new PdfProblem('portfolio.pdf is 11 MB: a CV’s PDF is under 10 MB.'));
});

test('a file named .pdf without a PDF’s header in its first kilobyte is refused as no PDF', async () => {
  const picture = new File(['GIF89a', new Uint8Array(2048)], 'cv.pdf');
  await expect(pdfTextOf(picture)).rejects.toThrow('cv.pdf is not a PDF, whatever its name says.');
  // The standard lets a little come before the header, not two kilobytes.
  const late = new File([`${' '.repeat(2000)}%PDF-1.7`], 'late.pdf');
  await expect(pdfTextOf(late)).rejects.toThrow('late.pdf is not a PDF, whatever its name says.');
});
