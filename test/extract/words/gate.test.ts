// The gate before an expensive pattern (src/extract/words/gate.ts): the words it reads from a
// pattern's source are needed by every match, so a text the gate turns away is one the pattern
// never matches. Checked on every pattern a reader gates, against every example phrase of every
// language and sentences that state each fact, as written and in other cases.
import { describe, expect, it } from 'vitest';
import { needsOf } from '../../../src/extract/words/gate';
import { allWords, mayMatch } from '../../../src/extract/words/index';
import { EXAMPLES } from './examples/index';

describe('needsOf', () => {
  it('reads each run of letters and one word of each group a match must hold', () => {
    expect(needsOf(String.raw`visa\s+(?:support|assistance)`, true)).toEqual([[['visa'], ['support', 'assistance']]]);
  });

  it('leaves out what may be missing: an optional letter, group or repeat', () => {
    expect(needsOf('visas?', true)).toEqual([[['visa']]]);
    expect(needsOf(String.raw`(?:visa\s+)?sponsorship`, true)).toEqual([[['sponsorship']]]);
    expect(needsOf(String.raw`ab+c`, true)).toEqual([[['ab'], ['c']]]);
    expect(needsOf(String.raw`(?:\p{L}+\s+){0,2}?sponsor`, true)).toEqual([[['sponsor']]]);
  });

  it('gives each alternative its own needs, through a group that stands alone between word edges', () => {
    expect(needsOf(String.raw`(?<!\p{L}|\p{N})(?:dental|paid (?:leave|vacation))(?!\p{L}|\p{N})`, true)).toEqual([
      [['dental']],
      [['paid '], ['leave', 'vacation']],
    ]);
  });

  it('reads no letters out of escapes, classes or lookarounds', () => {
    expect(needsOf(String.raw`\u00e9t\x41b\p{Lu}c[abc]d(?=ef)g`, true)).toEqual([[['t'], ['b'], ['c'], ['d'], ['g']]]);
    expect(needsOf(String.raw`\d+\s*years?`, true)).toEqual([[['year']]]);
  });

  it('tells nothing of syntax it does not read', () => {
    expect(needsOf('(?i:abc)', true)).toBeNull();
    expect(needsOf('abc)', true)).toBeNull();
  });
});

/** The patterns the readers ask the gate about (facts/*.ts, sections.ts, company-in-text.ts, sources/generic.ts). */
const GATED = [
  'VISA_NO',
  'VISA_YES',
  'DESC_REMOTE',
  'PART_TIME_ROLE',
  'EMPLOYMENT_NOISE',
  'EXPERIENCE_YEARS',
  'BACHELOR',
  'BACHELOR_ABBREVIATION',
  'MASTER',
  'MASTER_ABBREVIATION',
  'PHD',
  'OPTIONAL_TAIL',
  'COMPANY_HIRING',
  'NAME_IN_LEGAL_FORM',
] as const;

/** Sentences that state the facts those patterns read. */
const SENTENCES = [
  'We are unable to provide visa sponsorship for this role.',
  'Visa sponsorship is available for the right candidate.',
  'We can sponsor work permits and H-1B visas.',
  'Candidates must be authorized to work without the need for current or future sponsorship.',
  'Relocation and visa support provided. Keine Visa-Unterstützung. Sans parrainage.',
  'This is a fully remote role; remote-first team. Praca zdalna. 100% remote.',
  'The role is part-time with 15-20 hours per week. Teilzeitstelle. This is a part-time position.',
  'Permanent contract, contract type: full-time. Type of contract: indefinite.',
  'You have 5+ years of experience; mindestens 3 Jahre Berufserfahrung; 3 roky praxe; two years of Go.',
  "Bachelor's degree in CS, BS/MS in Engineering, Master's degree or PhD, Ph.D., Diplom, inženýr.",
  'Knowledge of Kubernetes is an advantage. Go is a plus (SQL, html). Výhodou je znalost AJ.',
  'PagoPA S.p.A. è alla ricerca di un developer. Acme Inc. is looking for engineers. Die ITK Engineering GmbH sucht.',
];

/** Each text as written, in capitals, in lower case, and with the long s a case-blind pattern reads as "s". */
function variants(text: string): string[] {
  return [text, text.toUpperCase(), text.toLowerCase(), text.replace(/s/g, 'ſ')];
}

function everyExample(): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(EXAMPLES);
  return out;
}

describe('mayMatch', () => {
  // Each text padded to a posting's length, so that the gate is asked (a short text skips it).
  const pad = ' '.repeat(400);
  const texts = [...SENTENCES, ...everyExample(), SENTENCES.join(' ')].flatMap(variants).map((text) => text + pad);
  const words = allWords();

  it.each(GATED)('never turns away a text that %s matches', (name) => {
    const pattern = new RegExp(words[name].source, words[name].flags.replace(/[gy]/g, ''));
    const missed = texts.filter((text) => pattern.test(text) && !mayMatch(pattern, text));
    expect(missed).toEqual([]);
  });

  it('turns away texts without the words, so the pattern is not run', () => {
    const { VISA_NO, VISA_YES, NAME_IN_LEGAL_FORM } = words;
    // A posting's text, long enough to be worth the look (a short one goes straight to the pattern).
    const text = 'We build developer tools. You will write TypeScript and review code with the team. '.repeat(6);
    expect(mayMatch(VISA_NO, text)).toBe(false);
    expect(mayMatch(VISA_YES, text)).toBe(false);
    expect(mayMatch(NAME_IN_LEGAL_FORM, text)).toBe(false);
    expect(mayMatch(VISA_YES, `${text} VISA SPONSORSHIP IS AVAILABLE`)).toBe(true);
  });
  it('lets a short text (an item, a line) go straight to the pattern', () => {
    expect(mayMatch(words.VISA_YES, 'You will write TypeScript.')).toBe(true);
  });
});
