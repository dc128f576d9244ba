// The files the background injects into a page, as vite.reader.ts builds them: the page reader
// (src/content/read-page.iife.ts) and one pack of words for each language but English
// (src/extract/words/word-packs.ts).
export const READER_FILE = 'src/content/read-page.iife.js';

/** The pack of one language's words. */
export const wordPackFile = (code: string): string => `src/content/words/${code}.js`;
