// Proves every heading, part ending and item cue of every language (src/extract/words/<lang>.ts)
// by a real phrase in that language (examples/<lang>.ts): each entry matches at least one example
// of its group, read the way words/index.ts reads the group, and each example does what its group
// says through the function that reads it: a heading is given its kind by headingKind, a line that
// ends a part ends it in sectionsOf, an optional item is moved by splitOptional, and an item under
// no heading votes its part in sectionsOf. A new lexicon line without an example fails here.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  blocksOf,
  emptySections,
  headingKind,
  type SectionKind,
  sectionsOf,
  splitOptional,
} from '../../../src/extract/sections';
import { fold, stripDecoration } from '../../../src/extract/text';
import { LEXICONS } from '../../../src/extract/words/index';
import type { Lexicon } from '../../../src/extract/words/lexicon';
import { EXAMPLES } from './examples/index';

type Area = 'headings' | 'partEnds' | 'itemCues';

interface Group {
  area: Area;
  name: string;
  /** One entry as its reader matches it (words/index.ts joins the group the same way). */
  entry: (pattern: string) => RegExp;
  /** The text the reader matches: a heading's folded label, a line as written, an item folded. */
  text: (example: string) => string;
  /** What the example comes to through the public function, and what its group says it must. */
  outcome: (example: string) => unknown;
  expected: (example: string) => unknown;
}

// Word edges of any script, as words/index.ts writes them.
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/** A heading's label as headingKind reads it. */
const label = (example: string) =>
  fold(stripDecoration(example))
    .replace(/[’`]/g, "'")
    .replace(/[!?.]+$/, '');

const doc = new JSDOM('<body></body>').window.document;
type Piece = [tag: string, text: string] | [tag: 'ul', items: string[]];

/** The items of each part sectionsOf finds in a small page (only the parts that hold any). */
function parts(...nodes: Piece[]): Partial<Record<SectionKind, string[]>> {
  const body = doc.createElement('body');
  for (const [tag, content] of nodes) {
    const el = doc.createElement(tag === 'strong' ? 'p' : tag);
    if (Array.isArray(content)) for (const text of content) el.appendChild(doc.createElement('li')).textContent = text;
    else if (tag === 'strong') el.appendChild(doc.createElement('strong')).textContent = content;
    else el.textContent = content;
    body.appendChild(el);
  }
  const found = Object.entries(sectionsOf(blocksOf(body))).filter(([, items]) => items.length);
  return Object.fromEntries(found.map(([kind, items]) => [kind, items.map((item) => item.text)]));
}

/** Bullets that say what they are (requirements), were nothing to stop them. */
const ASKING = ['Experience with Python', 'Knowledge of SQL'];
/** Bullets that name perks. */
const PERKS = ['Private health insurance', '30 days of paid vacation'];

const heading = (name: keyof Lexicon['headings'], kind: string): Group => ({
  area: 'headings',
  name,
  entry: (p) => new RegExp(`(?<!\\p{L})(?:${p})(?!\\p{L})`, 'u'),
  text: label,
  outcome: (x) => headingKind(x),
  expected: () => kind,
});

/** A heading that names something else: no part, and the bullets under it go to none. */
const namesNoPart = (group: Group): Group => ({
  ...group,
  outcome: (x) => ({ kind: headingKind(x), parts: parts(['h3', x], ['ul', ASKING]) }),
  expected: () => ({ kind: 'other', parts: {} }),
});

/** An item under no heading, beside another like it: the run is given the part the item votes for. */
const itemVote = (name: keyof Lexicon['itemCues'], kind: SectionKind, start: boolean): Group => ({
  area: 'itemCues',
  name,
  entry: (p) => (start ? new RegExp(`^(?:${p})${E}`, 'u') : new RegExp(`${B}(?:${p})${E}`, 'iu')),
  text: fold,
  outcome: (x) => parts(['ul', [x, x]]),
  expected: (x) => ({ [kind]: [x, x] }),
});

/** A must-have that calls itself optional: splitOptional moves it to the nice-to-haves. */
const movedOptional = (
  name: keyof Lexicon['itemCues'],
  entry: (p: string) => RegExp,
  text: (x: string) => string = (x) => x,
): Group => ({
  area: 'itemCues',
  name,
  entry,
  text,
  outcome: (x) => {
    const moved = splitOptional({ ...emptySections(), requirements: [{ text: x, el: null }] });
    return { requirements: moved.requirements.length, niceToHave: moved.niceToHave.length };
  },
  expected: () => ({ requirements: 0, niceToHave: 1 }),
});

const GROUPS: Group[] = [
  heading('responsibilities', 'responsibilities'),
  heading('requirements', 'requirements'),
  heading('niceToHave', 'niceToHave'),
  heading('benefits', 'benefits'),
  {
    ...heading('aboutJob', 'aboutJob'),
    entry: (p) => new RegExp(`^(?:${p})$`),
  },
  namesNoPart({ ...heading('notAPart', 'other'), entry: (p) => new RegExp(`^(?:${p})`) }),
  namesNoPart(heading('whatYouGain', 'other')),
  {
    // The ideal profile is the nice-to-haves beside a must-have list, the must-haves where the page has none.
    ...heading('idealProfile', 'niceToHave'),
    entry: (p) => new RegExp(`^(?:${p})(?!\\p{L})`, 'u'),
    outcome: (x) => ({
      alone: parts(['h3', x], ['ul', ASKING]),
      beside: parts(['h3', 'Requirements'], ['ul', ['Go']], ['h3', x], ['ul', ASKING]),
    }),
    expected: () => ({ alone: { requirements: ASKING }, beside: { requirements: ['Go'], niceToHave: ASKING } }),
  },
  {
    // A heading that asks why to join heads perks where its lines name them, else the company's pitch.
    ...heading('whyJoin', 'benefits'),
    entry: (p) => new RegExp(`^(?:${p})(?!\\p{L})`, 'u'),
    outcome: (x) => ({
      perks: parts(['h3', x], ['ul', PERKS]),
      pitch: parts(['h3', x], ['ul', ['We have a huge impact.', 'We are passionate.']]),
    }),
    expected: () => ({ perks: { benefits: PERKS }, pitch: {} }),
  },
  {
    // A heading of something else at the part's own level ends the part: the bullets under it
    // are not the part's (without the entry it would head a group of the part's bullets).
    area: 'partEnds',
    name: 'closing',
    entry: (p) => new RegExp(`^(?:${p})`),
    text: label,
    outcome: (x) => ({
      kind: headingKind(x),
      parts: parts(['strong', 'Requirements'], ['ul', ['Go']], ['strong', x], ['ul', ASKING]),
    }),
    expected: () => ({ kind: 'other', parts: { requirements: ['Go'] } }),
  },
  {
    // A line about applying ends the part: the footer links after it are not the part's items.
    area: 'partEnds',
    name: 'howToApply',
    entry: (p) => new RegExp(`^(?:${p})`, 'i'),
    text: (x) => x,
    outcome: (x) => parts(['h3', 'Requirements'], ['ul', ['Go', 'SQL']], ['p', x], ['ul', ['Privacy', 'Imprint']]),
    expected: () => ({ requirements: ['Go', 'SQL'] }),
  },
  {
    // A heading of the hiring process ends the part: its steps are not the part's (without the
    // entry it would head a group of the part's bullets).
    area: 'partEnds',
    name: 'hiringProcess',
    entry: (p) => new RegExp(`^(?:${p})`),
    text: label,
    outcome: (x) =>
      parts(
        ['h3', 'Requirements'],
        ['ul', ['Go']],
        ['strong', x],
        ['ul', ['Intro call with a recruiter', 'Final interview with the team']],
      ),
    expected: () => ({ requirements: ['Go'] }),
  },
  {
    // A line in the must-haves that calls the next bullets optional opens the nice-to-haves.
    area: 'itemCues',
    name: 'optional',
    entry: (p) => new RegExp(`\\b(?:${p})\\b`, 'i'),
    text: (x) => x,
    outcome: (x) => parts(['h3', 'Requirements'], ['ul', ['Go']], ['p', x], ['ul', ['Rust']]),
    expected: () => ({ requirements: ['Go'], niceToHave: ['Rust'] }),
  },
  movedOptional('optionalTail', (p) => new RegExp(`${B}(?:${p})(?:\\s*\\([^)]{0,80}\\))?[^\\p{L}\\p{N}]*$`, 'iu')),
  movedOptional(
    'optionalEarly',
    (p) => new RegExp(`^[^\\p{L}\\p{N}]*(?:[\\p{L}\\p{N}'*-]+[^\\p{L}\\p{N}]+){0,3}?(?:${p})${E}`, 'u'),
    fold,
  ),
  movedOptional('notNeeded', (p) => new RegExp(`^(?:${p})`, 'i')),
  itemVote('requirement', 'requirements', false),
  itemVote('benefit', 'benefits', false),
  itemVote('duty', 'responsibilities', true),
];

const entriesOf = (lexicon: Lexicon, group: Group): string[] =>
  (lexicon[group.area] as Record<string, string[]>)[group.name] ?? [];
const examplesOf = (language: string, group: Group): string[] =>
  (EXAMPLES[language]?.[group.area] as Record<string, string[]> | undefined)?.[group.name] ?? [];

describe.each(Object.entries(LEXICONS))('words of %s', (language, lexicon) => {
  describe.each(GROUPS.map((group) => [`${group.area}.${group.name}`, group] as const))('%s', (path, group) => {
    const entries = entriesOf(lexicon, group);
    const examples = examplesOf(language, group);

    it('has an example for every entry', () => {
      const bare = entries.filter((entry) => !examples.some((x) => group.entry(entry).test(group.text(x))));
      expect(bare.map((entry) => `${language} ${path}: ${entry}`).join('\n')).toBe('');
    });

    it('has no example that matches none of its entries', () => {
      const stray = examples.filter((x) => !entries.some((entry) => group.entry(entry).test(group.text(x))));
      expect(stray.map((x) => `${language} ${path}: ${x}`).join('\n')).toBe('');
    });

    it.each(examples.map((x) => [x]))('reads %j as its group says', (x) => {
      expect(group.outcome(x)).toEqual(group.expected(x));
    });
  });
});

describe('the examples', () => {
  it('are of the languages the extractor reads', () => {
    expect(Object.keys(EXAMPLES).filter((language) => !(language in LEXICONS))).toEqual([]);
  });
});
