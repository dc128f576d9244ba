// Long alternations of words, written so that V8 tries few of them at each place of a text. V8
// tries a group's alternatives one after another: at each word of an item the 250 cues of
// ITEM_SAYS_BENEFIT are 250 tries. Once a process has compiled a megabyte of pattern code (our
// patterns for a few sets of languages do) and holds 16 MB of machine code, V8 compiles every
// further pattern without its optimizations (regexp.cc TooMuchRegExpCode), and each try then costs
// in full: the benefit cues of five languages took 60-80 µs an item where they took 6-9.
// Alternatives that open alike, joined under what they share ("pa(?:id leave|rental leave)|
// pe(?:nsion|rks)", "\p{L}*(?:studium|erfahrung)"), are a few tries each: 16-27 µs an item, and
// 3 µs where V8 optimizes (issue 20).
//
// The rewritten pattern matches exactly where the list does, but where several alternatives match
// at one place it may take another of them: only for patterns whose caller asks whether, or where,
// they match, never what they matched.

/** The alternatives at the top level of a source ("a|(?:b|c)d" → "a", "(?:b|c)d"). */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** What makes the atom before it repeat or optional ("*", "+", "?", "{2,5}"), lazily or not. */
const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/;
/** An escape: a class of Unicode property, a character by its code, or one character after the backslash. */
const ESCAPE = /^\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|[\s\S])/;

/**
 * The first atom of an alternative with its quantifier ("a", "s?", "\\p{L}*", "[xy]", "(?:a|b)?",
 * "^"): alternatives that open with the same one match what it matches, then one of their rests.
 * Null where it cannot be told (half of a character outside the Basic Multilingual Plane).
 */
function leadingAtom(alternative: string): string | null {
  const c = alternative[0];
  if (c === undefined || c === '|' || c === ')' || QUANTIFIER.test(alternative)) return null;
  let end: number;
  if (c === '\\') end = ESCAPE.exec(alternative)?.[0].length ?? -1;
  else if (c === '[') end = closingOf(alternative, 0, ']') + 1;
  else if (c === '(') end = closingOf(alternative, 0, ')') + 1;
  else {
    const code = c.charCodeAt(0);
    end = code >= 0xd800 && code <= 0xdfff ? -1 : 1;
  }
  if (end <= 0) return null;
  return alternative.slice(0, end) + (QUANTIFIER.exec(alternative.slice(end))?.[0] ?? '');
}

/** Where the group (or the class, `close` "]") that opens at `open` closes; -1 where it does not. */
function closingOf(source: string, open: number, close = ')'): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) {
      inClass = c !== ']';
      if (!inClass && close === ']') return i;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Alternatives joined under their shared first atoms, recursively; the others after them. */
function joinShared(alternatives: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  const others: string[] = [];
  for (const alternative of new Set(alternatives)) {
    const first = leadingAtom(alternative);
    if (first === null) others.push(alternative);
    else {
      const rests = byFirst.get(first);
      if (rests) rests.push(alternative.slice(first.length));
      else byFirst.set(first, [alternative.slice(first.length)]);
    }
  }
  const joined = [...byFirst].map(([first, rests]) => {
    if (rests.length === 1) return first + rests[0];
    const inner = joinShared(rests);
    // One alternative left ("ears?(?:| of)"): it follows its atom without a group of its own.
    return topAlternatives(inner).length === 1 ? first + inner : `${first}(?:${inner})`;
  });
  return [...joined, ...others].join('|');
}

/** Whether a source holds a capturing group or a back reference (outside classes, unescaped). */
function numbersGroups(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (/[1-9k]/.test(source[++i] ?? '')) return true;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && !'=!'.includes(source[i + 3] ?? ''))))
      return true;
  }
  return false;
}

/**
 * Alternatives ("a|b|c" sources) as one alternation that matches where any of them matches, with
 * those that open alike joined under what they share. A source with a back reference or a
 * capturing group is joined as it is: its groups, reordered, would be numbered otherwise.
 */
export function sharedAlternation(alternatives: readonly string[]): string {
  const all = alternatives.flatMap(topAlternatives);
  return all.some(numbersGroups) ? all.join('|') : joinShared(all);
}
