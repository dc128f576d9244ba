// The page reader's words, language by language (issue 20). The reader a browser injects into a
// job page holds English whole and, of every other language, only the words it reads on every
// page whatever the page's languages (readerPart). The rest of a language's words, its pack, is
// a small script of its own that the background injects once the reader has told the page's
// languages and found that one of them is not here yet (missingWords; content/word-packs.ts).
// A page in English (most) so evaluates twelve languages' words fewer; a page in Czech brings
// in Czech alone. The lexicons themselves stay as they are (en.ts, de.ts, …): vite.reader.ts
// builds the reader and the packs from them, and every other build (the library, the CLI, the
// dashboard, the tests) imports lexicons.ts, every language whole.
import type { Lexicon } from './lexicon';
import type { LanguageCode } from './lexicons';

/**
 * Where a pack leaves its language's lexicon: a property of the content scripts' own global,
 * which the page's scripts never see (an isolated world, a sandbox in Firefox).
 */
export const WORD_PACKS = Symbol.for('jobmark.words');
type Arrived = Partial<Record<LanguageCode, Lexicon>>;

/**
 * The words of a language the reader reads on every page, whatever its languages: a group whole
 * (true) or some of its fields. The headings, labels and closing lines that tell a page's
 * languages and name its parts (page-languages.ts, build.ts everyLanguage), months and number
 * words (build.ts mergedMap), what build.ts builds at once for a set of languages however few
 * of its patterns are read (DAY_COUNTS, NAME, LIST_GAP, DEGREE_LIST, the spoken languages'
 * FORMS), since a reading builds the patterns of every language for the cities of a title
 * (location.ts TITLE_CITIES), and what findSkills reads in every language when the highlights
 * are painted, outside any reading (SKILL_LIST_GAP, PRODUCT_BEFORE). Reading anything else of a
 * language whose pack has not arrived throws (awaitingPacks): a reader that reads another group
 * of every language must add it here.
 */
const READ_ON_EVERY_PAGE = {
  headings: true,
  labels: true,
  months: true,
  numbers: true,
  productBefore: true,
  skillListJoiners: true,
  partEnds: ['closing'],
  company: ['nameJoiners', 'legalForms', 'articles'],
  place: ['listJoiners'],
  workplace: ['dayCounts'],
  education: ['degreeAbbreviations'],
  spokenLanguages: ['names'],
} as const satisfies { [K in keyof Lexicon]?: true | readonly (keyof Lexicon[K])[] };
type Group = keyof typeof READ_ON_EVERY_PAGE;
const isGroup = (key: string): key is Group => Object.hasOwn(READ_ON_EVERY_PAGE, key);

/** What of a language's words the reader holds itself (READ_ON_EVERY_PAGE). */
export function readerPart(lexicon: Lexicon): Partial<Lexicon> {
  const out: Record<string, unknown> = {};
  for (const [group, fields] of Object.entries(READ_ON_EVERY_PAGE)) {
    const words = lexicon[group as Group] as Record<string, unknown>;
    out[group] = fields === true ? words : Object.fromEntries(fields.map((field) => [field, words[field]]));
  }
  return out as Partial<Lexicon>;
}

/** Words as a JavaScript object literal (JSON is one; JSON.parse of a string would escape every quote and backslash again). */
const literal = (value: unknown): string => JSON.stringify(value);

/**
 * The script of one language's pack: it leaves the whole lexicon where the reader finds it, and
 * evaluates to nothing (scripting.executeScript sends a script's value back to the background).
 */
export function packScript(code: LanguageCode, lexicon: Lexicon): string {
  return `(()=>{const k=Symbol.for(${JSON.stringify(WORD_PACKS.description)});(globalThis[k]??={})[${JSON.stringify(code)}]=${literal(lexicon)}})();\n`;
}

/**
 * The reader's lexicons.ts, in LEXICONS order: English whole, every other language's readerPart,
 * and missingWords from awaitingPacks. `lexicons` is the path of lexicons.ts, whose exports this
 * replaces one for one (vite.reader.ts).
 */
export function readerLexiconsModule(lexicons: Readonly<Record<LanguageCode, Lexicon>>, dir: string): string {
  const codes = Object.keys(lexicons) as LanguageCode[];
  const entries = codes.map((code) =>
    code === 'en' ? 'en' : `${JSON.stringify(code)}: ${literal(readerPart(lexicons[code]))}`,
  );
  return [
    `import { en } from ${JSON.stringify(`${dir}/en.ts`)};`,
    `import { awaitingPacks } from ${JSON.stringify(`${dir}/word-packs.ts`)};`,
    `export const LEXICONS = { ${entries.join(', ')} };`,
    'export const LANGUAGE_CODES = Object.keys(LEXICONS);',
    'export const isLanguageCode = (code) => Object.hasOwn(LEXICONS, code);',
    `export const missingWords = awaitingPacks(LEXICONS, ${JSON.stringify(codes.filter((code) => code !== 'en'))});`,
  ].join('\n');
}

/**
 * missingWords for lexicons of which the languages `waiting` hold only their readerPart: the
 * languages among `codes` whose packs have not arrived. Until its pack arrives, reading any other
 * group of a waiting language throws (extractJob reads none: index.ts readingIn asks first), rather
 * than finding no words. A pack that has arrived is laid over its language's object in place, so
 * a set of patterns built before reads the same words.
 */
export function awaitingPacks(
  lexicons: Record<LanguageCode, Lexicon>,
  waiting: Iterable<LanguageCode>,
): (codes: Iterable<LanguageCode>) => LanguageCode[] {
  const missing = new Set(waiting);
  /** A getter of each field `words` lacks that `whole` has, which throws. */
  const guard = (code: LanguageCode, words: object, whole: object, path: string) => {
    for (const key of Object.keys(whole)) {
      if (Object.hasOwn(words, key)) continue;
      Object.defineProperty(words, key, {
        configurable: true,
        get() {
          throw new Error(`The words of ${code} were read before its pack arrived (${path}${key})`);
        },
      });
    }
  };
  for (const code of missing) {
    const lexicon = lexicons[code];
    guard(code, lexicon, lexicons.en, '');
    for (const group of Object.keys(lexicon)) {
      if (isGroup(group) && READ_ON_EVERY_PAGE[group] !== true)
        guard(code, lexicon[group], lexicons.en[group], `${group}.`);
    }
  }
  return (codes) => {
    const arrived = (globalThis as { [WORD_PACKS]?: Arrived })[WORD_PACKS] ?? {};
    const out: LanguageCode[] = [];
    for (const code of codes) {
      if (!missing.has(code)) continue;
      const pack = arrived[code];
      if (!pack) {
        out.push(code);
        continue;
      }
      for (const [key, value] of Object.entries(pack))
        Object.defineProperty(lexicons[code], key, { value, writable: true, enumerable: true, configurable: true });
      missing.delete(code);
    }
    return out;
  };
}
