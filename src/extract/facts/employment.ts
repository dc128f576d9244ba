// Employment type from a label, a schema.org value or free text.
import type { EmploymentType } from '../../model/posting';
import { headerParts } from '../header-parts';
import { fold } from '../text';
import { currentWords, EMPLOYMENT_ORDER, mayMatch, POSITION_SHARE } from '../words';
import { workplaceFrom } from './workplace';

/** The text with the phrases that state no type blanked out, each character's place kept. */
function withoutNoise(text: string): string {
  const { EMPLOYMENT_NOISE } = currentWords();
  if (!mayMatch(EMPLOYMENT_NOISE, text)) return text;
  return text.replace(EMPLOYMENT_NOISE, (phrase) => ' '.repeat(phrase.length));
}

/**
 * Employment type from a label or short text, or from schema.org values
 * (FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN; for an array the first
 * that means something). "Permanent" says nothing about hours, so it is null;
 * the French CDD is a fixed-term contract, so temporary. When several are
 * named, the first written wins, but hours offered as a choice ("Full-time or part-time") are
 * none: the posting states neither.
 */
export function employmentTypeFrom(text: string | readonly unknown[]): EmploymentType | null {
  const { INTERNSHIP_ONLY_AS_LABEL, EMPLOYMENT } = currentWords();
  if (Array.isArray(text)) {
    for (const item of text) {
      if (typeof item !== 'string') continue;
      const type = employmentTypeFrom(item);
      if (type) return type;
    }
    return null;
  }
  if (typeof text !== 'string' || !text) return null;
  const clean = withoutNoise(text);
  // "Stage" is French for internship, but English "stage" is everywhere: only as the whole label.
  if (INTERNSHIP_ONLY_AS_LABEL.test(clean)) return 'internship';
  const types = typesNamed(clean, EMPLOYMENT);
  const choice = hoursChoice(types);
  return types.find((type) => !(choice && HOURS.has(type))) ?? null;
}

const HOURS: ReadonlySet<EmploymentType> = new Set(['full-time', 'part-time']);

/** Hours offered as a choice ("Full-time or part-time", "Vollzeit / Teilzeit") state neither. */
const hoursChoice = (types: readonly EmploymentType[]): boolean =>
  types.includes('full-time') && types.includes('part-time');

/** The types a text names, in the order it names them. */
function typesNamed(text: string, pattern: RegExp): EmploymentType[] {
  const types: EmploymentType[] = [];
  let rest = text;
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    const type = EMPLOYMENT_ORDER[match.slice(1).findIndex((group) => group !== undefined)];
    if (type) types.push(type);
    rest = rest.slice(match.index + Math.max(1, match[0].length));
  }
  return types;
}

/**
 * Whether the text states that the role is part-time ("The role is part-time with 15-20 hours
 * a week", "this is a part-time position", "Teilzeitstelle"): it is, whatever a site's
 * employment-type box defaults to ("Full-time" on LinkedIn).
 */
export function saysPartTime(text: string): boolean {
  const { PART_TIME_ROLE } = currentWords();
  return mayMatch(PART_TIME_ROLE, text) && PART_TIME_ROLE.test(text);
}

/**
 * A type word that is part of the job's name ("Contract Specialist", "Temporary Works Engineer"):
 * followed by another word of the title, not closing it as "Engineer (Contract)" does. Full- and
 * part-time are never a job's name.
 */
function typeWordInName(title: string): string | null {
  const { EMPLOYMENT } = currentWords();
  const clean = withoutNoise(title);
  const match = EMPLOYMENT.exec(clean);
  if (!match || !/^\s+\p{L}/u.test(clean.slice(match.index + match[0].length))) return null;
  // "EEN FULL TIME BINNENDIENST MEDEWERKER": hours name no job; they say what this one is.
  const type = employmentTypeFrom(match[0]);
  return type === 'full-time' || type === 'part-time' ? null : fold(match[0]);
}

/**
 * The employment type running text states: on a short line of its own ("Full-time", "CDI, temps
 * plein"), or beside a noun of a job ("a full-time position", "Stelle in Vollzeit"). A type word
 * elsewhere says nothing of this job ("our contract specialists", "full-time employees enjoy").
 */
export function employmentTypeStated(text: string, title = ''): EmploymentType | null {
  const { EMPLOYMENT, JOB_NOUN } = currentWords();
  const named = typeWordInName(title);
  const titleWord = firstTitleWord(title);
  for (const line of text.split('\n')) {
    if (line.length <= 60) {
      const type = employmentTypeFrom(line);
      if (type && !(named && fold(line).includes(named))) return type;
      continue;
    }
    const inHeader = typeInHeaderLine(line);
    if (inHeader) return inHeader;
    const clean = withoutNoise(line);
    const match = EMPLOYMENT.exec(clean);
    if (!match || fold(match[0]) === named) continue;
    const near = clean.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30);
    // "We're seeking a full-time Associate Buyer": the job's own title is its noun.
    const beforeTitle =
      !!titleWord &&
      fold(clean.slice(match.index + match[0].length, match.index + match[0].length + 40))
        .trimStart()
        .startsWith(titleWord);
    if (!JOB_NOUN.test(near) && !beforeTitle) continue;
    // "This position is part-time or full-time": a choice of hours states neither.
    if (hoursChoice(typesNamed(near, EMPLOYMENT))) continue;
    return employmentTypeFrom(match[0]);
  }
  return null;
}

/**
 * The type a posting's header line names as one of its parts ("Software Engineer - Oslo -
 * Full-time - Onsite", "… | Regelmäßige Reisen | Vollzeit"): a part that is the type's words
 * and nothing else, so that "Contract Specialist" or a sentence is no such part.
 */
function typeInHeaderLine(line: string): EmploymentType | null {
  const parts = headerParts(line, true);
  if (parts.length < 3) return null;
  for (const part of parts) {
    const type = typeOfPart(part);
    if (type) return type;
  }
  return null;
}

/** The type a part of a line of facts names where the part is its words alone ("Full-time", "Contract"). */
export function typeOfPart(part: string): EmploymentType | null {
  const bare = part.trim();
  if (bare.length > 30) return null;
  const match = currentWords().EMPLOYMENT.exec(withoutNoise(bare));
  return match && match[0].trim().length === bare.length ? employmentTypeFrom(bare) : null;
}

/** The first word of a title of at least four letters, folded ("associate" of "Associate Buyer"). */
function firstTitleWord(title: string): string | null {
  const word = fold(title)
    .split(/[^\p{L}\p{N}]+/u)
    .find(Boolean);
  return word && word.length >= 4 ? word : null;
}

/**
 * Full- or part-time from the hours a week the text states ("40h/Woche", "19 hours per week",
 * "15-20 uur per week": the larger figure): 35 or more is full-time (the shortest full week, in
 * France), fewer part-time.
 */
export function typeFromWeeklyHours(text: string): EmploymentType | null {
  const { WEEKLY_HOURS } = currentWords();
  const match = WEEKLY_HOURS.exec(text);
  if (!match) return null;
  const hours = Number(match[1]!.replace(',', '.'));
  if (hours >= 35 && hours <= 60) return 'full-time';
  return hours > 0 && hours < 35 ? 'part-time' : null;
}

/** A value that is only a share of a full position ("Stillingsprosent: 100%", "Pensum: 80–100 %"). */
const SHARE_VALUE = new RegExp(`^\\s*${POSITION_SHARE.source}\\s*$`, 'u');

/** The hours a share of a full position (in per cent) states: 100 is full-time, 10 to 99 part-time. */
function typeOfShare(share: number): EmploymentType | null {
  if (share === 100) return 'full-time';
  return share >= 10 && share < 100 ? 'part-time' : null;
}

/** Full- or part-time from a labelled share of a full position ("Stillingsprosent: 100%"). */
export function typeFromShareValue(value: string): EmploymentType | null {
  const match = SHARE_VALUE.exec(value);
  return match ? typeOfShare(Number(match[1])) : null;
}

/**
 * Full- or part-time from the share of a full position: in the title ("Projektmanagement (50%)",
 * "(60-80 %)") or beside a noun of a job ("50 % fast stilling"). 100 is full-time, less is
 * part-time; "100% remote" is a workplace, not a share.
 */
export function typeFromShare(title: string, text: string): EmploymentType | null {
  const { JOB_NOUN } = currentWords();
  for (const [source, near] of [
    [title, false],
    [text, true],
  ] as const) {
    const match = POSITION_SHARE.exec(source);
    if (!match) continue;
    const after = source.slice(match.index + match[0].length, match.index + match[0].length + 40);
    if (workplaceFrom(after.slice(0, 20))) continue;
    if (near && !JOB_NOUN.test(after)) continue;
    const type = typeOfShare(Number(match[1]));
    if (type) return type;
  }
  return null;
}
