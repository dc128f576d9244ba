// Employment type from a label, a schema.org value or free text.
import type { EmploymentType } from '../../model/posting';
import {
  EMPLOYMENT,
  EMPLOYMENT_NOISE,
  EMPLOYMENT_ORDER,
  INTERNSHIP_ONLY_AS_LABEL,
  JOB_NOUN,
  PART_TIME_ROLE,
} from '../words';

/**
 * Employment type from a label or short text, or from schema.org values
 * (FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN; for an array the first
 * that means something). "Permanent" says nothing about hours, so it is null;
 * the French CDD is a fixed-term contract, so temporary. When several are
 * named, the first written wins.
 */
export function employmentTypeFrom(text: string | readonly unknown[]): EmploymentType | null {
  if (Array.isArray(text)) {
    for (const item of text) {
      if (typeof item !== 'string') continue;
      const type = employmentTypeFrom(item);
      if (type) return type;
    }
    return null;
  }
  if (typeof text !== 'string' || !text) return null;
  const clean = text.replace(EMPLOYMENT_NOISE, (phrase) => ' '.repeat(phrase.length));
  // "Stage" is French for internship, but English "stage" is everywhere: only as the whole label.
  if (INTERNSHIP_ONLY_AS_LABEL.test(clean)) return 'internship';
  const match = EMPLOYMENT.exec(clean);
  return match ? (EMPLOYMENT_ORDER[match.slice(1).findIndex((group) => group !== undefined)] ?? null) : null;
}

/**
 * Whether the text states that the role is part-time ("The role is part-time with 15-20 hours
 * a week", "this is a part-time position", "Teilzeitstelle"): it is, whatever a site's
 * employment-type box defaults to ("Full-time" on LinkedIn).
 */
export function saysPartTime(text: string): boolean {
  return PART_TIME_ROLE.test(text);
}

/**
 * The employment type running text states: on a short line of its own ("Full-time", "CDI, temps
 * plein"), or beside a noun of a job ("a full-time position", "Stelle in Vollzeit"). A type word
 * elsewhere says nothing of this job ("our contract specialists", "full-time employees enjoy").
 */
export function employmentTypeStated(text: string): EmploymentType | null {
  for (const line of text.split('\n')) {
    if (line.length <= 60) {
      const type = employmentTypeFrom(line);
      if (type) return type;
      continue;
    }
    const clean = line.replace(EMPLOYMENT_NOISE, (phrase) => ' '.repeat(phrase.length));
    const match = EMPLOYMENT.exec(clean);
    if (!match) continue;
    const near = clean.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30);
    if (JOB_NOUN.test(near)) return employmentTypeFrom(match[0]);
  }
  return null;
}
