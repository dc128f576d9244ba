// A cheap test before an expensive pattern: the words any match of a pattern must hold, read from the
// pattern's own source ("visa\s+(?:support|assistance)" cannot match a text without "visa"). The
// patterns built from the lexicons are long alternations that V8 tries at every place of a text; on
// a posting's whole text a few of them cost a millisecond each, and most texts hold none of their
// words. Testing for those words first (a short alternation of plain words, with the pattern's own
// case flags) answers "no match" for a fraction of the time, and a text that holds them is read by
// the pattern itself: the result is always the pattern's. Issue 20.

/** Strings of which a match holds at least one (as the pattern's flags compare letters). */
type OneOf = readonly string[];
/** All of these at once: what one alternative of a pattern needs. */
type AllOf = readonly OneOf[];
/** What each alternative of a pattern needs; null where some alternative needs nothing that can be told. */
type Needs = readonly AllOf[] | null;

/** Words shorter than this are found in most texts: no help as a sign. */
const MIN_SIGN = 2;
/** At most this many different lists of words are looked for, else one list of a word of each alternative. */
const MAX_LISTS = 64;

/** One part of a sequence: a character matched as itself, a group, or anything else (a class, an escape, a lookaround). */
type Item =
  | { kind: 'char'; char: string; min: number; max: number }
  | { kind: 'group'; needs: Needs; min: number }
  | { kind: 'other' };

/** Thrown where the source holds syntax the reader below does not know: the pattern then has no gate. */
class Unknown extends Error {}

/**
 * Reads a pattern's source (the syntax the lexicons use) for what its matches must hold. Anything
 * it does not read as a plain character counts as "anything": the words it finds are always
 * needed, though not always all that are.
 */
class SourceReader {
  at = 0;
  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  /** Alternatives up to the closing bracket of the group being read (or the end). */
  alternation(): Needs {
    const alternatives: AllOf[] = [];
    let unknown = false;
    for (;;) {
      const needs = this.sequence();
      if (needs === null) unknown = true;
      else alternatives.push(...needs);
      if (this.source[this.at] !== '|') break;
      this.at++;
    }
    return unknown ? null : alternatives;
  }

  /** One alternative: its items, then what they need. */
  private sequence(): Needs {
    const items: Item[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')')
      items.push(this.item());
    return needsOfSequence(items);
  }

  private item(): Item {
    const atom = this.atom();
    const { min, max } = this.quantifier();
    if (atom.kind === 'char') return { ...atom, min, max };
    if (atom.kind === 'group') return { ...atom, min };
    return atom;
  }

  private atom(): Item {
    const s = this.source;
    const c = s[this.at++]!;
    if (c === '(') return this.group();
    if (c === '[') {
      // A class: to its closing bracket, escapes skipped.
      while (this.at < s.length && s[this.at] !== ']') this.at += s[this.at] === '\\' ? 2 : 1;
      if (this.at >= s.length) throw new Unknown();
      this.at++;
      return { kind: 'other' };
    }
    if (c === '\\') return this.escape();
    if ('.^$'.includes(c)) return { kind: 'other' };
    if ('*+?{}])|'.includes(c)) throw new Unknown();
    // A lone surrogate is half a character: nothing to look for.
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return { kind: 'other' };
    return { kind: 'char', char: c, min: 1, max: 1 };
  }

  private group(): Item {
    const s = this.source;
    let lookaround = false;
    if (s[this.at] === '?') {
      const head = s.slice(this.at, this.at + 3);
      if (head.startsWith('?:')) this.at += 2;
      else if (head === '?<=' || head === '?<!') {
        this.at += 3;
        lookaround = true;
      } else if (head.startsWith('?=') || head.startsWith('?!')) {
        this.at += 2;
        lookaround = true;
      } else if (head.startsWith('?<')) {
        const end = s.indexOf('>', this.at);
        if (end < 0) throw new Unknown();
        this.at = end + 1;
      } else throw new Unknown();
    }
    const needs = this.alternation();
    if (s[this.at] !== ')') throw new Unknown();
    this.at++;
    // A lookaround matches no characters of its own.
    return lookaround ? { kind: 'other' } : { kind: 'group', needs, min: 1 };
  }

  /** An escape: a character matched as itself where it is punctuation, else a class or an assertion. */
  private escape(): Item {
    const s = this.source;
    const c = s[this.at++];
    if (c === undefined) throw new Unknown();
    if (/[A-Za-z0-9]/.test(c)) {
      // Skip what belongs to the escape: \p{L}, \u{1F600}, \u00e9, \x41, \cJ, \k<name>, \12.
      if ((c === 'p' || c === 'P' || c === 'u') && this.unicode && s[this.at] === '{') {
        const end = s.indexOf('}', this.at);
        if (end < 0) throw new Unknown();
        this.at = end + 1;
      } else if (c === 'u') this.at += 4;
      else if (c === 'x') this.at += 2;
      else if (c === 'c') this.at += 1;
      else if (c === 'k') {
        const end = s.indexOf('>', this.at);
        if (end < 0) throw new Unknown();
        this.at = end + 1;
      } else if (/[0-9]/.test(c)) while (/[0-9]/.test(s[this.at] ?? '')) this.at++;
      return { kind: 'other' };
    }
    return { kind: 'char', char: c, min: 1, max: 1 };
  }

  /** How many times the atom before must match, at least and at most (1, 1 where no quantifier follows). */
  private quantifier(): { min: number; max: number } {
    const s = this.source;
    const c = s[this.at];
    let q: { min: number; max: number } | null = null;
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at, this.at + 20));
      if (m) {
        q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Infinity };
        this.at += m[0].length - 1;
      } else if (this.unicode) throw new Unknown();
    }
    if (!q) return { min: 1, max: 1 };
    this.at++;
    if (s[this.at] === '?') this.at++; // lazy
    return q;
  }
}

/** The list of a group's words that tells most: its shortest word the longest, then the fewest words. */
function bestOf(lists: AllOf): OneOf | null {
  let best: OneOf | null = null;
  const shortest = (list: OneOf) => Math.min(...list.map((w) => w.length));
  for (const list of lists) {
    if (!best || shortest(list) > shortest(best) || (shortest(list) === shortest(best) && list.length < best.length))
      best = list;
  }
  return best;
}

/**
 * What one alternative needs: each run of characters it matches as themselves, and one word of each
 * group it must match. A sequence that is one group with nothing else to look for ("(?<!\p{L})(?:a|b)")
 * needs what one of the group's alternatives needs.
 */
function needsOfSequence(items: readonly Item[]): Needs {
  const lists: OneOf[] = [];
  const groups: Needs[] = [];
  let run = '';
  const endRun = () => {
    if (run) lists.push([run]);
    run = '';
  };
  for (const item of items) {
    if (item.kind === 'char' && item.min >= 1) {
      run += item.char;
      // "ab+c" holds "ab" and "bc", never "abc" for sure.
      if (item.max !== 1) endRun();
    } else {
      endRun();
      if (item.kind === 'group' && item.min >= 1) groups.push(item.needs);
    }
  }
  endRun();
  const known = groups.filter((g): g is readonly AllOf[] => g !== null);
  if (!lists.length && known.length === 1 && groups.length === 1) return known[0]!;
  // Each group: one word of the best list of each of its alternatives.
  for (const group of known) {
    const words = new Set<string>();
    let whole = true;
    for (const alternative of group) {
      const best = bestOf(alternative);
      if (!best) whole = false;
      else for (const word of best) words.add(word);
    }
    if (whole && words.size) lists.push([...words]);
  }
  return [lists];
}

/** What a pattern's source needs, or null where it cannot be told. */
export function needsOf(source: string, unicode: boolean): Needs {
  try {
    const reader = new SourceReader(source, unicode);
    const needs = reader.alternation();
    return reader.at === source.length ? needs : null;
  } catch (error) {
    if (error instanceof Unknown) return null;
    throw error;
  }
}

/** Whether a text holds a word, as the pattern compares letters. */
type Holds = (text: string, word: string) => boolean;

/**
 * The text as a case-blind pattern compares it, for words of the scripts the lexicons write:
 * lower case, and the long s ("ſ"), which case-blind Unicode patterns read as "s", written so.
 * Kept for the last text asked about: the patterns of one fact are asked of the same text.
 */
let lastText = '';
let lastLower = '';
function caseBlind(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase().replace(/ſ/g, 's');
  }
  return lastLower;
}

/**
 * Whether a word's letters compare in a case-blind pattern as in lower case: Latin letters (the
 * micro sign aside, which such a pattern reads as the Greek mu) and characters without case.
 */
const FOLDS_AS_LOWER = (word: string): boolean =>
  [...word].every((c) => (c <= '\u024f' && c !== 'µ') || (c.toLowerCase() === c && c.toUpperCase() === c));

/** The gate of a pattern: true where the pattern may match; null where every text must be read by the pattern itself. */
function gateOf(pattern: RegExp): ((text: string) => boolean) | null {
  const needs = needsOf(pattern.source, pattern.unicode);
  if (!needs?.length) return null;
  const blind = pattern.ignoreCase;
  const holds: Holds = blind ? (text, word) => caseBlind(text).includes(word) : (text, word) => text.includes(word);
  // Per alternative, the lists of words worth a look; a list asked of several alternatives is one.
  const lists = new Map<string, OneOf>();
  const alternatives: OneOf[][] = [];
  for (const all of needs) {
    const useful = all
      .filter((list) => list.length && Math.min(...list.map((w) => w.length)) >= MIN_SIGN)
      .map((list) => [...new Set(blind ? list.map((w) => w.toLowerCase()) : list)]);
    if (!useful.length) return null;
    if (blind && !useful.flat().every(FOLDS_AS_LOWER)) return null;
    alternatives.push(
      useful.map((list) => {
        const key = list.join('|');
        if (!lists.has(key)) lists.set(key, list);
        return lists.get(key)!;
      }),
    );
  }
  const holdsAny = (text: string, list: OneOf) => list.some((word) => holds(text, word));
  if (lists.size > MAX_LISTS) {
    // One look for all: a word of the first list of each alternative.
    const any = [...new Set(alternatives.map((all) => all[0]!).flat())];
    return (text) => holdsAny(text, any);
  }
  return (text) => {
    const found = new Map<OneOf, boolean>();
    const has = (list: OneOf): boolean => {
      let yes = found.get(list);
      if (yes === undefined) {
        yes = holdsAny(text, list);
        found.set(list, yes);
      }
      return yes;
    };
    return alternatives.some((all) => all.every(has));
  };
}

const gates = new WeakMap<RegExp, ((text: string) => boolean) | null>();

/**
 * Texts shorter than this go straight to the pattern: on an item or a line the pattern is quick, and
 * looking for its words first costs more (the fit reading the asks of 10,000 saved jobs' 80,000
 * items took 2.5 × as long with every text gated).
 */
const GATE_MIN_TEXT = 400;

/**
 * Whether `pattern` may match `text`: false only where no match can exist, because the text lacks
 * words every match holds. Where it is true the pattern itself must still be run.
 */
export function mayMatch(pattern: RegExp, text: string): boolean {
  if (text.length < GATE_MIN_TEXT) return true;
  let gate = gates.get(pattern);
  if (gate === undefined) {
    gate = gateOf(pattern);
    gates.set(pattern, gate);
  }
  return gate ? gate(text) : true;
}

/** pattern.exec(text), for a pattern without the g or y flag, not run where the text lacks its words (mayMatch). */
export function execWhereMay(pattern: RegExp, text: string): RegExpExecArray | null {
  return mayMatch(pattern, text) ? pattern.exec(text) : null;
}
