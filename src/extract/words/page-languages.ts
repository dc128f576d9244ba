// Which languages a page is written in, so that extractJob compiles only their patterns
// (index.ts readingIn). Read once per page and cheaply, from what the page shows of itself:
// - the lang attributes it declares, on any element (a board's template and the posting in it
//   may differ), Content-Language and og:locale;
// - its text's small words and letters (language-signs.ts);
// - its short lines (headings, labels, a line between two <br>) in the words a language's lexicon
//   names parts and fields with: an English posting under a German board's "Aufgaben";
// and then the languages read together with those (language-signs.ts READ_TOGETHER). It errs
// towards more languages: one left out silently loses what its words would have read, one too
// many costs only the time to compile its words. English is always read (index.ts wordsFor).
import type { PageIndex } from '../dom';
import { fold, repairMojibake } from '../text';
import { LANGUAGE_SIGNS, type LanguageSigns, READ_TOGETHER } from './language-signs';
import type { Lexicon } from './lexicon';
import { isLanguageCode, LANGUAGE_CODES, type LanguageCode, LEXICONS } from './lexicons';

/** Small words and letters of a language a page must show before its words are read. */
const EVIDENCE = 5;
/** Text read for evidence: more than any posting and its page's labels, bounded on huge pages. */
const MAX_TEXT = 400_000;
/**
 * Fewer words than this and no language but English to show for them: too little text to tell
 * ("Publiceret: 2026-12-03", "Seniority: Semi-senior"), so every language is read.
 */
const FEW_WORDS = 150;
/** A text of at most this many characters may be a heading or a label. */
const MAX_LINE = 60;
/** Different heading and label words of a language the page's short lines must use. */
const HEADING_WORDS = 2;
/** Elements a language picker offers a language with, and the most words one of its entries holds. */
const PICKER_TAGS = new Set(['A', 'BUTTON', 'OPTION', 'SELECT']);
const PICKER_WORDS = 4;
/** lang values whose language Jobmark reads under another code: Bokmål and Nynorsk are Norwegian. */
const LANG_ALIASES: Readonly<Record<string, LanguageCode>> = { nb: 'no', nn: 'no' };
/**
 * A character that stands between words: a space, punctuation, a digit; written without Unicode
 * classes, which cost V8 much to compile cold. A word keeps its apostrophes ("company's" is no "s").
 */
const WORD_GAP = /^[\s\u00a0.,;:!?()"“”„«»/\\|\-–—…·•*+=<>[\]{}0-9#@&%$€£_~^`]$/;
/** Per UTF-16 code unit, whether it stands between words (1) or in one (2): WORD_GAP asked once per character. */
const GAP_KNOWN = new Uint8Array(0x10000);
function isGap(code: number): boolean {
  let known = GAP_KNOWN[code]!;
  if (!known) {
    known = WORD_GAP.test(String.fromCharCode(code)) ? 1 : 2;
    GAP_KNOWN[code] = known;
  }
  return known === 1;
}
/** Elements whose text is code or styling, not words a reader reads (unless it is JSON data). */
const CODE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'script', 'style', 'noscript', 'template']);

/** Each sign (a word or a letter) and the languages it is a sign of. */
function signIndex(pick: (signs: LanguageSigns) => Iterable<string>): Map<string, LanguageCode[]> {
  const index = new Map<string, LanguageCode[]>();
  for (const [code, signs] of Object.entries(LANGUAGE_SIGNS) as [LanguageCode, LanguageSigns][]) {
    for (const sign of pick(signs)) index.set(sign, [...(index.get(sign) ?? []), code]);
  }
  return index;
}
const BY_WORD = signIndex((signs) => signs.words.split(' '));
const BY_LETTER = signIndex((signs) => signs.letters);
/** The longest sign word: a longer word is no sign, and is never cut out of the text to look up. */
const LONGEST_WORD = Math.max(...[...BY_WORD.keys()].map((word) => word.length));
/** Any sign letter, found by the regex engine rather than by a loop over every character. */
const SIGN_LETTERS = new RegExp(`[${[...BY_LETTER.keys()].join('')}]`, 'g');

/** The groups of a lexicon that name parts and fields (folded, as a page's lines are read here). */
const templateGroups = (l: Lexicon): readonly string[][] => [
  ...Object.values(l.headings),
  ...Object.values(l.labels),
  l.partEnds.closing,
];
/**
 * Words of four letters or more in a text of entries (regex syntax falls apart into its words),
 * lower case. Headings and labels are folded (lexicon.ts), so their words are of ASCII letters
 * alone, as a page's lines are once folded. One split of one text: this runs on every page, cold.
 */
const FOLDED_WORD_GAP = /[^a-z]+/;
const wordsIn = (text: string): string[] =>
  text
    .toLowerCase()
    .split(FOLDED_WORD_GAP)
    .filter((word) => word.length >= 4);

/**
 * Each word that a language's headings and labels use and English's lexicon does not (the English
 * "data", "home", "online" of other languages' labels prove nothing), and the languages that use
 * it: derived from the lexicons once, when the first page is read.
 */
let headingWords: ReadonlyMap<string, readonly LanguageCode[]> | undefined;
export function headingWordIndex(): ReadonlyMap<string, readonly LanguageCode[]> {
  if (headingWords) return headingWords;
  // Every word of the English lexicon, its keys too ("Remote", "degree", …).
  const english = new Set(wordsIn(JSON.stringify(LEXICONS.en)));
  const index = new Map<string, LanguageCode[]>();
  for (const [code, lexicon] of Object.entries(LEXICONS) as [LanguageCode, Lexicon][]) {
    if (code === 'en') continue;
    for (const word of new Set(wordsIn(templateGroups(lexicon).flat().join(' ')))) {
      if (!english.has(word)) index.set(word, [...(index.get(word) ?? []), code]);
    }
  }
  headingWords = index;
  return index;
}

/** The language a lang value names ("de-AT" → de, "nb" → no), if Jobmark reads it. */
export function languageOfTag(tag: string | null | undefined): LanguageCode | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const code = LANG_ALIASES[primary] ?? primary;
  return isLanguageCode(code) ? code : null;
}

/**
 * Whether an element's lang attribute says what its text is written in: the document's own always;
 * another element's where it holds a few words (a template's section), not where it is one entry
 * of a language picker ("Deutsch", "Čeština (Ceco)": links and buttons, each in its own language).
 */
function declaresText(el: Element, doc: Document): boolean {
  if (el === doc.documentElement || el === doc.body) return true;
  if (PICKER_TAGS.has(el.tagName.toUpperCase())) return false;
  return (el.textContent ?? '').trim().split(/\s+/).length >= PICKER_WORDS;
}

/** The languages the page declares: lang attributes, Content-Language, og:locale. */
function declaredLanguages(doc: Document, index?: PageIndex): LanguageCode[] {
  // The page's index, where it saw the whole page, knows which elements carry a lang (null: too
  // many to list): no search of the page then.
  const known = index?.complete ? index : undefined;
  const carriers = known && !known.attributeNames.has('lang') ? [] : known?.carriersOf('lang');
  const tags = [...(carriers ?? doc.querySelectorAll('[lang]'))]
    .filter((el) => declaresText(el, doc))
    .map((el) => el.getAttribute('lang'));
  for (const meta of known?.metas ?? doc.querySelectorAll('meta')) {
    if (!meta.hasAttribute('http-equiv') && !meta.hasAttribute('property')) continue;
    const name = (meta.getAttribute('http-equiv') ?? meta.getAttribute('property') ?? '').toLowerCase();
    if (name === 'content-language' || name === 'og:locale')
      tags.push(...(meta.getAttribute('content') ?? '').split(','));
  }
  return tags.map(languageOfTag).filter((code): code is LanguageCode => code !== null);
}

const isData = (el: Element): boolean =>
  el.tagName.toUpperCase() === 'SCRIPT' && /json/i.test(el.getAttribute('type') ?? '');

/**
 * Hands each text node's value and the element it stands in to `take`, in document order, until
 * it returns false: from the page's index where its walk saw all of the text (no second walk of a
 * large page), else by a walk of its own.
 */
function eachText(
  doc: Document,
  index: PageIndex | undefined,
  take: (text: string, parent: Element | null) => boolean,
) {
  const texts = index?.texts;
  if (texts) {
    for (let i = 0; i < texts.values.length; i++) if (!take(texts.values[i]!, texts.parents[i]!)) return;
    return;
  }
  const walker = doc.createTreeWalker(doc.documentElement ?? doc, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!take(node.nodeValue ?? '', node.parentElement)) return;
}

/**
 * The text the readers see, bounded: the title, meta descriptions, structured data (JSON-LD) and
 * the page's text, without its code (minified scripts are full of "de", "se", "te"); and its short
 * lines, each text of a heading, a label or a line of its own.
 */
function pageText(doc: Document, index?: PageIndex): { text: string; lines: string[] } {
  const parts: string[] = [index?.title() ?? doc.title ?? ''];
  const lines: string[] = [];
  for (const meta of doc.head?.getElementsByTagName('meta') ?? []) parts.push(meta.getAttribute('content') ?? '');
  let length = 0;
  eachText(doc, index, (text, parent) => {
    if (length >= MAX_TEXT) return false;
    if (parent && CODE_TAGS.has(parent.tagName) && !isData(parent)) return true;
    parts.push(text);
    length += text.length;
    if (text.length > MAX_LINE * 4) return true;
    const line = text.trim();
    if (line.length > 2 && line.length <= MAX_LINE) lines.push(line);
    return true;
  });
  return { text: repairMojibake(parts.join('\n')), lines };
}

/**
 * How many signs of each language the text shows, and how many words it holds (the pieces that
 * splitting it at its runs of gaps gives, empty ones at its ends included). One pass over its
 * characters: split() made a string of each of a page's thousands of words to look up a few.
 */
export function signsIn(text: string): { signs: Map<LanguageCode, number>; words: number } {
  const signs = new Map<LanguageCode, number>();
  const count = (codes: readonly LanguageCode[] | undefined) => {
    for (const code of codes ?? []) signs.set(code, (signs.get(code) ?? 0) + 1);
  };
  const lower = text.toLowerCase();
  let words = 0;
  for (let at = 0; ; ) {
    // A word: the characters up to the next gap (none where the text starts or ends with a gap).
    const start = at;
    while (at < lower.length && !isGap(lower.charCodeAt(at))) at++;
    words++;
    if (at - start <= LONGEST_WORD) count(BY_WORD.get(lower.slice(start, at)));
    if (at >= lower.length) break;
    while (at < lower.length && isGap(lower.charCodeAt(at))) at++;
  }
  for (const letter of lower.match(SIGN_LETTERS) ?? []) count(BY_LETTER.get(letter));
  return { signs, words };
}

/**
 * The languages whose heading and label words the lines use, two different ones at least: one
 * alone is often a word English has borrowed ("super", "online").
 */
export function headingLanguages(lines: readonly string[]): Set<LanguageCode> {
  const index = headingWordIndex();
  const seen = new Map<LanguageCode, Set<string>>();
  // Folded all at once: a page has thousands of short lines.
  for (const word of fold(repairMojibake(lines.join('\n'))).split(FOLDED_WORD_GAP)) {
    for (const code of index.get(word) ?? []) seen.set(code, (seen.get(code) ?? new Set()).add(word));
  }
  return new Set([...seen].filter(([, words]) => words.size >= HEADING_WORDS).map(([code]) => code));
}

/**
 * The languages a page is written in besides English: every one it declares or shows signs of.
 * `index`: the page's index (dom.ts indexPage) where the reading has one, which spares a search.
 */
export function pageLanguages(doc: Document, index?: PageIndex): LanguageCode[] {
  const { text, lines } = pageText(doc, index);
  const languages = new Set([...declaredLanguages(doc, index), ...headingLanguages(lines)]);
  const { signs, words } = signsIn(text);
  for (const [code, count] of signs) if (count >= EVIDENCE) languages.add(code);
  languages.delete('en');
  if (!languages.size && words < FEW_WORDS) return [...LANGUAGE_CODES];
  for (const group of READ_TOGETHER) {
    if (group.some((code) => languages.has(code))) for (const code of group) languages.add(code);
  }
  return [...languages];
}
