// Structural checks for data that crosses a trust boundary (a message from a
// content script, an imported file): TypeScript types vanish at run time.
import { MAX_REASON } from './history';
import type { JobPosting } from './posting';
import { type HistoryEdit, isStatus, type StatusChange } from './saved-job';

const MAX_TEXT = 200_000;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
export const isTextOrNull = (v: unknown, max = MAX_TEXT): v is string | null => v === null || isText(v, max);
export const isTextList = (v: unknown, maxItems = 500): v is string[] =>
  Array.isArray(v) && v.length <= maxItems && v.every((s) => isText(s, 20_000));

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** An ISO 8601 time with its offset ("2026-03-02T09:00:00.000Z"). */
export const isIsoTime = (v: unknown): v is string =>
  typeof v === 'string' && ISO.test(v) && !Number.isNaN(Date.parse(v));
/** A calendar day, YYYY-MM-DD, that exists. */
export function isDay(v: unknown): boolean {
  if (typeof v !== 'string' || !DAY.test(v)) return false;
  const day = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(v);
}

/** One event of a status history: a status and an ISO time. */
export const isStatusChange = (v: unknown): v is StatusChange => isObject(v) && isStatus(v.status) && isIsoTime(v.at);

/** One correction of a status history (model/history.ts). */
export const isHistoryEdit = (v: unknown): v is HistoryEdit =>
  isObject(v) &&
  isIsoTime(v.at) &&
  isStatusChange(v.from) &&
  (v.to === null || isStatusChange(v.to)) &&
  isText(v.reason, MAX_REASON) &&
  v.reason.trim() !== '';

/**
 * An http(s) address, the one check for every address Jobmark keeps and every
 * link it makes: a page, a backup or a CSV file can hold javascript:, data: or
 * vbscript: "addresses", and a link made of one runs in the extension's page.
 * The text must begin with http:// or https:// (nothing before it for the URL
 * parser to skip) and parse as an address.
 */
export function isWebUrl(v: unknown): boolean {
  if (!isText(v, 10_000) || !/^https?:\/\//i.test(v)) return false;
  try {
    const { protocol } = new URL(v);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Whether parsed data holds a "__proto__" key at any depth. JSON.parse (and a
 * structured clone) keep it as an own key; copied into another object by
 * assignment or a spread-and-assign merge it would set that object's prototype
 * instead. No Jobmark record has one, so data with one is refused, not cleaned.
 */
export function hasProtoKey(v: unknown): boolean {
  const seen = new Set<object>();
  const stack = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x !== 'object' || x === null || seen.has(x)) continue;
    if (Object.hasOwn(x, '__proto__')) return true;
    seen.add(x);
    for (const value of Object.values(x)) stack.push(value);
  }
  return false;
}

const isOneOf = (v: unknown, values: readonly string[]) => v === null || (typeof v === 'string' && values.includes(v));
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** True when `v` has the shape of a JobPosting (see model/posting.ts). */
export function isJobPostingShape(v: unknown): v is JobPosting {
  if (!isObject(v)) return false;
  const salary = v.salary;
  const years = v.experienceYears;
  return (
    typeof v.isJobPosting === 'boolean' &&
    isText(v.url, 10_000) &&
    isTextOrNull(v.title, 2_000) &&
    isTextOrNull(v.company, 2_000) &&
    isTextList(v.locations) &&
    isOneOf(v.workplace, ['remote', 'hybrid', 'onsite']) &&
    isOneOf(v.employmentType, ['full-time', 'part-time', 'contract', 'temporary', 'internship']) &&
    isOneOf(v.seniority, [
      'intern',
      'junior',
      'mid',
      'senior',
      'staff',
      'principal',
      'lead',
      'manager',
      'director',
      'executive',
    ]) &&
    (salary === null ||
      (isObject(salary) &&
        isFiniteNumber(salary.min) &&
        (salary.max === null || isFiniteNumber(salary.max)) &&
        isTextOrNull(salary.currency, 10) &&
        isOneOf(salary.period, ['hour', 'day', 'week', 'month', 'year']))) &&
    isTextOrNull(v.salaryText, 2_000) &&
    isTextOrNull(v.applyUrl, 10_000) &&
    isTextOrNull(v.datePosted, 40) &&
    isTextList(v.skills) &&
    Array.isArray(v.education) &&
    v.education.every((e) => isOneOf(e, ['bachelor', 'master', 'phd']) && e !== null) &&
    (years === null ||
      (isObject(years) && isFiniteNumber(years.min) && (years.max === undefined || isFiniteNumber(years.max)))) &&
    isTextList(v.responsibilities) &&
    isTextList(v.requirements) &&
    isTextList(v.niceToHave) &&
    isTextList(v.benefits) &&
    (v.visaSponsorship === null || typeof v.visaSponsorship === 'boolean') &&
    isTextList(v.languages) &&
    isText(v.description, 2_000_000) &&
    isObject(v.provenance)
  );
}
