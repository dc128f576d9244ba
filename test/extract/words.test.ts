// Checks every language's words (src/extract/words/<lang>.ts): written the way their reader
// matches them, each once, each a pattern that compiles; and shows which language lacks which
// group. The Lexicon type makes every language state every group, so a gap is an explicit [].
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/extract/text';
import { LEXICONS } from '../../src/extract/words/index';
import { type Lexicon, SPOKEN_LANGUAGES } from '../../src/extract/words/lexicon';

/** Groups whose words are listed by what they mean (a currency, a spoken language): one group each. */
const BY_MEANING = ['pay.currencyNames', 'pay.kronaPlaces', 'spokenLanguages.names', 'spokenLanguages.abbreviations'];

/** Every list of a lexicon by its path ("headings.benefits", "spokenLanguages.names.German"). */
function listsOf(lexicon: Lexicon): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (node: object, path: string) => {
    for (const [key, value] of Object.entries(node)) {
      const at = path ? `${path}.${key}` : key;
      if (Array.isArray(value)) out.set(at, value);
      // Maps of words to numbers (months, numbers): their words are the list.
      else if (at === 'months' || at === 'numbers') out.set(at, Object.keys(value));
      else if (value && typeof value === 'object') walk(value, at);
    }
  };
  walk(lexicon, '');
  return out;
}

/** Every group of a lexicon with how many words it holds (a group listed by meaning counted as one). */
function groupsOf(lexicon: Lexicon): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (node: object, path: string) => {
    for (const [key, value] of Object.entries(node)) {
      const at = path ? `${path}.${key}` : key;
      if (BY_MEANING.includes(at)) out.set(at, Object.values(value as object).flat().length);
      else if (Array.isArray(value)) out.set(at, value.length);
      else if (at === 'months' || at === 'numbers') out.set(at, Object.keys(value).length);
      else if (value && typeof value === 'object') walk(value, at);
    }
  };
  walk(lexicon, '');
  return out;
}

const LANGUAGES = Object.entries(LEXICONS);
const ALL_GROUPS = [...groupsOf(LEXICONS.en!).keys()].sort();

/** Groups matched on text passed through fold() (see lexicon.ts): their words must be written folded. */
const FOLDED = [
  /^headings\./,
  /^partEnds\.closing$/,
  /^labels\.(?!tooltipLevel)/,
  /^place\.names$/,
  /^months$/,
  /^itemCues\.(?:requirement|benefit|duty|optionalEarly)$/,
];
/** Groups of plain words (not regex source). */
const PLAIN = [
  /^title\.joiners/,
  /^months$/,
  /^numbers$/,
  /^pay\.(perkLine|payLine)$/,
  /^pay\.(currencyNames|kronaPlaces)\./,
  /^workplace\.dayCounts$/,
  /^spokenLanguages\.abbreviations\./,
];

/** A pattern entry as a standalone regex: the placeholders of lexicon.ts filled in. */
function compile(entry: string): RegExp {
  const source = entry
    .replaceAll('{B}', '(?<![\\p{L}\\p{N}])')
    .replaceAll('{E}', '(?![\\p{L}\\p{N}])')
    .replaceAll('{NUM}', '\\d');
  return new RegExp(source, 'iu');
}

/** The letters of an entry, its escapes (\b, \s, \p{L}) taken out. */
const lettersOf = (entry: string) => entry.replace(/\\p\{\w+\}|\\./g, '');

describe.each(LANGUAGES)('words of %s', (_language, lexicon) => {
  const groups = listsOf(lexicon);

  it('fill every group, if only with an empty list (the type asks for each)', () => {
    expect([...groupsOf(lexicon).keys()].sort()).toEqual(ALL_GROUPS);
  });

  it('list each entry once in a group', () => {
    for (const [path, entries] of groups) {
      const repeated = entries.filter((entry, i) => entries.indexOf(entry) !== i);
      expect(repeated, path).toEqual([]);
    }
  });

  it('write the groups matched on folded text folded (lower case, no accents)', () => {
    for (const [path, entries] of groups) {
      if (!FOLDED.some((pattern) => pattern.test(path))) continue;
      for (const entry of entries) expect(fold(lettersOf(entry)), `${path}: ${entry}`).toBe(lettersOf(entry));
    }
  });

  it('write every pattern so that it compiles', () => {
    for (const [path, entries] of groups) {
      if (PLAIN.some((pattern) => pattern.test(path))) continue;
      for (const entry of entries) expect(() => compile(entry), `${path}: ${entry}`).not.toThrow();
    }
  });

  it('write plain words without regex syntax', () => {
    for (const [path, entries] of groups) {
      if (!PLAIN.some((pattern) => pattern.test(path))) continue;
      for (const entry of entries) expect(entry, path).not.toMatch(/[\\()[\]|?*+{}^$]/);
    }
  });

  it('name only the spoken languages the extractor reports', () => {
    const names = Object.keys(lexicon.spokenLanguages.names);
    expect(names.filter((name) => !(SPOKEN_LANGUAGES as readonly string[]).includes(name))).toEqual([]);
  });
});

describe('the languages together', () => {
  it('give every group words in some language (a group no language fills would match anything)', () => {
    const empty = ALL_GROUPS.filter((path) => LANGUAGES.every(([, lexicon]) => !groupsOf(lexicon).get(path)));
    // A PhD is named with a word start only ("Ph.D.", "Promotion in"): no whole-word forms.
    expect(empty).toEqual(['education.phd.words']);
  });

  it('give a word one meaning: a month, a number, a currency, a spoken language', () => {
    const meanings = new Map<string, string>();
    const claim = (kind: string, word: string, meaning: string) => {
      const key = `${kind}:${word.toLowerCase()}`;
      expect(meanings.get(key) ?? meaning, `${key} is ${meanings.get(key)} and ${meaning}`).toBe(meaning);
      meanings.set(key, meaning);
    };
    for (const [, lexicon] of LANGUAGES) {
      for (const [word, month] of Object.entries(lexicon.months)) claim('month', word, String(month));
      for (const [word, value] of Object.entries(lexicon.numbers)) claim('number', word, String(value));
      for (const [code, names] of Object.entries(lexicon.pay.currencyNames))
        for (const name of names) claim('currency', name, code);
      for (const [name, forms] of Object.entries(lexicon.spokenLanguages.names))
        for (const form of forms ?? []) claim('language', form, name);
    }
  });

  it('show which language lacks which groups', () => {
    // The table a reader of this test can print; English fills every group but these.
    const gaps = Object.fromEntries(
      LANGUAGES.map(([language, lexicon]) => {
        const groups = groupsOf(lexicon);
        return [language, ALL_GROUPS.filter((path) => !groups.get(path))];
      }),
    );
    expect(gaps.en).toEqual([
      'education.bachelor.anywhere',
      'education.bachelor.starts',
      'education.master.anywhere',
      'education.phd.anywhere',
      'education.phd.words',
      'employment.internshipOnlyAsLabel',
      'posting.occupationEndings',
      'spokenLanguages.abbreviations',
      'spokenLanguages.compoundCues',
      'title.documentTitlePrefixes',
      'title.seekArticles',
    ]);
    for (const [language, missing] of Object.entries(gaps))
      expect(missing.length, language).toBeLessThan(ALL_GROUPS.length);
  });
});
