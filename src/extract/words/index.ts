// The readers' patterns, for the languages of the page being read. build.ts builds every pattern
// from a set of languages' words; this module builds each set once (a page in Czech with English
// words compiles the Czech and English alternatives, not thirteen languages'), and says which set
// a reader uses: the page's while extractJob reads it, every language anywhere else.
import { asPartOf } from '../reading-memo';
import { buildWords, type Words } from './build';
import { LANGUAGE_CODES, type LanguageCode, missingWords } from './lexicons';

export {
  EMPLOYMENT_ORDER,
  PERIOD_ORDER,
  POSITION_SHARE,
  sharedPattern,
  TITLE_LEVEL_ORDER,
  type Words,
} from './build';
export { execWhereMay, mayMatch } from './gate';
export { isLanguageCode, LANGUAGE_CODES, type LanguageCode, LEXICONS } from './lexicons';

const built = new Map<string, Words>();

/**
 * The patterns of these languages and English, built once per set: the same object for the same
 * set in any order. English is in every set: its words (tool names, "Remote", "Full-time") stand
 * on pages of every language, and some groups only English fills.
 */
export function wordsFor(languages: Iterable<LanguageCode>): Words {
  const codes = new Set<LanguageCode>(['en', ...languages]);
  const key = [...codes].sort().join(' ');
  let words = built.get(key);
  if (!words) {
    words = buildWords(codes);
    built.set(key, words);
  }
  return words;
}

let every: Words | undefined;
/** The patterns of every language: what the fit, the dashboard and the reader stamp read with. */
export function allWords(): Words {
  every ??= wordsFor(LANGUAGE_CODES);
  return every;
}

// The reading under way, and the patterns of its page's languages. A scoped value rather than a
// Words argument: the patterns are read by some sixty functions in twenty readers, many of them
// also called from the fit on stored text (experienceYearsIn, findSkills), and a parameter
// threaded through all of them would change every signature for one value that is fixed for the
// whole of one extractJob. The scope is exactly the call of readingIn, or of one step of a
// reading made in steps (readingScope; restored in finally, nested calls keep the outer value), and
// outside any reading currentWords() is every language: no caller can meet a narrower set it did
// not ask for, and a reading paused between two steps leaves none set.
let reading: Words | undefined;

/** The languages a reading needed whose words had not arrived (the page reader's packs, word-packs.ts). */
const wanted = new Set<LanguageCode>();

/**
 * The languages whose words readings have needed and not found since the last call: the page
 * reader brings in their packs and reads again (content/word-packs.ts). Always none where every
 * lexicon is bundled (the library, the CLI, the dashboard).
 */
export function takeWantedWords(): LanguageCode[] {
  const out = [...wanted];
  wanted.clear();
  return out;
}

/**
 * Runs `read` with the patterns of `languages` (and English) as currentWords(). Throws, before
 * reading anything, where some of those languages' words have not arrived (takeWantedWords).
 */
export function readingIn<T>(languages: Iterable<LanguageCode>, read: () => T): T {
  return readingScope(languages)(read);
}

/** Runs one step of a reading: `step` with the patterns the reading reads with, and what it remembers. */
export type ReadingStep = <T>(step: () => T) => T;

/**
 * One reading with the patterns of `languages` (and English), run a step at a time (index.ts reads a
 * page in steps, each a task of its own): each step runs as inside readingIn, and the steps of one
 * reading share what perReading remembers. Throws, as readingIn, where some words have not arrived.
 */
export function readingScope(languages: Iterable<LanguageCode>): ReadingStep {
  const missing = missingWords(languages);
  if (missing.length) {
    for (const code of missing) wanted.add(code);
    throw new Error(`The words of ${missing.join(', ')} have not arrived`);
  }
  const words = wordsFor(languages);
  const token = {};
  return (step) => {
    const outer = reading;
    reading = words;
    try {
      return asPartOf(token, step);
    } finally {
      reading = outer;
    }
  };
}

/** The patterns to read with: the page's languages inside readingIn, every language outside it. */
export function currentWords(): Words {
  return reading ?? allWords();
}

/**
 * What a reader builds from the patterns (salary.ts joins them with currency codes; sections.ts
 * keeps the kinds of headings it has read), once per set of languages: a function that returns
 * the value for currentWords(), building it the first time that set is read.
 */
export function perWords<T>(build: (words: Words) => T): () => T {
  const values = new WeakMap<Words, T>();
  return () => {
    const words = currentWords();
    let value = values.get(words);
    if (value === undefined) {
      value = build(words);
      values.set(words, value);
    }
    return value;
  };
}
