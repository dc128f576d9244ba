// A CV's text read for a profile to start from: the skills, years of experience,
// degrees and spoken languages it names, found by the extractor's own readers, for
// the person to confirm one by one. Nothing is kept but what they confirm.
import { educationIn } from '../extract/facts/education';
import { experienceYearsIn } from '../extract/facts/experience';
import { spokenLanguagesIn } from '../extract/facts/languages';
import { skillNames } from '../extract/skills';
import { fold } from '../extract/text';
import type { Education } from '../model/posting';
import { regexLiteral } from '../model/regex-literal';
import { languagesNamed } from './languages';
import { CV_EXPERIENCE_HEADINGS, CV_LANGUAGE_HEADINGS, CV_NOW_WORDS, CV_OTHER_HEADINGS } from './words';

export interface CvProposal {
  skills: string[];
  /** Years of experience: as the CV states them, else counted from the dates of its work history. */
  years: number | null;
  /** How the years were found, for the person to judge. */
  yearsFrom: 'stated' | 'dates' | null;
  degrees: Education[];
  languages: string[];
}

const heading = (words: readonly string[]) => new RegExp(`^(?:${words.map(regexLiteral).join('|')})\\s*:?$`);
const EXPERIENCE_HEADING = heading(CV_EXPERIENCE_HEADINGS);
const LANGUAGE_HEADING = heading(CV_LANGUAGE_HEADINGS);
const ANY_HEADING = heading([...CV_EXPERIENCE_HEADINGS, ...CV_LANGUAGE_HEADINGS, ...CV_OTHER_HEADINGS]);
const NOW = CV_NOW_WORDS.map((w) => w.replace(/'/g, "'")).join('|');
/** "2016 – 2019", "03/2018 - heute", "janv. 2020 – aujourd'hui", "2019 to present". */
const RANGE = new RegExp(
  `((?:19|20)\\d{2})\\s*(?:-|–|—|to|bis|a|au|jusqu'a)\\s*(?:(?:[a-z.]+|\\d{1,2}[./])\\s*)?((?:19|20)\\d{2}|${NOW})(?![\\p{L}\\p{N}])`,
  'gu',
);

const isHeading = (line: string, pattern: RegExp) => pattern.test(fold(line).replace(/[#*_]/g, '').trim());

/** The lines under a heading `pattern` matches, up to the next heading; null when there is none. */
function partUnder(text: string, pattern: RegExp): string | null {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => isHeading(line, pattern));
  if (start < 0) return null;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => isHeading(line, ANY_HEADING));
  return rest.slice(0, end < 0 ? undefined : end).join('\n');
}

/** The languages a CV's languages part names ("Français : langue maternelle"), where no requirement word is needed. */
function languagesListed(text: string): string[] {
  const part = partUnder(text, LANGUAGE_HEADING);
  return part ? languagesNamed(part) : [];
}

/** Years from the first start to the last end of the work history's date ranges (a job held now ends `now`). */
export function yearsFromDates(text: string, now = new Date()): number | null {
  const thisYear = now.getUTCFullYear();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const match of fold(partUnder(text, EXPERIENCE_HEADING) ?? text).matchAll(RANGE)) {
    const from = Number(match[1]);
    const to = /^\d+$/.test(match[2]!) ? Number(match[2]) : thisYear;
    if (to < from || to > thisYear) continue;
    first = Math.min(first, from);
    last = Math.max(last, to);
  }
  return Number.isFinite(first) ? last - first : null;
}

export function readCv(text: string, now = new Date()): CvProposal {
  const stated = experienceYearsIn(text)?.value.min ?? null;
  const dated = stated === null ? yearsFromDates(text, now) : null;
  return {
    skills: skillNames(text),
    years: stated ?? dated,
    yearsFrom: stated !== null ? 'stated' : dated !== null ? 'dates' : null,
    degrees: educationIn(text)?.value ?? [],
    languages: [...new Set([...languagesListed(text), ...(spokenLanguagesIn(text)?.value ?? [])])],
  };
}
