// The patterns of a set of languages (src/extract/words/index.ts): built once per set, every
// language's for whoever reads outside a page's reading, and for every language exactly the
// entries of every lexicon joined in LEXICONS order, as one all-language build was.
import { describe, expect, it } from 'vitest';
import { headingKind } from '../../../src/extract/sections';
import {
  allWords,
  currentWords,
  LANGUAGE_CODES,
  type LanguageCode,
  LEXICONS,
  perWords,
  readingIn,
  wordsFor,
} from '../../../src/extract/words/index';
import type { Lexicon } from '../../../src/extract/words/lexicon';
import { EXAMPLES } from './examples/index';
import type { Examples } from './examples/types';

/** A group joined the way one build for `codes` joins it: LEXICONS order, each entry once. */
const joined = (codes: readonly LanguageCode[], pick: (lexicon: Lexicon) => readonly string[]) =>
  [...new Set(LANGUAGE_CODES.filter((code) => codes.includes(code)).flatMap((code) => pick(LEXICONS[code])))].join('|');

describe('wordsFor', () => {
  it('builds a set once: the same object for the same languages in any order, English always in', () => {
    const czechGerman = wordsFor(['de', 'cs']);
    expect(wordsFor(['cs', 'de'])).toBe(czechGerman);
    expect(wordsFor(['en', 'cs', 'de', 'cs'])).toBe(czechGerman);
    expect(wordsFor([])).toBe(wordsFor(['en']));
    expect(wordsFor(['de'])).not.toBe(czechGerman);
  });

  it('for every language, is what every caller outside a reading gets', () => {
    expect(wordsFor([...LANGUAGE_CODES].reverse())).toBe(allWords());
    expect(currentWords()).toBe(allWords());
  });

  it("for every language, joins every lexicon's entries as one all-language build did", () => {
    const all = allWords();
    expect(all.NOT_A_PART.source).toBe(`^(?:${joined(LANGUAGE_CODES, (l) => l.headings.notAPart)})`);
    expect(all.CLOSING.source).toBe(`^(?:${joined(LANGUAGE_CODES, (l) => l.partEnds.closing)})`);
    expect(all.BOT_CHECK.source).toBe(`^(?:${joined(LANGUAGE_CODES, (l) => l.title.botCheck)})`);
    expect([...all.DEPARTMENTS]).toEqual(joined(LANGUAGE_CODES, (l) => l.company.departments).split('|'));
  });

  it("for some languages, joins only theirs and English's, in LEXICONS order", () => {
    const some = wordsFor(['pl', 'de']);
    expect(some.CLOSING.source).toBe(`^(?:${joined(['en', 'de', 'pl'], (l) => l.partEnds.closing)})`);
    expect(some.BOT_CHECK.source).toBe(`^(?:${joined(['en', 'de', 'pl'], (l) => l.title.botCheck)})`);
  });

  it('reads the headings of parts in every language, whichever are chosen', () => {
    // A German board's "Aufgaben" over an English posting; "Profil" on German and Czech pages.
    expect(wordsFor([]).NOT_A_PART.source).toBe(allWords().NOT_A_PART.source);
    expect(wordsFor(['cs']).HEADING_PATTERNS.map(([, pattern]) => pattern.source)).toEqual(
      allWords().HEADING_PATTERNS.map(([, pattern]) => pattern.source),
    );
  });

  it('makes a group only left-out languages fill match nothing, never everything', () => {
    // English lists no words that are an internship only as a whole label; French does ("stage").
    expect(LEXICONS.en.employment.internshipOnlyAsLabel).toEqual([]);
    const english = wordsFor([]);
    expect(english.INTERNSHIP_ONLY_AS_LABEL.test('')).toBe(false);
    expect(english.INTERNSHIP_ONLY_AS_LABEL.test('Stage')).toBe(false);
    expect(wordsFor(['fr']).INTERNSHIP_ONLY_AS_LABEL.test('Stage')).toBe(true);
    expect([...'Senior engineer, remote'.matchAll(english.LANGUAGE_NAMES)]).toEqual([]);
  });

  it("reads each language's own heading examples with that language's patterns alone", () => {
    for (const [code, examples] of Object.entries(EXAMPLES) as [LanguageCode, Examples][]) {
      for (const [kind, headings] of Object.entries(examples.headings)) {
        for (const heading of headings) {
          const everyLanguage = headingKind(heading);
          expect(
            readingIn([code], () => headingKind(heading)),
            `${code} ${kind}: ${heading}`,
          ).toBe(everyLanguage);
        }
      }
    }
  });
});

describe('a set of patterns', () => {
  it('builds each pattern the first time it is read, then keeps it', () => {
    const finnish = wordsFor(['fi']);
    expect(Object.getOwnPropertyDescriptor(finnish, 'VISA_YES')?.get).toBeTypeOf('function');
    const visa = finnish.VISA_YES;
    expect(visa).toBeInstanceOf(RegExp);
    expect(Object.getOwnPropertyDescriptor(finnish, 'VISA_YES')?.value).toBe(visa);
    expect(finnish.VISA_YES).toBe(visa);
  });

  it('keeps LANGUAGE_OF_GROUP beside the groups of LANGUAGE_NAMES, whichever is read first', () => {
    const polish = wordsFor(['pl']);
    const groups = polish.LANGUAGE_OF_GROUP;
    const { source, flags } = polish.LANGUAGE_NAMES;
    const match = new RegExp(source, flags).exec('Znajomość języka angielskiego');
    expect(match).not.toBeNull();
    expect(groups[match!.slice(1).findIndex((group) => group !== undefined)]).toBe('English');
  });
});

describe('readingIn', () => {
  it('gives the set as currentWords() inside, and every language again after, even after a throw', () => {
    const german = wordsFor(['de']);
    expect(readingIn(['de'], () => currentWords())).toBe(german);
    expect(currentWords()).toBe(allWords());
    expect(() =>
      readingIn(['de'], () => {
        throw new Error('a reader failed');
      }),
    ).toThrow('a reader failed');
    expect(currentWords()).toBe(allWords());
  });

  it('restores the outer reading after a nested one', () => {
    const seen = readingIn(['cs'], () => [currentWords(), readingIn(['fr'], () => currentWords()), currentWords()]);
    expect(seen).toEqual([wordsFor(['cs']), wordsFor(['fr']), wordsFor(['cs'])]);
  });
});

describe('perWords', () => {
  it("builds a reader's own value once per set of languages", () => {
    let builds = 0;
    const firstHeading = perWords((words) => {
      builds++;
      return words.HEADING_PATTERNS[0];
    });
    expect(firstHeading()).toBe(allWords().HEADING_PATTERNS[0]);
    expect(firstHeading()).toBe(firstHeading());
    expect(readingIn(['de'], firstHeading)).toBe(wordsFor(['de']).HEADING_PATTERNS[0]);
    expect(readingIn(['de'], firstHeading)).toBe(readingIn(['de'], firstHeading));
    expect(builds).toBe(2);
  });
});
