// The patterns every reader uses, built from the words of a chosen set of languages (en.ts, de.ts, …;
// what each group holds: lexicon.ts); index.ts builds each set once and caches it. The words are
// data; how they are joined (word edges, anchors, which group is tried first) is the readers' logic
// and is written here beside each pattern. A reader that joins words with data of its own
// (salary.ts: currency codes and symbols) takes the joined alternatives (…_ALT) and builds its
// pattern itself, once per set (index.ts perWords).
//
// Each group joins the chosen languages in LEXICONS order, each language's entries in their order,
// each entry once: built for every language, the patterns are exactly those of one all-language
// build. Which alternative matches matters only where a reader reads the match itself (its text or
// its length, not only whether or where it matches): there a language lists its longer form first,
// and no two languages' entries can match at one place.
import type { SalaryPeriod, Seniority } from '../../model/posting';
import type { LabelKind } from '../labels';
import type { SectionKind } from '../sections';
import { sharedAlternation } from './factor';
import { type DegreeWords, type Lexicon, SPOKEN_LANGUAGES, type SpokenLanguage, type TitleLevel } from './lexicon';
import { LANGUAGE_CODES, type LanguageCode, LEXICONS } from './lexicons';

/** Matches nothing: a group the chosen languages leave empty (never '', which would match anywhere). */
const NOTHING = '(?!)';

// Word edges that work for accented letters too (\b is ASCII-only). "A letter or a digit" is written
// as two classes, not one: V8 compiles the union [\p{L}\p{N}] anew for every edge of every pattern
// on each page, and the two classes alone cost it half as much to compile (issue 20). Each class in
// a lookaround of its own rather than both in one as alternatives ((?<!\p{L}|\p{N})): the same
// edges at the same cost to compile, but V8 tries a lookaround's alternatives as it tries any, and
// a pattern compiled without V8's optimizations (words/factor.ts) ran 1.3-2.2 times as long on a
// posting's text at every place it tried (issue 20).
const B = String.raw`(?<!\p{L})(?<!\p{N})`;
const E = String.raw`(?!\p{L})(?!\p{N})`;

export const PERIOD_ORDER: readonly SalaryPeriod[] = ['year', 'month', 'hour', 'day', 'week'];

/** Ranked from the top: the highest level named in a title wins ("Senior Staff" is staff). */
export const TITLE_LEVEL_ORDER: readonly TitleLevel[] = [
  'executive',
  'director',
  'principal',
  'staff',
  'lead',
  'senior',
  'mid',
  'junior',
  'intern',
];

export const EMPLOYMENT_ORDER = ['full-time', 'part-time', 'temporary', 'contract', 'internship'] as const;

/** A share of a full position ("50 % fast stilling", "(60-80 %)", "Pensum 80–100%"): the larger figure. */
export const POSITION_SHARE = /(?<![\p{L}\p{N},.])(?:\d{2,3}\s*%?\s*[-–]\s*)?(\d{2,3})\s?%(?![\p{L}\p{N}])/u;

/**
 * One RegExp for each source and flags, whichever set of languages asked for it (issue 20). Each set
 * of a page's languages builds its own patterns (index.ts wordsFor), yet many come out the same in
 * every set: the headings (everyLanguage), groups only English fills, groups the set's other
 * languages leave empty. V8 compiles each RegExp object's code on its first run, and once a process
 * has compiled a megabyte of pattern code it compiles every further pattern without its
 * optimizations (factor.ts); a pattern built again for another set was compiled again, the
 * headings' four (13 KB of source) once per set. Over the fixture pages (7 sets) this leaves 910
 * patterns built of 1,136, 406 K characters of source of 512 K. The patterns the readers build
 * from these per set (salary.ts, labels.ts, location.ts) are shared the same way. Kept for the
 * life of the module, as the sets are (index.ts). A pattern with the g flag is shared too: each reader of one sets lastIndex to 0
 * before its exec loop and reads nothing else with it inside the loop, and replace() and matchAll()
 * do not depend on lastIndex.
 */
const patterns = new Map<string, RegExp>();
export function sharedPattern(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    pattern = new RegExp(source, flags);
    patterns.set(key, pattern);
  }
  return pattern;
}

/** A value made the first time it is asked for, then kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/**
 * An object whose every property is made the first time it is read, then kept: a reading builds
 * only the patterns it uses (V8 parses a pattern when it is constructed, 10-13 ms for all of one
 * set), and a reader outside extractJob that wants one pattern of every language (findSkills on
 * a page's text) builds that one alone.
 */
function lazily<T extends Record<string, () => unknown>>(makers: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const out = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const name of Object.keys(makers) as (keyof T & string)[]) {
    Object.defineProperty(out, name, {
      enumerable: true,
      configurable: true,
      get: () => {
        const value = makers[name]!() as ReturnType<T[typeof name]>;
        Object.defineProperty(out, name, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return out;
}

/**
 * Every pattern and word list the readers use, built from the words of `codes` (in LEXICONS
 * order), each the first time a reader asks for it.
 */
export function buildWords(codes: ReadonlySet<LanguageCode>) {
  const ALL: readonly Lexicon[] = LANGUAGE_CODES.filter((code) => codes.has(code)).map((code) => LEXICONS[code]);

  /** One group's entries of the chosen languages, each once. */
  function entriesOf(pick: (lexicon: Lexicon) => readonly string[]): string[] {
    // Builtins, not a loop: this runs once per set, cold, where the interpreter makes a loop slow.
    return [...new Set(ALL.flatMap(pick))];
  }
  /**
   * Entries as regex alternatives ("a|b|c"); never empty, which would match anywhere. Empty for
   * every language, a group is a mistake in the words; empty for the chosen ones, it matches nothing.
   */
  function anyOf(entries: readonly string[]): string {
    if (entries.length) return entries.join('|');
    if (ALL.length === LANGUAGE_CODES.length)
      throw new Error('words: a group every pattern needs has no words in any language');
    return NOTHING;
  }
  /** One group as regex alternatives. */
  const alt = (pick: (lexicon: Lexicon) => readonly string[]): string => anyOf(entriesOf(pick));
  /**
   * One group as regex alternatives joined under what they share (factor.ts): for a pattern asked
   * only whether, or where, it matches, never what it matched.
   */
  const sharedAlt = (pick: (lexicon: Lexicon) => readonly string[]): string => {
    const entries = entriesOf(pick);
    return entries.length ? sharedAlternation(entries) : anyOf(entries);
  };
  /**
   * One group of every language, whichever are chosen, for the headings of a posting's parts:
   * pages set a board's or a template's headings in another language around a posting ("Aufgaben"
   * over English text), and headings borrow across languages ("Profil" and "Mission" on German and
   * Czech pages, "Benefity" on Polish ones).
   */
  const everyLanguage = (pick: (lexicon: Lexicon) => readonly string[]): string =>
    [...new Set(Object.values(LEXICONS).flatMap(pick))].join('|');

  const DAY_COUNTS = String.raw`\d|${alt((l) => l.workplace.dayCounts)}`;
  /** The edges of Pattern entries ({B}, {E}) and the day counts ({NUM}) filled in. */
  const fill = (source: string): string =>
    source.replaceAll('{B}', B).replaceAll('{E}', E).replaceAll('{NUM}', DAY_COUNTS);
  /** A group between word edges (letters and digits of any script). */
  const words = (source: string, flags = 'iu'): RegExp => sharedPattern(`${B}(?:${source})${E}`, flags);

  // ---------------------------------------------------------------------------
  // Headings and parts (sections.ts). Patterns run on folded text.

  // Order matters: "preferred qualifications" is nice-to-have before it is a qualification,
  // "compensation and benefits" is benefits.
  const HEADING_ORDER: readonly SectionKind[] = ['niceToHave', 'benefits', 'requirements', 'responsibilities'];
  // Each pattern stands between non-letters, written as lookarounds rather than as those characters:
  // V8 compiles the regexes in a fraction of the time (they run cold on every page load). classify
  // reads the match as starting at that character, as when the regexes consumed it.
  const HEADING_PATTERNS = once((): readonly (readonly [SectionKind, RegExp])[] =>
    HEADING_ORDER.map(
      (kind) =>
        [kind, sharedPattern(`(?<!\\p{L})(?:${everyLanguage((l) => l.headings[kind])})(?!\\p{L})`, 'u')] as const,
    ),
  );
  /** Headings that never start a list part, though a pattern above would match them. */
  const NOT_A_PART = once(() => sharedPattern(`^(?:${everyLanguage((l) => l.headings.notAPart)})`));
  /** Headings of what the person will learn or gain ("Jaké znalosti a dovednosti získáte"): no must-haves. */
  const WHAT_YOU_GAIN = once(() =>
    sharedPattern(`(?<!\\p{L})(?:${everyLanguage((l) => l.headings.whatYouGain)})(?!\\p{L})`, 'u'),
  );
  /** A group's words at a heading's start, as whole words (every language: pages borrow headings). */
  function headingStart(pick: (lexicon: Lexicon) => readonly string[]): RegExp {
    return sharedPattern(`^(?:${everyLanguage(pick)})(?!\\p{L})`, 'u');
  }
  /** Headings of the ideal profile ("Ideally, you'd have:"): the must-haves where a page has no other. */
  const IDEAL_PROFILE = once(() => headingStart((l) => l.headings.idealProfile));
  /** Headings that ask why to join ("Why Fastly?"): perks only where the items name them. */
  const WHY_JOIN = once(() => headingStart((l) => l.headings.whyJoin));
  /** Headings that name the job in general: their bullets are what the person will do, their prose is not. */
  const ABOUT_THE_JOB = once(() => sharedPattern(`^(?:${everyLanguage((l) => l.headings.aboutJob)})$`));
  // Headings that always end a part, even over bullets: they name the company, the law or the
  // process, or the facts of an employer's template on job boards ("Schedule:", "Shift:",
  // "Work Location:" after "Benefits:").
  const CLOSING = once(() => sharedPattern(`^(?:${alt((l) => l.partEnds.closing)})`));
  // A closing line about applying, or a sign-off ("Good luck and thank you!"), ends the part it
  // follows: neither it nor what comes after (the site's footer links) is an item of it.
  const HOW_TO_APPLY = once(() => sharedPattern(`^(?:${alt((l) => l.partEnds.howToApply)})`, 'i'));
  // A heading of the hiring process ends the part; the bullets under it are read by what they say.
  const HIRING_PROCESS = once(() => sharedPattern(`^(?:${alt((l) => l.partEnds.hiringProcess)})`));
  // An item of the must-haves that says it is optional ("knowledge of C# as advantage").
  const OPTIONAL_ITEM = once(() => sharedPattern(`\\b(?:${alt((l) => l.itemCues.optional)})\\b`, 'i'));
  // An item that ends by calling itself optional ("knowledge of C# as advantage"); "…, Czech is an
  // advantage" inside a must-have stays where the page put it.
  // A bracket may follow ("… est un plus (SQL/ html/css)").
  const OPTIONAL_TAIL = once(() =>
    sharedPattern(`${B}(?:${alt((l) => l.itemCues.optionalTail)})(?:\\s*\\([^)]{0,80}\\))?[^\\p{L}\\p{N}]*$`, 'iu'),
  );
  // "Ideally 5 years of …", "Du hast idealerweise …": optional words among an item's first four (folded).
  // A word is letters and digits, a gap anything else: the two never overlap, so a run of marks
  // ("*****", "-----") has one way to be read, not thousands (it once took minutes on one such line).
  // No comma, semicolon or dash before the optional word: "Bachelor's degree, preferably in Hotel
  // Management" and "Obchodní zkušenosti – ideálně v oblasti …" ask for the degree, the experience.
  const OPTIONAL_EARLY = once(() =>
    sharedPattern(
      `^[^\\p{L}\\p{N}]*(?:[\\p{L}\\p{N}]+[^\\p{L}\\p{N},;–—]+){0,3}?(?:${alt((l) => l.itemCues.optionalEarly)})${E}`,
      'u',
    ),
  );
  // "You don't need to be a React expert. But it's a bonus if you are!": optional from its start.
  const NOT_NEEDED_START = once(() => sharedPattern(`^(?:${alt((l) => l.itemCues.notNeeded)})`, 'i'));
  /**
   * What an item under no known heading says of itself (sections.ts classifyRun): on folded text,
   * which is in lower case as the words are, so not case-blind. A case-blind Unicode pattern this
   * long costs V8 3-4 times as long to compile on a page's first reading (issue 20: 41 → 12 ms for
   * the must-haves of the Romance and Germanic languages together). Asked only whether they match:
   * their cues are joined under what they share (sharedAlt), a few tries at each word of an item.
   */
  const ITEM_SAYS_REQUIREMENT = once(() =>
    words(
      sharedAlt((l) => l.itemCues.requirement),
      'u',
    ),
  );
  const ITEM_SAYS_BENEFIT = once(() =>
    words(
      sharedAlt((l) => l.itemCues.benefit),
      'u',
    ),
  );
  /**
   * A duty opens with what the person will do: the cue at the start of the item, after any mark
   * that decorates it ("📊 Analýza SW požadavků …").
   */
  const ITEM_SAYS_DUTY = once(() =>
    sharedPattern(`^[^\\p{L}\\p{N}]*(?:${sharedAlt((l) => l.itemCues.duty)})${E}`, 'u'),
  );

  // ---------------------------------------------------------------------------
  // Labels of a details box (labels.ts), on folded text, tried in this order.

  const LABEL_ORDER: readonly LabelKind[] = [
    'employmentType',
    'seniority',
    'workplace',
    'location',
    'salary',
    'datePosted',
    'company',
    'deadline',
  ];
  const LABEL_PATTERNS = once((): readonly (readonly [LabelKind, RegExp])[] =>
    LABEL_ORDER.map((kind) => [kind, sharedPattern(`^(?:${alt((l) => l.labels[kind])})$`)] as const),
  );
  /** A tooltip that labels the experience level: as a heading "Experience" starts a part instead. */
  const TOOLTIP_LEVEL = once(() => sharedPattern(String.raw`^\s*(?:${alt((l) => l.labels.tooltipLevel)})\s*$`, 'i'));

  // ---------------------------------------------------------------------------
  // ---------------------------------------------------------------------------
  // Company (merge.ts, byline.ts): how sites dress a company's name, as written.

  /** Career-site words before a company's name in a site's name ("Join the Acme" → "Acme"). */
  const COMPANY_SITE_BEFORE = once(() => sharedPattern(`^(?:${alt((l) => l.company.siteBefore)})\\s+`, 'iu'));
  /** … and after it ("Acme Careers", "Acme - Jobs" → "Acme"): after a space or a dash, never inside a word. */
  const COMPANY_SITE_AFTER = once(() =>
    sharedPattern(`(?:\\s*[-–—|:·]\\s*|\\s+)(?:${alt((l) => l.company.siteAfter)})$`, 'iu'),
  );
  /** Teams and departments a line under the title may name (folded): never the company. */
  const DEPARTMENTS = once((): ReadonlySet<string> => new Set(entriesOf((l) => l.company.departments)));
  const OURSELVES = once((): ReadonlySet<string> => new Set(entriesOf((l) => l.company.ourselves)));

  // The company named in the posting's text (company-in-text.ts), on text as written. A name is a
  // few words that each start with a capital or a digit, small joiners between them ("Bank of
  // America"), legal forms included ("PagoPA S.p.A.").
  const NAME_WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}&'’.\-]*`;
  /** A group whose words open a sentence, so their first letter may be a capital ("At Ramp", "Über Acme"). */
  const capitalised = (pick: (lexicon: Lexicon) => readonly string[]): string =>
    entriesOf(pick)
      .flatMap((entry) => [entry, entry.charAt(0).toUpperCase() + entry.slice(1)])
      .join('|');
  /**
   * A pattern whose letters match either case ("mit sitz in" matches "Mit Sitz in"), for a
   * group read on text as written inside a pattern that cannot be case-blind as a whole
   * (the place after it must start with a capital). Escapes and classes are left as written.
   */
  function caseless(source: string): string {
    let out = '';
    for (let i = 0; i < source.length; i++) {
      const c = source[i]!;
      if (c === '\\') {
        const braced = /^\\[pPu]\{[^}]*\}/.exec(source.slice(i));
        const escaped = braced ? braced[0] : source.slice(i, i + 2);
        out += escaped;
        i += escaped.length - 1;
      } else if (c === '[') {
        const end = source.indexOf(']', i + 2);
        out += source.slice(i, end + 1);
        i = end;
      } else {
        const upper = c.toUpperCase();
        out += upper !== c && upper.length === 1 ? `[${c}${upper}]` : c;
      }
    }
    return out;
  }
  // A company's name: capitalised words with small joiners between them, maybe its legal form.
  const MORE_NAME_WORD = String.raw`(?:\s(?:(?:${alt((l) => l.company.nameJoiners)})\s)*${NAME_WORD})`;
  const LEGAL_FORM = String.raw`,?\s(?:${alt((l) => l.company.legalForms)})`;
  const NAME = String.raw`${NAME_WORD}${MORE_NAME_WORD}{0,5}(?:${LEGAL_FORM}(?![\p{L}\p{N}]))?`;
  /** A name with a joining word in it, split there: "Planned Parenthood of Illinois" → "Planned Parenthood", "Illinois". */
  const NAME_JOINED = once(() =>
    sharedPattern(String.raw`^(.+?)\s(?:${alt((l) => l.company.nameJoiners)})\s(.+)$`, 'u'),
  );
  /**
   * A title that names its company after a joiner, its article left out, places in brackets after
   * it: "Lead developer bij Zig (Huizen/Amersfoort)" → "Lead developer", "Zig"; "… Position at the
   * Oxford e-Research Centre" → "Oxford e-Research Centre"; "Vice President @ Hack Club".
   */
  const TITLE_AT_COMPANY = once(() =>
    sharedPattern(
      String.raw`^(.{3,}?)\s+(?:${alt((l) => l.title.joinersInTitle)}|@)\s+(?:(?:${alt((l) => l.company.articles)})\s)?(${NAME})(?:\s*\([^()]*\))?$`,
      'u',
    ),
  );
  /** A name in its legal form anywhere in a sentence, its article left out: "… ist die ITK Engineering GmbH ein …". */
  const NAME_IN_LEGAL_FORM = once(() =>
    sharedPattern(
      String.raw`${B}(?:(?:${capitalised((l) => l.company.articles)})\s)?(${NAME_WORD}${MORE_NAME_WORD}{0,4}${LEGAL_FORM})${E}`,
      'u',
    ),
  );
  /** A name that ends in its legal form ("PPF banka a.s.", "Acme Inc."): its last dot ends no sentence. */
  const ENDS_IN_LEGAL_FORM = once(() => sharedPattern(`${B}(?:${alt((l) => l.company.legalForms)})$`, 'u'));
  /**
   * A name with its legal form inside it, not after a comma: "NRG Sweden AB", "Bilfinger Industrial
   * Services Norway AS Årdal" name a company, though a country stands among their words.
   */
  const HAS_LEGAL_FORM = once(() => sharedPattern(`(?<!,)\\s(?:${alt((l) => l.company.legalForms)})${E}`, 'u'));
  /** A line that is a name alone: "JSQL Sp. z o.o." under a title. */
  const LINE_NAME = once(() => sharedPattern(`^(${NAME})$`, 'u'));
  /** A heading that is about the company: "About Ramp", "About the Canadian Digital Service", "Über Acme". */
  const ABOUT_COMPANY_HEADING = once(() =>
    sharedPattern(String.raw`^(?:${capitalised((l) => l.company.aboutHeading)})\s*(${NAME})\s*[:?!.]?$`, 'u'),
  );
  // A sentence that opens with the company: an article, its name, its short name in brackets.
  const SUBJECT = String.raw`(?:(?:${capitalised((l) => l.company.articles)})\s)?(${NAME})(?:\s\(([\p{Lu}\p{N}]{2,10})\))?,?\s`;
  /** A sentence that opens with the company hiring: "PagoPA S.p.A. è alla ricerca di", "Acme (ACM) is looking for". */
  const COMPANY_HIRING = once(() =>
    sharedPattern(String.raw`(?:^|[.!?]\s+)${SUBJECT}(?:${alt((l) => l.company.hiring)})${E}`, 'u'),
  );
  /**
   * A hiring sentence whose subject is written in lower case after its article, as public bodies
   * write theirs: "Il dipartimento per la trasformazione digitale è alla ricerca di …".
   */
  const LOWER_SUBJECT_HIRING = once(() =>
    sharedPattern(
      String.raw`(?:^|[.!?]\s+)(?:${capitalised((l) => l.company.articles)})\s?(\p{Ll}[\p{L}'’-]*(?:\s[\p{L}'’-]+){2,7}?)\s(?:${alt((l) => l.company.hiring)})${E}`,
      'u',
    ),
  );
  /** A paragraph that opens by saying what the company is: "The Canadian Digital Service (CDS) is …", "JSQL Sp. z o.o. to …". */
  const COMPANY_IS = once(() =>
    sharedPattern(
      // … or opens with the name and its short name, then what it does ("… (CDS) works with …").
      String.raw`^${SUBJECT}(?:(?:${alt((l) => l.company.subjectVerbs)})${E}|(?<=\)\s)\p{Ll})`,
      'u',
    ),
  );
  /**
   * A paragraph that opens with a name spelled with lower-case words and its short name in brackets
   * ("Le Service numérique canadien (SNC) est chargé …"): the initials are checked in code.
   */
  const NAME_WITH_SHORT = once(() =>
    sharedPattern(
      String.raw`^(?:(?:${capitalised((l) => l.company.articles)})\s?)?(\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){1,6}?)\s\((\p{Lu}[\p{L}]{1,7})\)\s`,
      'u',
    ),
  );
  /** A sentence in which the company names itself: "Wij zijn Callvoip en leveren …", "We are Acme, a …". */
  const WE_ARE = once(() =>
    sharedPattern(
      String.raw`(?:^|[.!?]\s+)(?:${capitalised((l) => l.company.weAre)})\s(?:(?:${alt((l) => l.company.articles)})\s)?(${NAME})(?=[,.!;:]|\s\p{Ll}|$)`,
      'u',
    ),
  );
  /** A line that heads the company's perks by its name: "Meatable offers:", "Acme bietet dir:". */
  const COMPANY_OFFERS = once(() =>
    sharedPattern(
      String.raw`^(?:(?:${capitalised((l) => l.company.articles)})\s)?(${NAME})\s(?:${alt((l) => l.company.offers)})\s*[:!.]?$`,
      'u',
    ),
  );
  /** A byline's part that credits a post's writer by a user name ("By awalvie"). */
  const AUTHOR_CREDIT = once(() => sharedPattern(`^(?:${alt((l) => l.company.authorCredit)})\\s+\\S+$`, 'iu'));
  /** The one who speaks of itself in "We are …": "We", "Wir", "Wij" (the first words of weAre). */
  const WE = once(() =>
    sharedPattern(`^(?:${alt((l) => l.company.weAre.map((words) => words.split(' ')[0]!))})$`, 'iu'),
  );
  /** A sentence that opens at the company: "At Ramp, everyone …", "Bei Scalian Germany stehen …", "På Claremont bygger vi". */
  const AT_COMPANY = once(() =>
    sharedPattern(String.raw`(?:^|[.!?]\s+)(?:${capitalised((l) => l.company.atCompany)})\s(${NAME})[,\s]`, 'u'),
  );

  // Signs of a job ad on a page without parts (list-page.ts), on text as written.
  /** What a job ad's title carries: "(m/w/d)", "H/F", "Conseiller(e)". */
  const TITLE_MARKER = once(() =>
    sharedPattern(
      alt((l) => l.posting.titleMarkers),
      'iu',
    ),
  );
  /** An occupation the title names, in any language: "Data Scientist", "Frontendutvecklare". */
  const TITLE_OCCUPATION = once(() =>
    sharedPattern(
      String.raw`(?<!\p{L})(?:${everyLanguage((l) => l.posting.occupations)})(?!\p{L})|(?:${everyLanguage((l) => l.posting.occupationEndings)})(?!\p{L})`,
      'iu',
    ),
  );
  /** An employer's sentence of hiring: "we are looking for", "wir suchen", "nous recherchons". */
  const SEEKING = once(() => sharedPattern(`${B}(?:${alt((l) => l.posting.seeking)})${E}`, 'iu'));
  /**
   * A title that counts jobs: a number, up to four words of what is sought, a word of counting
   * ("3 618 offres", "1,234 Software Engineer jobs"). On text as written.
   */
  const LIST_TITLE = once(() =>
    sharedPattern(String.raw`^\d[\d\s.,]*\+?\s+(?:[^\s]+\s+){0,4}?(?:${alt((l) => l.posting.listCounts)})${E}`, 'iu'),
  );

  // Titles and pages (merge.ts, run-sources.ts, sources/generic.ts, list-page.ts).

  /** What a site puts before a job title ("Job Application for …"). */
  const TITLE_PREFIX = once(() => sharedPattern(String.raw`^(?:${alt((l) => l.title.prefixes)})\s+`, 'i'));
  /** The same before a document title, which may also say "Stellenangebot: …". */
  const DOCUMENT_TITLE_PREFIX = once(() =>
    sharedPattern(String.raw`^(?:${alt((l) => [...l.title.prefixes, ...l.title.documentTitlePrefixes])})\s+`, 'i'),
  );
  const wholeWords = (list: readonly string[]): string => anyOf(list.map((word) => `\\b${word}\\b`));
  /**
   * "Engineer at Datadog", "Engineer - Datadog": the title and the company a site glued to it, at
   * the last joiner ("Back-end developer chez meltygroup", whose hyphen joins no company).
   */
  const TITLE_AND_COMPANY = once(() =>
    sharedPattern(
      String.raw`^(.*)\s*(?:${wholeWords(entriesOf((l) => l.title.joinersInTitle))}|[-–—|@,])\s*([^-–—|@,]+)$`,
      'i',
    ),
  );
  /** A title written as a sentence of hiring: the words before the job ("Die OKF sucht eine:n "). */
  const TITLE_SEEKS = once(() =>
    sharedPattern(
      String.raw`(?<![\p{L}\p{N}])(?:${alt((l) => l.title.seeks)})\s+(?:(?:${alt((l) => l.title.seekArticles)})\s+)*`,
      'iu',
    ),
  );
  /** … and the word after it ("Kommunikationstalent gesucht!"). */
  const TITLE_SOUGHT = once(() =>
    sharedPattern(String.raw`\s+(?:${alt((l) => l.title.sought)})(?![\p{L}\p{N}])[!.]*`, 'iu'),
  );
  /** A part of a document title that names the page, never the company ("Detail pozice", "Job details"). */
  const PAGE_WORDS = once(() => sharedPattern(`^(?:${alt((l) => l.title.pageWords)})$`));
  /** "Talent Pool - Cyber & Engineering Roles", "Initiativbewerbung": an application for no particular job (folded). */
  const NO_JOB_TITLE = once(() => sharedPattern(`(?<!\\p{L})(?:${alt((l) => l.title.noJob)})(?!\\p{L})`, 'u'));
  /** "… at Datadog" at the end of a document title whose job title is not known. */
  const DOCUMENT_TITLE_COMPANY = once(() =>
    sharedPattern(String.raw`\s(?:${alt((l) => l.title.joinersInDocumentTitle)})\s+(.+)$`),
  );
  /** What follows the job title in a document title: " - Datadog", " at Datadog". */
  const AFTER_TITLE_COMPANY = once(() =>
    sharedPattern(
      String.raw`^\s*(?:[-–—|:,·•@]|${wholeWords(entriesOf((l) => l.title.joinersAfterTitle))})\s*(.+)$`,
      'i',
    ),
  );
  /** The title of a bot check or challenge page. */
  const BOT_CHECK = once(() => sharedPattern(`^(?:${alt((l) => l.title.botCheck)})`, 'i'));
  // Nordic words too ("Ansök nu", "Ansøg", "Søk på stillingen", "Hae paikkaa"), as Teamtailor serves them;
  // a bare "Sök"/"Søk" is a search box's button, not an application.
  const APPLY_WORDS = once(() => sharedPattern(`\\b(?:${alt((l) => l.apply)})`, 'i'));
  /** What may stand between two technologies of one list: "Go, Java", "C/C++", "R or Python", "Swift nebo Objective-C". */
  const SKILL_LIST_GAP = once(() =>
    sharedPattern(
      String.raw`^[\s,;:/|&+()[\]{}·•*▪◦‣–—-]*(?:(?:${alt((l) => l.skillListJoiners)})[\s,;:/|&+()[\]{}·•*▪◦‣–—-]*)?$`,
      'iu',
    ),
  );
  /**
   * Words before a product's name, then up to three words, ending where the name starts ("experience
   * with (Jira, "). On lower-case text: a case-blind Unicode pattern this long costs milliseconds to
   * compile on a page's first reading.
   */
  const PRODUCT_BEFORE = once(() =>
    sharedPattern(
      String.raw`${B}(?:${alt((l) => l.productBefore)})${E}\.?(?:[\s,:(]+[\p{L}\p{N}.+#/-]+){0,3}[\s,:(]+$`,
      'u',
    ),
  );
  /** A link to a job page (a site's own paths and query keys beside the words). */
  const JOB_LINK = once(() =>
    sharedPattern(
      `\\/(?:${alt((l) => l.jobLinkPaths)}|rpd|viewjob|remote-jobs)\\/[^?#]*[\\w-]{6,}|[?&](?:jk|jobid|job_id|gh_jid)=`,
      'i',
    ),
  );

  // ---------------------------------------------------------------------------
  // Places (location.ts, sources/generic.ts).

  // Between non-letters, written as lookarounds (it is only tested): the same answer, and V8
  // compiles it in a fraction of the time of consuming those characters (cold on every page load).
  const PLACE_NAME = once(() => sharedPattern(`(?<!\\p{L})(?:${alt((l) => l.place.names)})(?!\\p{L})`, 'u'));
  /** "US", "U.S." as written. */
  const PLACE_CODE = once(() => sharedPattern(`(?<![\\p{L}.])(?:${alt((l) => l.place.codes)})(?![\\p{L}])`, 'u'));
  /** "Berkeley, CA", "San Mateo, CA 94401": a town and its region's code, as written. */
  const TOWN_AND_REGION_CODE = once(() =>
    sharedPattern(
      String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3},\s?(?:${alt((l) => l.place.regionCodes)})(?:\s\d{5}(?:-\d{4})?)?$`,
      'u',
    ),
  );
  /** "… Gehalt: nach TV-L Ort: Berlin Die Position …": a place label inside a line, and the words after it. */
  const INLINE_PLACE_LABEL = once(() =>
    sharedPattern(
      String.raw`(?<![\p{L}\p{N}])(?:${caseless(alt((l) => l.place.labels))})\s*[:：]\s*(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})`,
      'u',
    ),
  );
  /** "Location: Berlin" → "Berlin". */
  const PLACE_LABEL = once(() => sharedPattern(String.raw`^(?:${alt((l) => l.place.labels)})\s*[:：]\s*`, 'iu'));
  /** "(Remote)", "(Contract)" and similar at the end of a title are not cities. */
  const NOT_A_CITY = once(() => sharedPattern(`^(?:${alt((l) => l.place.notCities)})(?!\\p{L})`, 'iu'));
  /** "This role is based in our San Francisco HQ." → San Francisco. */
  // One place: capitalised words ("Kitchener-Waterloo", "New York").
  const ONE_PLACE = String.raw`\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}`;
  const LIST_JOINERS = alt((l) => l.place.listJoiners);
  const LIST_GAP = String.raw`\s*,\s*(?:(?:${LIST_JOINERS})\s+)?|\s+(?:${LIST_JOINERS})\s+`;
  /** Between places of a list: a comma, a joining word, or both ("Ottawa, Montreal, and Toronto"). */
  const PLACE_LIST_GAP = once(() => sharedPattern(LIST_GAP, 'u'));
  /** A joining word that ends a list ("Ruby, Python or Perl", "AutoCAD, Revit og MagiCAD", "Datenbanken und/oder LIMS"). */
  const LIST_JOINER = once(() => sharedPattern(`(?:^|\\s)(?:${LIST_JOINERS})[\\s/]`, 'iu'));
  /** "based in Lisbon", "locations in Ottawa, Montreal and Toronto": the place or list of places after it. */
  const BASED_IN = once(() =>
    sharedPattern(
      String.raw`(?<![\p{L}\p{N}])(?:${caseless(alt((l) => l.place.basedIn))})\s+(?:${caseless(alt((l) => l.place.basedInArticles))})?(${ONE_PLACE}(?:(?:${LIST_GAP})${ONE_PLACE}){0,7})`,
      'u',
    ),
  );
  const SITE_WORD_AFTER_PLACE = once(() => sharedPattern(`[ ,]+(?:${alt((l) => l.place.siteWords)})$`, 'u'));
  const VAGUE_PLACE = once(() => sharedPattern(`^(?:${alt((l) => l.place.vague)})$`));
  /** A name that ends in a unit of an organisation ("Scientific Computing Department"): no place. */
  const UNIT_NAME = once(() => sharedPattern(`(?:^|\\s)(?:${alt((l) => l.place.units)})$`, 'u'));

  // ---------------------------------------------------------------------------
  // Maps: months (dates.ts) and number words (facts/experience.ts).

  // Read in every language, whichever are chosen: short closed lists whose words several
  // languages spell alike (Dutch and German "vier", Swedish and Italian "tre"), where one
  // language's list often holds what another's lacks; they cost next to nothing to compile.
  function mergedMap(pick: (lexicon: Lexicon) => Readonly<Record<string, number>>): Readonly<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const lexicon of Object.values(LEXICONS)) Object.assign(out, pick(lexicon));
    return out;
  }
  const MONTHS = once(() => mergedMap((l) => l.months));
  const NUMBER_WORDS = once(() => mergedMap((l) => l.numbers));

  // ---------------------------------------------------------------------------
  // Pay (salary.ts). salary.ts builds the patterns that join these with currency codes and symbols.

  /** One group per period, in PERIOD_ORDER: a period written after an amount, or a unit after a slash. */
  const PERIOD_ALT = once(() =>
    PERIOD_ORDER.map(
      (period) => `(${alt((l) => l.pay.periodsAfter[period])}|/\\s?(?:${alt((l) => l.pay.periodUnits[period])}))`,
    ).join('|'),
  );
  /** Words that may stand between an amount and its period besides punctuation and codes. */
  const GROSS_NET_ALT = once(() => alt((l) => l.pay.grossNet));
  /** Currency names after an amount ("euros", "korun"), and the currency each one means. */
  const CURRENCY_NAME_ALT = once(() => alt((l) => Object.values(l.pay.currencyNames).flat()));
  const CURRENCY_BY_NAME = once(
    (): ReadonlyMap<string, string> =>
      new Map(
        ALL.flatMap((l) =>
          Object.entries(l.pay.currencyNames).flatMap(([code, names]) => names.map((name) => [name, code] as const)),
        ),
      ),
  );
  /** Places and languages of the krona's countries, one alternation per code. */
  const KRONA_PLACES_ALT = once(
    () =>
      (code: 'SEK' | 'NOK' | 'DKK'): string =>
        alt((l) => l.pay.kronaPlaces[code] ?? []),
  );

  // A period named in the words before an amount: "Annual Salary: $…", "Hourly rate: …", "Jahresgehalt".
  const PERIOD_BEFORE = once(() =>
    sharedPattern(PERIOD_ORDER.map((period) => `(${alt((l) => l.pay.periodsBefore[period])})`).join('|'), 'giu'),
  );
  // Words that say the amount is pay.
  const PAY_WORDS = once(() =>
    sharedPattern(
      alt((l) => l.pay.words),
      'giu',
    ),
  );
  // Words that say it is something else: funding, perks, fees, budgets.
  const NOT_PAY_BEFORE = once(() =>
    sharedPattern(
      alt((l) => l.pay.notPayBefore),
      'giu',
    ),
  );
  const NOT_PAY_AFTER = once(() => sharedPattern(String.raw`^[\s\u00a0]*(?:${alt((l) => l.pay.notPayAfter)})`, 'iu'));
  /** A line about a signing or relocation bonus, a referral reward… */
  const PERK_LINE = once(() => sharedPattern(`\\b(?:${alt((l) => l.pay.perkLine)})\\b`, 'i'));
  /** …unless it names the pay too. */
  const PAY_LINE = once(() => sharedPattern(`\\b(?:${alt((l) => l.pay.payLine)})\\b`, 'i'));
  // Multipliers written after a number.
  const THOUSAND = once(() => sharedPattern(String.raw`^[\s\u00a0]?(?:${alt((l) => l.pay.thousand)})(?![\p{L}])`, 'u'));
  const MILLION = once(() =>
    sharedPattern(String.raw`^[\s\u00a0]?(?:${alt((l) => l.pay.million)})(?![\p{L}])(?!\s?[²2])`, 'u'),
  );
  const LAKH_SUFFIX = once(() => sharedPattern(String.raw`^[\s\u00a0]?(?:${alt((l) => l.pay.lakh)})(?![\p{L}])`, 'u'));
  const LAKH_PER_YEAR = once(() => sharedPattern(alt((l) => l.pay.lakhPerYear)));
  const CRORE_SUFFIX = once(() =>
    sharedPattern(String.raw`^[\s\u00a0]?(?:${alt((l) => l.pay.crore)})(?![\p{L}])`, 'u'),
  );
  const NOT_MONEY_AFTER = once(() =>
    sharedPattern(
      String.raw`^(?:[\s\u00a0]?(?:%|percent|\(k\)|\+?\s*(?:${alt((l) => l.pay.countNouns)})\b)|\.\d{3,})`,
      'iu',
    ),
  );
  // Between the two ends of a range: a dash or "to" in several languages, after the period where
  // a page writes it after both ends ("$135,000/yr - $160,000/yr", "$25 an hour to $30 an hour").
  const GAP_SPACE = String.raw`[\s\u00a0\u202f\u200b-\u200d\u2060\ufeff]*`;
  const RANGE_GAP = once(() =>
    sharedPattern(
      String.raw`^(?:\s*(?:\/|${alt((l) => l.pay.perEndLeads)})(?:${alt((l) => l.pay.perEndUnits)})\b\.?)?${GAP_SPACE}(?:-|–|—|‒|―|~|${alt((l) => l.pay.rangeJoiners)})${GAP_SPACE}$`,
      'iu',
    ),
  );
  /** The same gap with the second end's pay grade in it: " to GS-15 Step 10 ". */
  const GRADED_RANGE_GAP = once(() =>
    sharedPattern(
      String.raw`^${GAP_SPACE}(?:-|–|—|${alt((l) => l.pay.rangeJoiners)})${GAP_SPACE}(?:\p{Lu}{1,4}-?\d{1,2}${GAP_SPACE})?(?:(?:${alt((l) => l.pay.gradeWords)})${GAP_SPACE}\d{1,2}${GAP_SPACE})?$`,
      'iu',
    ),
  );
  /**
   * Words before a single figure that leave the range open above: "From £55,000",
   * "starting at $90k", "ab 60.000 €", "à partir de 45 k€", "od 60 000 Kč".
   */
  const OPEN_ABOVE_BEFORE = once(() =>
    sharedPattern(String.raw`(?<![\p{L}\p{N}])(${alt((l) => l.pay.openAbove)})[\s\u00a0:]*$`, 'iu'),
  );

  // ---------------------------------------------------------------------------
  // Seniority (facts/seniority.ts).

  // CEO, CTO, CFO, COO, CIO, CMO, CPO, CRO, CDO, CISO, CHRO, and VP/SVP/EVP: upper case only, as titles write them.
  const TITLE_CAPS = once(() => sharedPattern(`${B}(?:${alt((l) => l.seniority.titleAbbreviations)})${E}`, 'u'));
  // The levels in one regex, a group per level in rank order: tried from every place of the title,
  // the first group that matches there is the highest level named there, and the highest over all
  // places is the level, as testing each level's regex in turn found. One word edge instead of
  // nine: a fraction of the time to compile on the first page.
  const TITLE_LEVELS = once(() =>
    sharedPattern(
      `${B}(?:${TITLE_LEVEL_ORDER.map((level) => `(${alt((l) => l.seniority.titleLevels[level])})`).join('|')})${E}`,
      'giu',
    ),
  );
  const MANAGER = once(() => words(alt((l) => l.seniority.manager)));
  /** Levels of a seniority field, in the order they are tried. */
  const LABEL_LEVEL_ORDER: readonly Seniority[] = [
    'intern',
    'junior',
    'mid',
    'senior',
    'lead',
    'manager',
    'director',
    'executive',
    'principal',
    'staff',
  ];
  const LABEL_LEVELS = once((): readonly (readonly [Seniority, RegExp])[] =>
    LABEL_LEVEL_ORDER.map((level) => [level, words(alt((l) => l.seniority.labelLevels[level]))] as const),
  );
  const NOT_APPLICABLE = once(() =>
    sharedPattern(String.raw`^\s*(?:${alt((l) => l.seniority.notApplicable)})\s*$`, 'iu'),
  );

  // ---------------------------------------------------------------------------
  // Employment type (facts/employment.ts).

  // One regex, a group per type in the order above: its first match is the earliest type named
  // and, where two start at one place, the first listed (as one regex per type, the earliest
  // kept, did), in one pass over the text.
  const EMPLOYMENT = once(() =>
    sharedPattern(
      `${B}(?:${EMPLOYMENT_ORDER.map((type) => `(${alt((l) => l.employment.types[type])})`).join('|')})${E}`,
      'iu',
    ),
  );
  /** A job noun near an employment word makes it a statement in running text (facts/employment.ts). */
  const JOB_NOUN = once(() => words(alt((l) => l.employment.jobNouns)));
  /** A noun of a job alone ("Stelle", "Position"): in German every noun keeps its capital, but none is a company. */
  const JOB_NOUN_ALONE = once(() => sharedPattern(`^(?:${alt((l) => l.employment.jobNouns)})$`, 'iu'));
  // Phrases that contain an employment word but state none: "contract type", "permanent contract".
  const EMPLOYMENT_NOISE = once(() =>
    sharedPattern(
      String.raw`(?:${alt((l) => l.employment.contractWords)})[\s-]*(?:${alt((l) => l.employment.contractTypeWords)})|${alt((l) => l.employment.noise)}`,
      'giu',
    ),
  );
  const INTERNSHIP_ONLY_AS_LABEL = once(() =>
    sharedPattern(String.raw`^\s*(?:${alt((l) => l.employment.internshipOnlyAsLabel)})\s*$`, 'i'),
  );
  // A posting that says outright that the role is part-time is, whatever a site's
  // employment-type box defaults to ("Full-time" on LinkedIn): "The role is part-time with
  // 15-20 hours a week", "this is a part-time position", "Teilzeitstelle".
  /** An employment contract named in a row ("pracovní smlouva"): the job is not a contractor's only. */
  const EMPLOYED = once(() => sharedPattern(`(?<!\\p{L})(?:${alt((l) => l.employment.employed)})`, 'iu'));
  const PART_TIME_ROLE = once(() => sharedPattern(`\\b(?:${alt((l) => l.employment.partTimeRole)})`, 'iu'));
  /** A title's last word tagging its hours ("Mechanic - FT", "Baker -PTU", "Bakery Manager (FT)"), each type's. */
  const TITLE_HOURS_TAG = once(() =>
    (['full-time', 'part-time'] as const).map(
      (type) =>
        [
          type,
          sharedPattern(`(?:^|[\\s(\\-–—|])(?:${alt((l) => l.employment.titleTags[type])})\\)?\\s*$`, 'u'),
        ] as const,
    ),
  );
  /** A number of hours a week, or a range of them ("15-20 hours per week"): the larger is the group. */
  const WEEKLY_HOURS = once(() =>
    sharedPattern(
      // Or in a title's brackets alone: "Community-Manager (20h)".
      String.raw`(?<![\p{L}\p{N},.])(?:\d{1,2}\s*(?:[-–]|${alt((l) => l.experience.rangeJoiners)})\s*)?(\d{1,2}(?:[.,]5)?)\s*(?:${alt((l) => l.employment.weeklyHours)}|h(?=\)))(?![\p{L}])`,
      'iu',
    ),
  );

  // ---------------------------------------------------------------------------
  // Workplace (facts/workplace.ts).

  const LABEL_HYBRID = once(() => words(alt((l) => l.workplace.labelHybrid)));
  const LABEL_REMOTE = once(() => words(alt((l) => l.workplace.labelRemote)));
  const LABEL_ONSITE = once(() => words(alt((l) => l.workplace.labelOnsite)));
  const NOT_REMOTE = once(() => sharedPattern(`\\b(?:${alt((l) => l.workplace.notRemote)})\\b`, 'giu'));
  // The regexes below write each word edge once around a group of alternatives rather than once
  // per alternative (LANGUAGE_NAMES too): the same matches, but a lookbehind on \p{L} repeated in
  // every alternative costs V8 tens of milliseconds to compile on the first page, and makes the
  // compiled matcher slower on every page after. Regexes read only by test() may list their
  // alternatives in any order; DESC_REMOTE is read match by match and keeps its order.
  const DESC_HYBRID = once(() =>
    sharedPattern(
      `${B}(?:${fill(alt((l) => l.workplace.hybridPhrases))})|${fill(alt((l) => l.workplace.hybridPhrasesAnywhere))}`,
      'iu',
    ),
  );
  const DESC_REMOTE = once(() =>
    sharedPattern(
      `(?:${B}(?:${alt((l) => l.workplace.remotePhrases)})|(?:^|\\n)(?:${alt((l) => l.workplace.remoteLineStarts)}))${E}`,
      'giu',
    ),
  );
  const DESC_ONSITE = once(() => sharedPattern(`${B}(?:${alt((l) => l.workplace.onsitePhrases)})${E}`, 'iu'));
  const NEGATED_REMOTE = once(() => sharedPattern(`(?:${alt((l) => l.workplace.remoteNegations)})$`, 'iu'));

  // ---------------------------------------------------------------------------
  // Years of experience (facts/experience.ts).

  const NUMBER = String.raw`\d{1,2}|${anyOf(Object.keys(NUMBER_WORDS()).sort((a, b) => b.length - a.length))}`;
  const EXPERIENCE_YEARS = once(() =>
    sharedPattern(
      String.raw`${B}(${NUMBER})(?:\s*\(\d{1,2}\))?(?:\s*\+)?(?:\s*(?:-|–|—|${alt((l) => l.experience.rangeJoiners)})\s*(${NUMBER}))?\s*(\+|${alt((l) => l.experience.orMore)})?\s*(?:\(?\s*(?:${alt((l) => l.experience.yearWords)})\s*\)?)${E}(\s*\+)?`,
      'giu',
    ),
  );
  const EXPERIENCE_CONTEXT = once(() =>
    sharedPattern(
      alt((l) => l.experience.context),
      'iu',
    ),
  );
  // Not about the candidate: "over 20 years in business", "founded 10 years ago", "we're 5 years old".
  const NOT_CANDIDATE_BEFORE = once(() =>
    sharedPattern(
      String.raw`(?:${alt((l) => l.experience.companyBefore)})\s+(?:(?:${alt((l) => l.experience.approximately)})\s+)*$`,
      'iu',
    ),
  );
  const NOT_CANDIDATE_AFTER = once(() =>
    sharedPattern(String.raw`^\s*(?:${alt((l) => l.experience.companyAfter)})`, 'iu'),
  );
  // A bullet that opens with the years says what they are about without the word "experience":
  // "5+ years driving growth programs", "3+ years in B2B sales", "7 years of Go", "At least 2
  // years in a marketing role".
  const ITEM_START = once(() =>
    sharedPattern(String.raw`^[\s\-–•*·▪●◦]*(?:(?:${alt((l) => l.experience.atLeast)})\s*)?$`, 'iu'),
  );
  const YEARS_DOING = once(() =>
    sharedPattern(String.raw`^\s+(?:${alt((l) => l.experience.yearsDoing)})(?![\p{L}\p{N}])`, 'iu'),
  );

  // ---------------------------------------------------------------------------
  // Degrees (facts/education.ts).

  // Word edges written once per group, as for DESC_HYBRID. These regexes are only tested
  // (test()), so "Y after X", which reads as the lookbehind (?<=X)Y, is written XY: a match
  // exists exactly when it did, and V8 no longer runs a lookbehind at every place of the text.
  function degree(pick: (lexicon: Lexicon) => DegreeWords): RegExp {
    const between = entriesOf((l) => pick(l).words).join('|');
    const starts = entriesOf((l) => pick(l).starts).join('|');
    const inner = [between ? `(?:${between})${E}` : '', starts].filter(Boolean).join('|');
    const anywhere = fill(entriesOf((l) => pick(l).anywhere).join('|'));
    return sharedPattern(`${B}(?:${anyOf([inner].filter(Boolean))})${anywhere ? `|${anywhere}` : ''}`, 'iu');
  }
  const BACHELOR = once(() => degree((l) => l.education.bachelor));
  const MASTER = once(() => degree((l) => l.education.master));
  const PHD = once(() => degree((l) => l.education.phd));
  const DEGREE_LIST = `(?:${alt((l) => l.education.degreeAbbreviations)})`;
  // "BS", "BA", "MS", "MA" are degrees only in capitals and beside another degree, "in …" or "degree"
  // ("MS Office", "Bain", "main" are not).
  const abbreviation = (list: string): RegExp =>
    sharedPattern(
      String.raw`${B}(?:(?:${list})(?=\s*(?:(?:/\s*|,\s*|\s+or\s+)${DEGREE_LIST}${E}|\s+in\s|\s+degree|\s*\())|${DEGREE_LIST}\s*/\s*(?:${list})${E})`,
      'u',
    );
  const BACHELOR_ABBREVIATION = once(() => abbreviation(alt((l) => l.education.bachelorAbbreviations)));
  const MASTER_ABBREVIATION = once(() => abbreviation(alt((l) => l.education.masterAbbreviations)));

  // ---------------------------------------------------------------------------
  // Visa sponsorship (facts/visa.ts).

  const VISA_NO = once(() => sharedPattern(fill(alt((l) => l.visa.no)), 'iu'));
  const VISA_YES = once(() => sharedPattern(fill(alt((l) => l.visa.yes)), 'iu'));

  // ---------------------------------------------------------------------------
  // Spoken languages (facts/languages.ts).

  // The word edges stand once around the alternation, not once per language, and the
  // open ending `\p{L}*` ("englisch\p{L}*": Englischkenntnisse) once after every form that
  // has it: each case-folded \p{L} is costly for V8 to build, and this runs cold on every
  // page load. The same matches as one group per language: a form always runs to the end
  // of its word, so which form of a place matches never changes the match, and no two
  // languages share a word. Group k (from 1) is LANGUAGE_OF_GROUP[k - 1].
  const OPEN_END = String.raw`\p{L}*`;
  const FORMS = new Map(SPOKEN_LANGUAGES.map((name) => [name, entriesOf((l) => l.spokenLanguages.names[name] ?? [])]));
  const formsOf = (name: SpokenLanguage, open: boolean): string =>
    (FORMS.get(name) ?? [])
      .filter((form) => form.endsWith(OPEN_END) === open)
      .map((form) => (open ? form.slice(0, -OPEN_END.length) : form))
      .join('|');
  // Built together: LANGUAGE_OF_GROUP is filled as LANGUAGE_NAMES's groups are written.
  const languageNames = once(() => {
    const groups: SpokenLanguage[] = [];
    const languageGroups = (open: boolean): string =>
      anyOf(
        SPOKEN_LANGUAGES.filter((name) => formsOf(name, open)).map((name) => {
          groups.push(name);
          return `(${formsOf(name, open)})`;
        }),
      );
    const names = sharedPattern(`${B}(?:(?:${languageGroups(true)})${OPEN_END}|${languageGroups(false)})${E}`, 'giu');
    return { names, groups };
  });
  const LANGUAGE_OF_GROUP = once((): readonly SpokenLanguage[] => languageNames().groups);
  const LANGUAGE_NAMES = once(() => languageNames().names);
  /** Abbreviations in capitals ("znalost AJ": angličtina) and the language each stands for. */
  const LANGUAGE_BY_ABBREVIATION = once(
    (): ReadonlyMap<string, SpokenLanguage> =>
      new Map(
        ALL.flatMap((l) =>
          Object.entries(l.spokenLanguages.abbreviations).flatMap(([name, list]) =>
            (list ?? []).map((abbreviation) => [abbreviation, name as SpokenLanguage] as const),
          ),
        ),
      ),
  );
  const LANGUAGE_ABBREVIATIONS = once(() =>
    sharedPattern(`${B}(${anyOf([...LANGUAGE_BY_ABBREVIATION().keys()])})${E}`, 'gu'),
  );
  // Words that make a language name a requirement: level, fluency, "is a must"; and a CEFR level.
  const LANGUAGE_CUE = once(() => sharedPattern(`${alt((l) => l.spokenLanguages.cues)}|${B}[ABC][12]${E}`, 'iu'));
  /** Compound forms carry their own cue: "Deutschkenntnisse", "englischsprachig". */
  const COMPOUND_CUE = once(() =>
    sharedPattern(
      alt((l) => l.spokenLanguages.compoundCues),
      'iu',
    ),
  );

  // ---------------------------------------------------------------------------
  // Where a fact read from the text is shown (derive-facts.ts): its first mention in the body.

  const MENTIONS = once(
    () =>
      ({
        workplace: sharedPattern(
          alt((l) => l.mentions.workplace),
          'i',
        ),
        experienceYears: sharedPattern(
          String.raw`\d+\s*\+?\s*(?:-\s*\d+\s*)?(?:${alt((l) => l.mentions.experienceYears)})`,
          'i',
        ),
        education: sharedPattern(
          alt((l) => l.mentions.education),
          'i',
        ),
        visaSponsorship: sharedPattern(
          alt((l) => l.mentions.visaSponsorship),
          'i',
        ),
      }) as const,
  );
  return lazily({
    HEADING_PATTERNS,
    NOT_A_PART,
    WHAT_YOU_GAIN,
    IDEAL_PROFILE,
    WHY_JOIN,
    ABOUT_THE_JOB,
    CLOSING,
    HOW_TO_APPLY,
    HIRING_PROCESS,
    OPTIONAL_ITEM,
    OPTIONAL_TAIL,
    OPTIONAL_EARLY,
    NOT_NEEDED_START,
    ITEM_SAYS_REQUIREMENT,
    ITEM_SAYS_BENEFIT,
    ITEM_SAYS_DUTY,
    LABEL_PATTERNS,
    TOOLTIP_LEVEL,
    COMPANY_SITE_BEFORE,
    COMPANY_SITE_AFTER,
    DEPARTMENTS,
    OURSELVES,
    TITLE_AT_COMPANY,
    NAME_JOINED,
    ENDS_IN_LEGAL_FORM,
    HAS_LEGAL_FORM,
    LINE_NAME,
    ABOUT_COMPANY_HEADING,
    COMPANY_HIRING,
    LOWER_SUBJECT_HIRING,
    COMPANY_IS,
    NAME_WITH_SHORT,
    WE_ARE,
    AUTHOR_CREDIT,
    NAME_IN_LEGAL_FORM,
    WE,
    AT_COMPANY,
    COMPANY_OFFERS,
    TITLE_MARKER,
    TITLE_OCCUPATION,
    SEEKING,
    LIST_TITLE,
    TITLE_PREFIX,
    DOCUMENT_TITLE_PREFIX,
    TITLE_AND_COMPANY,
    TITLE_SEEKS,
    TITLE_SOUGHT,
    PAGE_WORDS,
    NO_JOB_TITLE,
    DOCUMENT_TITLE_COMPANY,
    AFTER_TITLE_COMPANY,
    BOT_CHECK,
    APPLY_WORDS,
    SKILL_LIST_GAP,
    PRODUCT_BEFORE,
    JOB_LINK,
    PLACE_NAME,
    TOWN_AND_REGION_CODE,
    PLACE_CODE,
    INLINE_PLACE_LABEL,
    PLACE_LABEL,
    NOT_A_CITY,
    PLACE_LIST_GAP,
    LIST_JOINER,
    BASED_IN,
    SITE_WORD_AFTER_PLACE,
    VAGUE_PLACE,
    UNIT_NAME,
    MONTHS,
    NUMBER_WORDS,
    PERIOD_ALT,
    GROSS_NET_ALT,
    CURRENCY_NAME_ALT,
    CURRENCY_BY_NAME,
    KRONA_PLACES_ALT,
    PERIOD_BEFORE,
    PAY_WORDS,
    NOT_PAY_BEFORE,
    NOT_PAY_AFTER,
    PERK_LINE,
    PAY_LINE,
    THOUSAND,
    MILLION,
    LAKH_SUFFIX,
    LAKH_PER_YEAR,
    CRORE_SUFFIX,
    NOT_MONEY_AFTER,
    RANGE_GAP,
    GRADED_RANGE_GAP,
    OPEN_ABOVE_BEFORE,
    TITLE_CAPS,
    TITLE_LEVELS,
    MANAGER,
    LABEL_LEVELS,
    NOT_APPLICABLE,
    EMPLOYMENT,
    JOB_NOUN,
    JOB_NOUN_ALONE,
    EMPLOYMENT_NOISE,
    INTERNSHIP_ONLY_AS_LABEL,
    EMPLOYED,
    TITLE_HOURS_TAG,
    PART_TIME_ROLE,
    WEEKLY_HOURS,
    LABEL_HYBRID,
    LABEL_REMOTE,
    LABEL_ONSITE,
    NOT_REMOTE,
    DESC_HYBRID,
    DESC_REMOTE,
    DESC_ONSITE,
    NEGATED_REMOTE,
    EXPERIENCE_YEARS,
    EXPERIENCE_CONTEXT,
    NOT_CANDIDATE_BEFORE,
    NOT_CANDIDATE_AFTER,
    ITEM_START,
    YEARS_DOING,
    BACHELOR,
    MASTER,
    PHD,
    BACHELOR_ABBREVIATION,
    MASTER_ABBREVIATION,
    VISA_NO,
    VISA_YES,
    LANGUAGE_OF_GROUP,
    LANGUAGE_NAMES,
    LANGUAGE_BY_ABBREVIATION,
    LANGUAGE_ABBREVIATIONS,
    LANGUAGE_CUE,
    COMPOUND_CUE,
    MENTIONS,
  });
}

/** The patterns and word lists of one set of languages. */
export type Words = ReturnType<typeof buildWords>;
