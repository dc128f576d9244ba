// Text as a person reads it: entities decoded, whitespace collapsed, invisible
// characters dropped, and mojibake (UTF-8 bytes read as Windows-1252) repaired.
import { rememberedPerReading } from './reading-memo';

// Windows-1252 maps 0x80–0x9F to these characters; every other byte is Latin-1.
const CP1252_HIGH: Record<number, number> = {
  8364: 0x80,
  8218: 0x82,
  402: 0x83,
  8222: 0x84,
  8230: 0x85,
  8224: 0x86,
  8225: 0x87,
  710: 0x88,
  8240: 0x89,
  352: 0x8a,
  8249: 0x8b,
  338: 0x8c,
  381: 0x8e,
  8216: 0x91,
  8217: 0x92,
  8220: 0x93,
  8221: 0x94,
  8226: 0x95,
  8211: 0x96,
  8212: 0x97,
  732: 0x98,
  8482: 0x99,
  353: 0x9a,
  8250: 0x9b,
  339: 0x9c,
  382: 0x9e,
  376: 0x9f,
};

// A run of characters that Windows-1252 produces from bytes ≥ 0x80. Mojibake
// always starts with a UTF-8 lead byte read as Ã/Â/â/ð/… followed by such characters.
const HIGH_RUN =
  /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}/g;
const LEAD = /[\u00c2-\u00f4]/;
/** Letters of Hebrew, Arabic, Syriac, Thaana and NKo: what two-byte UTF-8 with lead bytes 0xD6-0xDF spells. */
const RTL_LETTER = /[\u0590-\u07ff]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

let decoder: TextDecoder | null = null;

function fromCp1252(run: string): string | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    const b = c <= 0xff ? c : CP1252_HIGH[c];
    if (b === undefined) return null;
    bytes[i] = b;
  }
  // UTF-8 past ASCII opens with a lead byte and a continuation byte; any other start makes the
  // decoder throw, and a throw costs some 20 µs ("íž", "áš" in Czech text are such runs).
  if (bytes.length < 2 || bytes[0]! < 0xc2 || bytes[0]! > 0xf4 || bytes[1]! < 0x80 || bytes[1]! > 0xbf) return null;
  decoder ??= new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Repairs UTF-8 text that was decoded as Windows-1252 ("Youâ€™ll" → "You’ll", "ðŸŒŽ" → "🌎"). */
export function repairMojibake(s: string): string {
  if (!LEAD.test(s)) return s;
  return s.replace(HIGH_RUN, (run: string, at: number) => {
    // Only whole runs that decode as valid UTF-8 are mojibake; "é" alone or "Ãx" stay as written.
    const fixed = fromCp1252(run);
    if (fixed === null || fixed === run) return run;
    // "Úžasná" is Czech, not a letter of the Arabic block ("ڞasná"): a run that would decode to a
    // letter of a right-to-left script stays as written where Latin letters touch it.
    if (RTL_LETTER.test(fixed) && (LATIN_LETTER.test(s.charAt(at - 1)) || LATIN_LETTER.test(s.charAt(at + run.length))))
      return run;
    return fixed;
  });
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  middot: '·',
  euro: '€',
  pound: '£',
  yen: '¥',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
};

/** Decodes HTML character references in text that was escaped twice (JSON-LD strings, data attributes). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? m;
  });
}

// Zero-width and bidi marks, soft hyphens, and C0/C1 controls other than whitespace.
const INVISIBLE = new RegExp(
  `[${String.fromCharCode(0)}-\b\v\f\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]`,
  'g',
);

/**
 * The whitespace that collapsing to one space changes: runs of two or more, and any single one
 * that is not a space. Replaced by ' ', it gives what /\s+/g does, without matching (and copying)
 * each of a text's single spaces, which are most of its whitespace: about four times faster.
 */
export const LOOSE_WHITESPACE = /\s{2,}|[^\S ]/g;

/**
 * A text cleaned (cleanText), remembered for the reading under way: half of a reading's cleanings
 * are of a text it cleaned before (the same element's text, read by more than one reader).
 */
const cleanLine = rememberedPerReading((t: string): string =>
  oneByte(decodeEntities(repairMojibake(t)).replace(INVISIBLE, '').replace(LOOSE_WHITESPACE, ' ').trim()),
);

/** One line of plain text: mojibake repaired, entities decoded, whitespace collapsed. */
export function cleanText(s: string | null | undefined, max = 100_000): string {
  if (!s) return '';
  return cleanLine(s.length > max ? s.slice(0, max) : s);
}

/** A code unit past one byte. */
const WIDE = /[\u0100-\uffff]/;

/**
 * The same text, held in one byte per character where every character fits in one. V8 keeps a
 * slice of a string in the parent's two bytes per character, so in jsdom (whose text nodes are
 * slices of the page's source) all of a page's text is two-byte as soon as the page holds one
 * "’"; the item and fact patterns (case-blind, Unicode classes) ran 3-4 times slower on it
 * (issue 20). JSON.parse makes a new string, one byte per character where every one fits; in a
 * browser the DOM's text is already so and this costs a copy.
 */
export function oneByte(s: string): string {
  return WIDE.test(s) ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/** Like cleanText but keeps line breaks (one per block), for descriptions. */
export function cleanMultiline(s: string | null | undefined, max = 200_000): string {
  if (!s) return '';
  let t = s.length > max ? s.slice(0, max) : s;
  t = repairMojibake(t);
  t = decodeEntities(t);
  const lines = t
    .replace(INVISIBLE, '')
    .split(/\n+/)
    .map((l) => l.replace(LOOSE_WHITESPACE, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return oneByte(lines);
}

/**
 * Lower case, accents and punctuation folded away: for comparing and matching words. Remembered for
 * the reading under way: its readers fold the same lines again and again (a heading by each reader
 * that asks what it names, a block's text to look it up and to key it), half of all its folds.
 */
export const fold = rememberedPerReading((s: string): string => {
  const folded = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øæłđß]/g, (letter) => LETTERS_WITHOUT_ACCENT[letter]!)
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(LOOSE_WHITESPACE, ' ')
    .trim();
  return oneByte(folded);
});

/** Letters that Unicode does not decompose into a base letter and a mark: "løn" folds as "lon", like "lön". */
const LETTERS_WITHOUT_ACCENT: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', ł: 'l', đ: 'd', ß: 'ss' };

/** Drops a leading bullet mark, emoji or numbering and a trailing colon from a label. */
export function stripDecoration(s: string): string {
  return s
    .replace(/\u200d|\ufe0f/g, '')
    .replace(/^[\s\p{Extended_Pictographic}\p{So}\p{Sk}\-–—*•·●▪◦‣>#:|]+/u, '')
    .replace(/[\s\p{Extended_Pictographic}\p{So}:：\-–—|]+$/u, '')
    .trim();
}

/** A number that opens an item but is no list numbering: the 13th (or 14th) month's pay ("13. mzda", "14. Monatsgehalt"). */
const NOT_NUMBERING = /^\s*1[2-5]\.\s*(?:\p{Ll}|(?:monats)?gehalt|mzda|plat|pensj)/u;

/** Strips a leading bullet mark (with any emoji presentation or modifier after it) from a list item. */
export function stripBullet(s: string): string {
  if (NOT_NUMBERING.test(s)) return s.trim();
  return s.replace(/^(?:[-–—*•·●▪◦‣►▶✓✔☑➢➤→][\ufe0f\u200d]*|\d{1,2}[.)])\s*/u, '').trim();
}

/**
 * The emoji a line opens with (with its skin tone, presentation and joined parts), without the
 * presentation selector, or null. A run of lines that open with the same emoji is a list.
 */
export function leadingEmoji(s: string): string | null {
  const m =
    /^\s*((?:\p{Extended_Pictographic}|\p{So})(?:[\u{1F3FB}-\u{1F3FF}\ufe0f\u20e3]|\u200d(?:\p{Extended_Pictographic}|\p{So}))*)\s/u.exec(
      s,
    );
  return m ? m[1]!.replace(/\ufe0f/g, '') : null;
}

// Markup that reached text (a <title> holding "<script>…", an escaped description read as text).
const TAG = /<\/?[a-z][^<>]{0,500}>|<!--[\s\S]{0,2000}?-->/gi;
const SCRIPT_BLOCK = /<(script|style)\b[^>]*>[\s\S]{0,100000}?<\/\1\s*>/gi;

/** Plain text for output: any markup that survived as text is dropped, script bodies with it. */
export function plain(s: string): string {
  if (!s.includes('<')) return s;
  return s
    .replace(SCRIPT_BLOCK, ' ')
    .replace(TAG, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The last segment of an address's path, decoded and folded (".../26-05-12-lossburg-masseurin/" → "26-05-12-lossburg-masseurin"); null for no address. */
export function lastPathSegment(url: string): string | null {
  try {
    return (
      fold(decodeURIComponent(new URL(url).pathname))
        .split('/')
        .filter(Boolean)
        .pop() ?? ''
    );
  } catch {
    return null;
  }
}
