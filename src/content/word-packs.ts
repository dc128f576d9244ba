// The page reader holds English's words whole and only some of every other language's; the rest
// of a language's words is a pack the background injects when a reading needs it
// (extract/words/word-packs.ts, issue 20). A reading that needs a pack not here yet reads nothing
// and says which languages it wanted; they are asked for once per page, and the page read again.
import { takeWantedWords } from '../extract/words';
import { packsForLang } from '../extract/words/declared-packs';
import { missingWords } from '../extract/words/lexicons';
import { send } from '../messages';

/** Each language asked for, and the answer that says its pack has run in this page. */
const asked = new Map<string, Promise<unknown>>();

/** Has the background inject the packs of `languages` (each once per page); resolves when they are here. */
export function loadWords(languages: readonly string[]): Promise<unknown> {
  const fresh = languages.filter((code) => !asked.has(code));
  if (fresh.length) {
    // A pack that cannot be injected leaves its language's words out; the reading then finds no posting.
    const answer = send('page/words', { languages: fresh }).catch(() => {});
    for (const code of fresh) asked.set(code, answer);
  }
  return Promise.all(languages.map((code) => asked.get(code)));
}

/** The result of `read`, made again once the packs it wanted have arrived (twice at most: the page may change meanwhile). */
export async function readWithWords<T>(read: () => T | Promise<T>): Promise<T> {
  takeWantedWords(); // what readings before this one wanted is asked for already
  // Packs on their way (loadDeclaredWords) are likely the page's: a reading before they arrive is lost.
  await Promise.all(asked.values());
  let result = await read();
  for (let tries = 0; tries < 2; tries++) {
    const wanted = takeWantedWords();
    if (!wanted.length) break;
    // On the document's timeline, for `npm run bench`: how long a reading waited for packs.
    performance.mark('jobmark:words-wanted');
    await loadWords(wanted);
    performance.measure('jobmark:words', 'jobmark:words-wanted');
    result = await read();
  }
  return result;
}

/**
 * Asks, as the reader starts, for the packs the language the page declares will want, unless they
 * came with the reader (the background injects them with it after the quick check): most pages in
 * another language say so, and their reading, which waits for the page to settle, then finds them
 * here. What the reading needs is still what it asks for (readWithWords).
 */
export function loadDeclaredWords(doc: Document): void {
  const missing = missingWords(packsForLang(doc.documentElement.getAttribute('lang')));
  if (missing.length) void loadWords(missing);
}
