// Checks for a profile wherever it comes from (the profile form, a backup): a
// backup is hostile input like any page, so every field is checked and the
// profile that comes out is rebuilt from the known fields only.
import type { Education, EmploymentType, SalaryPeriod, Workplace } from './posting';
import {
  type CvVersion,
  type PayFloor,
  type Profile,
  type ProfileSkill,
  SKILL_LEVELS,
  type SkillLevel,
} from './profile';
import { hasProtoKey, isIsoTime, isObject } from './validate';

export const DEGREES: readonly Education[] = ['bachelor', 'master', 'phd'];
export const WORKPLACES: readonly Workplace[] = ['remote', 'hybrid', 'onsite'];
export const EMPLOYMENT_TYPES: readonly EmploymentType[] = [
  'full-time',
  'part-time',
  'contract',
  'temporary',
  'internship',
];
export const PERIODS: readonly SalaryPeriod[] = ['hour', 'day', 'week', 'month', 'year'];
/** At most this many skills, places, languages: a profile is one person's. */
const MAX_ITEMS = 300;
const MAX_NAME = 200;

const name = (v: unknown): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= MAX_NAME && !/\p{Cc}/u.test(v);
const names = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_ITEMS && v.every(name);
const oneOfList = <T extends string>(v: unknown, values: readonly T[]): v is T[] =>
  Array.isArray(v) && v.length <= values.length && v.every((x) => values.includes(x)) && new Set(v).size === v.length;
/** Years: a whole or half number from 0 to 70. */
export const isYears = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 70 && Number.isInteger(v * 2);

function skillProblem(v: unknown, i: number): string | null {
  if (!isObject(v)) return `skill ${i + 1} is not an object`;
  if (!name(v.name)) return `skill ${i + 1} has no name (or one over ${MAX_NAME} characters)`;
  if (v.level !== null && !SKILL_LEVELS.includes(v.level as SkillLevel))
    return `the level of ${JSON.stringify(v.name)} is not one of ${SKILL_LEVELS.join(', ')}`;
  if (v.years !== null && !isYears(v.years)) return `the years of ${JSON.stringify(v.name)} are not a number of years`;
  return null;
}

function payProblem(v: unknown): string | null {
  if (v === null) return null;
  if (!isObject(v)) return 'the lowest pay is not an amount, currency and period';
  if (typeof v.amount !== 'number' || !Number.isFinite(v.amount) || v.amount <= 0 || v.amount > 1e9)
    return 'the lowest pay is not an amount above 0';
  if (typeof v.currency !== 'string' || !/^[A-Z]{3}$/.test(v.currency))
    return 'the currency of the lowest pay is not a three-letter code (EUR, USD, GBP…)';
  if (!PERIODS.includes(v.period as SalaryPeriod))
    return 'the period of the lowest pay is not hour, day, week, month or year';
  return null;
}

/** At most this many CV versions, each of this many characters: a few pages of text. */
export const MAX_CVS = 30;
export const MAX_CV_TEXT = 100_000;

function cvsProblem(v: unknown): string | null {
  if (v === undefined) return null;
  if (!Array.isArray(v) || v.length > MAX_CVS) return `its CV versions are not a list of up to ${MAX_CVS}`;
  const names = new Set<string>();
  for (const [i, cv] of v.entries()) {
    if (!isObject(cv) || !name(cv.name)) return `CV version ${i + 1} has no name (or one over ${MAX_NAME} characters)`;
    if (names.has(cv.name.trim().toLowerCase())) return `two CV versions are named ${JSON.stringify(cv.name)}`;
    names.add(cv.name.trim().toLowerCase());
    if (typeof cv.text !== 'string' || cv.text.length > MAX_CV_TEXT)
      return `the CV version ${JSON.stringify(cv.name)} is not text of up to ${MAX_CV_TEXT.toLocaleString('en-US')} characters`;
    if (!isIsoTime(cv.savedAt)) return `the CV version ${JSON.stringify(cv.name)} has no ISO 8601 time`;
  }
  return null;
}

/** Why `v` is not a profile, in words; null when it is one. */
export function profileProblem(v: unknown): string | null {
  if (!isObject(v)) return 'it is not an object';
  if (hasProtoKey(v)) return 'it holds a "__proto__" key, which no Jobmark record has';
  if (!Array.isArray(v.skills) || v.skills.length > MAX_ITEMS) return `its skills are not a list of up to ${MAX_ITEMS}`;
  for (const [i, skill] of v.skills.entries()) {
    const problem = skillProblem(skill, i);
    if (problem) return problem;
  }
  if (v.years !== null && !isYears(v.years)) return 'its years of experience are not a number from 0 to 70';
  if (!oneOfList(v.degrees, DEGREES)) return 'its degrees are not among bachelor, master, phd';
  if (!names(v.languages)) return 'its languages are not a list of names';
  if (!names(v.places)) return 'its places are not a list of names';
  if (!oneOfList(v.workplaces, WORKPLACES)) return 'its ways of working are not among remote, hybrid, onsite';
  const pay = payProblem(v.payFloor);
  if (pay) return pay;
  if (v.needsSponsorship !== null && typeof v.needsSponsorship !== 'boolean')
    return 'whether it needs visa sponsorship is not yes, no or unsaid';
  if (!oneOfList(v.employmentTypes, EMPLOYMENT_TYPES))
    return `its employment types are not among ${EMPLOYMENT_TYPES.join(', ')}`;
  if (v.updatedAt !== null && !isIsoTime(v.updatedAt)) return 'its "updatedAt" is not an ISO 8601 time';
  return cvsProblem(v.cvs);
}

/** A checked profile rebuilt from its known fields (call after profileProblem() returned null). */
export function cleanProfile(p: Profile): Profile {
  const pay: PayFloor | null = p.payFloor && {
    amount: p.payFloor.amount,
    currency: p.payFloor.currency,
    period: p.payFloor.period,
  };
  return {
    skills: p.skills.map((s): ProfileSkill => ({ name: s.name.trim(), level: s.level, years: s.years })),
    years: p.years,
    degrees: [...p.degrees],
    languages: p.languages.map((l) => l.trim()),
    places: p.places.map((l) => l.trim()),
    workplaces: [...p.workplaces],
    payFloor: pay,
    needsSponsorship: p.needsSponsorship,
    employmentTypes: [...p.employmentTypes],
    updatedAt: p.updatedAt,
    ...(p.cvs?.length && {
      cvs: p.cvs.map((cv): CvVersion => ({ name: cv.name.trim(), text: cv.text, savedAt: cv.savedAt })),
    }),
  };
}

/** The profile in `v`, checked and rebuilt; throws an Error saying what is wrong. */
export function parseProfile(v: unknown, where: string): Profile {
  const problem = profileProblem(v);
  if (problem) throw new Error(`The profile in ${where} is not valid: ${problem}.`);
  return cleanProfile(v as unknown as Profile);
}
