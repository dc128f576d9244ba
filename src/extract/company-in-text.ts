// The hiring company as the posting's own text names it, for pages whose title, site name and
// byline do not: career pages and ATS descriptions without structured data ("About Ramp",
// "PagoPA S.p.A. è alla ricerca di …", "At Ramp, everyone …").
//
// One sentence is no proof: "About the Role" reads like "About Ramp", and any capitalised word
// opens a sentence. So a name is taken only where two kinds of evidence agree: a heading about it,
// a sentence of it hiring, a paragraph opening with what it is, a sentence naming itself ("Wij zijn
// Callvoip"), a sentence at it, a line heading its perks ("Meatable offers:"), a line of its own under the title, the page's address naming it,
// its legal form ("Junico GmbH"), or the name (or its short name, "Canadian Digital Service (CDS)")
// standing in the middle of a sentence, where only names keep their capital.
import { looksLikePlace, nameOfPlace } from './location';
import { type Block, headingKind } from './sections';
import { fold, lastPathSegment } from './text';
import { type Found, found } from './types';
import { currentWords, execWhereMay } from './words';

type Evidence =
  | 'about'
  | 'hiring'
  | 'is'
  | 'weAre'
  | 'at'
  | 'offers'
  | 'underTitle'
  | 'alone'
  | 'address'
  | 'midSentence'
  | 'legalForm';

interface Candidate {
  name: string;
  /** The short name the text gives it in brackets ("CDS"). */
  short?: string;
  el: Element;
  kinds: Set<Evidence>;
}

/** How far into the posting a company is looked for, and how much of one block is read. */
const BLOCKS = 150;
const BLOCK_CHARS = 1500;

/** The name's letters and digits, folded: "PagoPA S.p.A." → "pagopaspa". */
const keyOf = (name: string): string => fold(name).replace(/[^\p{L}\p{N}]/gu, '');

/** "Ramp." at a sentence's end is "Ramp"; "S.p.A." keeps its dots. */
const trimName = (name: string): string => name.replace(/(?<![.\s]\p{L}{1,3})\.$/u, '').trim();

/** The address's labels and path segments, as keys: "jobs.lever.co/spotify/…" → jobs, lever, co, spotify, …. */
function addressKeys(url: string): string[] {
  let parts: string[];
  try {
    const { hostname, pathname } = new URL(url);
    parts = [...hostname.split('.'), ...pathname.split('/')];
  } catch {
    return [];
  }
  const keys = parts.map(keyOf);
  const at = companyAtIn(lastPathSegment(url));
  if (at) keys.push(at);
  return keys.filter((part) => part.length >= 3);
}

/**
 * The company the last segment of a job's address names after "-at-", as boards write a job's slug
 * (".../2018-08-20-stem-cell-biologist-at-new-age-meats.md" → "newagemeats"), or null.
 */
function companyAtIn(segment: string | null): string | null {
  const at = segment ? /-at-([^/]+?)(?:\.\w{2,5})?$/.exec(segment) : null;
  return at ? keyOf(at[1]!) : null;
}

/** What stands before a name in the middle of a sentence: a lower-case letter or a comma, and a space. */
const AFTER_SMALL_WORD = /[\p{Ll},;:]\s$/u;
/** A letter or a digit at the start of a text: a name followed by one is part of a longer word. */
const WORD_GOES_ON = /^[\p{L}\p{N}]/u;

/**
 * How many times a name stands after a small word or a comma and a space, and not inside a longer
 * word (the matches of (?<=[\p{Ll},;:]\s)NAME(?![\p{L}\p{N}])): found with indexOf and the two
 * edges tested where it stands, as a pattern of its own for each name would be compiled anew for
 * each candidate of each page (0.35 ms each in V8, about 40 a pass over the fixture pages).
 */
function timesMidSentence(text: string, name: string): number {
  let count = 0;
  for (let at = text.indexOf(name); at >= 0; ) {
    const end = at + name.length;
    // The code point before the space may be a surrogate pair: three code units hold both.
    const mid =
      AFTER_SMALL_WORD.test(text.slice(Math.max(0, at - 3), at)) && !WORD_GOES_ON.test(text.slice(end, end + 2));
    if (mid) count++;
    // Matches do not overlap: the next is looked for after this one (one further for no name at all).
    const next = mid && name ? end : at + 1;
    at = next <= text.length ? text.indexOf(name, next) : -1;
  }
  return count;
}

/**
 * Whether the name stands in the middle of a sentence, after a small word: the full name once, or
 * its first word twice; `own` more times where a sentence of its own ("We are Callvoip", "Bei
 * Acme …") holds it so.
 */
function standsMidSentence(name: string, blocks: readonly Block[], own = 0): boolean {
  const first = name.split(' ')[0]!;
  const firstWord = first !== name && first.length >= 4 ? first : null;
  let count = 0;
  let fulls = 0;
  for (const block of blocks.slice(0, BLOCKS * 2)) {
    const text = block.text.slice(0, BLOCK_CHARS * 2);
    fulls += timesMidSentence(text, name);
    if (fulls > own) return true;
    if (firstWord) count += timesMidSentence(text, firstWord);
    if (count >= 2 + own) return true;
  }
  return false;
}

/** Whether a name written in lower case stands in the text again ("… membri del dipartimento per la …"). */
function mentionsAgain(name: string, blocks: readonly Block[]): boolean {
  const key = fold(name);
  let count = 0;
  for (const block of blocks.slice(0, BLOCKS * 2)) {
    const text = fold(block.text);
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) count++;
    if (count >= 2) return true;
  }
  return false;
}

/**
 * Whether the last segment of the address names the line among other words, as it names the town
 * of a job (".../26-04-23-badwurzach-diaetassistenz/"): the rule sources/generic.ts reads a place by.
 * A name after "-at-" is the company's (companyAtIn).
 */
function namedInAddress(line: string, url: string): boolean {
  const segment = lastPathSegment(url);
  if (segment === null) return false;
  const last = keyOf(segment);
  const key = keyOf(line);
  return key.length >= 3 && last !== key && last.includes(key) && companyAtIn(segment) !== key;
}

/**
 * The initials of a name's words, the short words that join them left out and an elided article
 * dropped: "Service numérique canadien" → "SNC", "Caisse nationale d'assurance maladie" → "CNAM".
 */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word.replace(/^\p{Ll}['’]/u, ''))
    .filter((word) => !/^\p{Ll}{1,3}$/u.test(word))
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

/** A line of its own under the title that is only a name ("JSQL Sp. z o.o."), among the first few blocks. */
const UNDER_TITLE_BLOCKS = 4;

/** The company the posting's text names, where two kinds of evidence agree; see the file's comment. */
export function companyInText(main: readonly Block[], url: string): Found<string> | undefined {
  const {
    ABOUT_COMPANY_HEADING,
    AT_COMPANY,
    ENDS_IN_LEGAL_FORM,
    COMPANY_HIRING,
    COMPANY_IS,
    COMPANY_OFFERS,
    DEPARTMENTS,
    JOB_NOUN_ALONE,
    LINE_NAME,
    LOWER_SUBJECT_HIRING,
    NAME_IN_LEGAL_FORM,
    NAME_WITH_SHORT,
    OURSELVES,
    WE_ARE,
  } = currentWords();
  const candidates = new Map<string, Candidate>();
  const add = (raw: string, el: Element, kind: Evidence, short?: string) => {
    const name = trimName(raw);
    const key = keyOf(name);
    // A part's heading ("About the Role" → "Role"), a team or the job ("Die Stelle ist …") is not a
    // company; a longer name may hold a heading's word ("Open Knowledge Foundation").
    const heading = name.split(' ').length <= 2 && headingKind(name) !== 'other';
    // "2025-10-27" under the title is a date ("1&1" is a name).
    if (
      key.length < 2 ||
      /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/.test(name) ||
      heading ||
      DEPARTMENTS.has(fold(name)) ||
      OURSELVES.has(fold(name)) ||
      JOB_NOUN_ALONE.test(name)
    )
      return;
    const known = candidates.get(key) ?? { name, el, kinds: new Set<Evidence>() };
    known.kinds.add(kind);
    // "Junico GmbH", "JSQL Sp. z o.o.": a name in its legal form is a company's.
    if (ENDS_IN_LEGAL_FORM.test(name)) known.kinds.add('legalForm');
    known.short ??= short;
    candidates.set(key, known);
  };
  const subject = (match: RegExpExecArray | null, el: Element, kind: Evidence) => {
    if (match) add(match[1]!, el, kind, match[2]);
  };
  main.slice(1, UNDER_TITLE_BLOCKS).forEach((block, i) => {
    if (block.kind !== 'heading' && block.text.length <= 80)
      subject(LINE_NAME.exec(block.text), block.el, 'underTitle');
    // The line right under the title that is a name and nothing else ("Michael Page", "Meatable"),
    // where a byline stands (the board prints who posted): no place, no year, no team, no job.
    // A town the address names among other words is the job's place (namedInAddress).
    if (
      i === 0 &&
      block.kind === 'para' &&
      block.text.length <= 60 &&
      (!looksLikePlace(block.text) || nameOfPlace(block.text)) &&
      !/\b(?:19|20)\d\d\b/.test(block.text) &&
      !namedInAddress(block.text, url)
    ) {
      subject(LINE_NAME.exec(block.text), block.el, 'alone');
      // "mymotion.de GmbH & Co. KG", "Huxley, ein Geschäftszweig der SThree GmbH": a line that ends
      // in a legal form is a name however it opens.
      if (ENDS_IN_LEGAL_FORM.test(block.text)) add(block.text, block.el, 'alone');
    }
  });
  for (const block of main.slice(0, BLOCKS)) {
    if (block.text.length <= 80) subject(COMPANY_OFFERS.exec(block.text), block.el, 'offers');
    if (block.kind === 'heading') {
      // "About You:" heads the must-haves: a heading that names a part is about no company.
      const about =
        block.text.length <= 100 && headingKind(block.text) === 'other' ? ABOUT_COMPANY_HEADING.exec(block.text) : null;
      if (about) add(about[1]!, block.el, 'about');
      continue;
    }
    const text = block.text.slice(0, BLOCK_CHARS);
    subject(execWhereMay(COMPANY_HIRING, text), block.el, 'hiring');
    const lower = LOWER_SUBJECT_HIRING.exec(text);
    if (lower && mentionsAgain(lower[1]!, main)) {
      const name = lower[1]!.charAt(0).toUpperCase() + lower[1]!.slice(1);
      add(name, block.el, 'hiring');
      add(name, block.el, 'midSentence');
    }
    subject(COMPANY_IS.exec(text), block.el, 'is');
    const named = NAME_WITH_SHORT.exec(text);
    if (named && initialsOf(named[1]!) === named[2]!.toUpperCase()) add(named[1]!, block.el, 'is', named[2]);
    subject(WE_ARE.exec(text), block.el, 'weAre');
    const legal = execWhereMay(NAME_IN_LEGAL_FORM, text);
    if (legal) add(legal[1]!, block.el, 'legalForm');
    subject(AT_COMPANY.exec(text), block.el, 'at');
  }
  if (!candidates.size) return undefined;
  // A short name is the same company: "CDS" is the "Canadian Digital Service (CDS)".
  for (const [key, candidate] of candidates) {
    const long = [...candidates.values()].find((other) => other !== candidate && other.short === candidate.name);
    if (!long) continue;
    for (const kind of candidate.kinds) long.kinds.add(kind);
    candidates.delete(key);
  }
  const address = addressKeys(url);
  let best: Candidate | null = null;
  for (const [key, candidate] of candidates) {
    if (address.some((part) => part === key || (part.length >= 4 && key.startsWith(part))))
      candidate.kinds.add('address');
    // Its own sentence ("Wij zijn Callvoip", "Bei Erfüllung der …") puts it after a small word once.
    const own = candidate.kinds.has('weAre') || candidate.kinds.has('at') ? 1 : 0;
    if (
      candidate.kinds.size < 2 &&
      (standsMidSentence(candidate.name, main, own) || (candidate.short && standsMidSentence(candidate.short, main)))
    )
      candidate.kinds.add('midSentence');
    if (candidate.kinds.size >= 2 && (!best || candidate.kinds.size > best.kinds.size)) best = candidate;
  }
  return best ? found(best.name, best.el) : undefined;
}
