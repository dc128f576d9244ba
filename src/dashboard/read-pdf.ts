// A PDF CV's text, read on this machine with pdf.js (pdfjs-dist), for the CV reader.
// pdf.js is loaded only when a PDF is chosen or dropped (a dynamic import: the
// dashboard's first render does not carry it), and it parses the file in its worker,
// an extension file like every script Jobmark runs (the `?url` import copies it into
// the build; the CSP allows scripts and workers from the extension alone). It asks
// for nothing over the network: no character maps, fonts, colour profiles or WASM,
// none of which a text layer needs. The file is hostile input: its size, pages, text
// and time are capped, and every way it can fail becomes a sentence for the person.

import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { MAX_CV_TEXT } from '../model/validate-profile';
import { documentText, pageLines } from './pdf-lines';

/** A CV of a few pages, with a photo or a logo, is far smaller. */
export const MAX_PDF_BYTES = 10 * 1024 * 1024;
/** Long academic CVs run to a dozen pages; past this it is not a CV. */
export const MAX_PDF_PAGES = 30;
/** Reading a CV's pages takes well under a second; a file that keeps the reader busy this long is stopped. */
export const PDF_TIME_LIMIT_MS = 20_000;

/** A PDF that cannot be read, said for the person. */
export class PdfProblem extends Error {}

const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The first kilobyte holds "%PDF-" in every PDF (the standard lets a little come before it). */
function looksLikePdf(head: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(head.subarray(0, 1024)).includes('%PDF-');
}

const NO_READER = 'This browser cannot run the PDF reader: paste the CV’s text instead.';

/** pdf.js's errors, by name (its classes are in the module loaded later), as sentences. */
function problemOf(name: string, error: unknown): PdfProblem {
  if (error instanceof PdfProblem) return error;
  const kind = error instanceof Error ? error.name : '';
  // Its worker did not start, and the build left pdf.js no other way (vite.config.ts, noComputedImports).
  if (error instanceof Error && /fake worker/i.test(error.message)) return new PdfProblem(NO_READER);
  if (kind === 'PasswordException')
    return new PdfProblem(
      `${name} is protected by a password, so Jobmark cannot read it. Save a copy without the password, or paste the CV’s text.`,
    );
  return new PdfProblem(`${name} could not be read as a PDF: it may be damaged. Paste the CV’s text instead.`);
}

/** The text of each page in turn, as lines (pdf-lines.ts), until the pages or the text run past a CV's. */
async function readPages(name: string, data: Uint8Array, signal: AbortSignal): Promise<string> {
  const pdfjs = await import('pdfjs-dist').catch(() => {
    throw new PdfProblem(NO_READER);
  });
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const task = pdfjs.getDocument({
    data,
    // Nothing fetched, nothing compiled, nothing drawn: only the text layer is read.
    useWorkerFetch: false,
    useWasm: false,
    useSystemFonts: false,
    disableFontFace: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  // Stopping the task ends its worker, whatever the file keeps it doing.
  const stop = () => void task.destroy();
  signal.addEventListener('abort', stop);
  try {
    const pdf = await task.promise;
    if (pdf.numPages > MAX_PDF_PAGES)
      throw new PdfProblem(
        `${name} has ${pdf.numPages} pages: Jobmark reads a CV of up to ${MAX_PDF_PAGES}. Paste the part that is your CV.`,
      );
    const pages: string[][] = [];
    let length = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const lines = pageLines(content.items.filter((item): item is TextItem => 'str' in item));
      pages.push(lines);
      length += lines.reduce((sum, line) => sum + line.length + 1, 0);
      if (length > MAX_CV_TEXT)
        throw new PdfProblem(
          `${name} holds more than ${MAX_CV_TEXT.toLocaleString('en-US')} characters of text: that is not a CV. Paste the part that is your CV.`,
        );
    }
    const text = documentText(pages);
    if (!text)
      throw new PdfProblem(
        `${name} has no text to read: its pages are pictures, as a scanned CV’s are. Export the CV as a PDF again from the program it was written in, or paste its text.`,
      );
    return text;
  } finally {
    signal.removeEventListener('abort', stop);
    await task.destroy();
  }
}

/** The text of a PDF CV, as lines like a pasted CV's; a PdfProblem, with the sentence to show, when it cannot be read. */
export async function pdfTextOf(file: File): Promise<string> {
  if (file.size > MAX_PDF_BYTES)
    throw new PdfProblem(`${file.name} is ${MB(file.size)}: a CV’s PDF is under ${MB(MAX_PDF_BYTES)}.`);
  const data = new Uint8Array(await file.arrayBuffer());
  if (!looksLikePdf(data)) throw new PdfProblem(`${file.name} is not a PDF, whatever its name says.`);
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), PDF_TIME_LIMIT_MS);
  try {
    return await Promise.race([
      readPages(file.name, data, timer.signal),
      new Promise<never>((_, reject) =>
        timer.signal.addEventListener('abort', () =>
          reject(
            new PdfProblem(
              `${file.name} kept the PDF reader busy for over ${PDF_TIME_LIMIT_MS / 1000} seconds, so it was stopped: the file may be damaged. Paste the CV’s text instead.`,
            ),
          ),
        ),
      ),
    ]);
  } catch (error) {
    throw problemOf(file.name, error);
  } finally {
    clearTimeout(timeout);
  }
}
