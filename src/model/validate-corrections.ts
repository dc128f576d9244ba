// Checks for corrections, wherever they come from (a message, a backup, a form):
// each says what is wrong in words a person can act on, or null. TypeScript's
// types vanish at run time; a value that fails here never reaches the store.

import type { CorrectionEdit } from './correction-edit';
import { type Corrections, FACT_FIELDS, type FactField, ITEM_PARTS, ITEM_PLACES } from './corrections';
import { EMPLOYMENT_WORDS, FACT_LABELS, PERIOD_WORDS, SENIORITY_WORDS, WORKPLACE_WORDS } from './fact-words';
import { hasProtoKey, isDay, isIsoTime, isObject } from './validate';

export const MAX_FACT_TEXT = 300;
export const MAX_ITEM_TEXT = 20_000;
const MAX_LIST = 100;
const MAX_AMOUNT = 1e9;
const MAX_MOVES = 2_000;
const MAX_ADDS = 500;
/** A selection added as an item: a few sentences, not a page. */
export const MAX_ADDED_TEXT = 2_000;

const oneOf = (words: Record<string, string>) => (v: unknown) =>
  v === null || (typeof v === 'string' && Object.hasOwn(words, v));

/** Why a list of short texts is not one; null when it is. */
function listProblem(label: string, v: unknown, maxText: number): string | null {
  if (!Array.isArray(v)) return `${label} must be a list of text.`;
  if (v.length > MAX_LIST) return `${label} can hold at most ${MAX_LIST} entries.`;
  if (!v.every((s) => typeof s === 'string')) return `${label} must be a list of text.`;
  if (v.some((s: string) => s.length > maxText))
    return `Each of ${label.toLowerCase()} can be at most ${maxText} characters.`;
  return null;
}

function salaryProblem(v: unknown): string | null {
  if (v === null) return null;
  if (!isObject(v) || Object.keys(v).some((k) => !['min', 'max', 'currency', 'period'].includes(k)))
    return 'A salary is a minimum, a maximum, a currency and a period.';
  const amount = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= MAX_AMOUNT;
  if (!amount(v.min)) return 'The salary’s minimum must be a number from 0 to 1,000,000,000.';
  if (v.max !== null && !amount(v.max))
    return 'The salary’s maximum must be a number from 0 to 1,000,000,000, or empty.';
  if (v.max !== null && (v.max as number) < (v.min as number)) return 'The salary’s maximum is below its minimum.';
  if (v.currency !== null && !(typeof v.currency === 'string' && /^\s*[A-Za-z]{3}\s*$/.test(v.currency)))
    return 'The currency must be a three-letter code such as EUR, USD or GBP, or empty.';
  if (!oneOf(PERIOD_WORDS)(v.period)) return 'The salary’s period must be hour, day, week, month or year, or empty.';
  return null;
}

/** Why `value` cannot be the person's value of `field`; null when it can. */
export function factProblem(field: FactField, value: unknown): string | null {
  const label = FACT_LABELS[field];
  switch (field) {
    case 'title':
    case 'company':
      if (value !== null && typeof value !== 'string') return `${label} must be text.`;
      return typeof value === 'string' && value.length > MAX_FACT_TEXT
        ? `${label} can be at most ${MAX_FACT_TEXT} characters.`
        : null;
    case 'locations':
    case 'skills':
      return listProblem(label, value, field === 'skills' ? 100 : MAX_FACT_TEXT);
    case 'workplace':
      return oneOf(WORKPLACE_WORDS)(value) ? null : 'Workplace must be remote, hybrid or on-site, or not stated.';
    case 'employmentType':
      return oneOf(EMPLOYMENT_WORDS)(value)
        ? null
        : `${label} must be one of ${Object.keys(EMPLOYMENT_WORDS).join(', ')}.`;
    case 'seniority':
      return oneOf(SENIORITY_WORDS)(value)
        ? null
        : `${label} must be one of ${Object.keys(SENIORITY_WORDS).join(', ')}.`;
    case 'salary':
      return salaryProblem(value);
    case 'datePosted':
      return value === null || isDay(value) ? null : 'Date posted must be a date (YYYY-MM-DD), or empty.';
  }
}

const isFactField = (v: unknown): v is FactField =>
  typeof v === 'string' && (FACT_FIELDS as readonly string[]).includes(v);
const isPart = (v: unknown) => typeof v === 'string' && (ITEM_PARTS as readonly string[]).includes(v);
const isPlace = (v: unknown) => typeof v === 'string' && (ITEM_PLACES as readonly string[]).includes(v);
const hasOnly = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).every((k) => keys.includes(k));
const isItemText = (v: unknown, max = MAX_ITEM_TEXT): v is string =>
  typeof v === 'string' && v.length <= max && v.trim() !== '';
/** An element's place on a page (model/posting.ts NodePath): child indexes, as deep as a page can be. */
const isNodePath = (v: unknown): boolean =>
  Array.isArray(v) && v.length <= 500 && v.every((i) => Number.isInteger(i) && i >= 0 && i < 1e6);

/** Why `v` is not text of the page to add as an item; null when it is. */
function addedTextProblem(v: unknown): string | null {
  if (typeof v !== 'string' || v.trim() === '') return 'Select some text on the page first.';
  if (v.length > MAX_ADDED_TEXT)
    return `Select at most ${MAX_ADDED_TEXT.toLocaleString('en')} characters: one item, not the page.`;
  return /(?![\t\n\r])\p{Cc}/u.test(v) ? 'The selected text holds control characters.' : null;
}

/** Why `v` is not one correction a person can make; null when it is. */
export function correctionEditProblem(v: unknown): string | null {
  if (!isObject(v) || hasProtoKey(v)) return 'A correction must be an object.';
  switch (v.kind) {
    case 'fact':
      if (!hasOnly(v, ['kind', 'field', 'value']) || !isFactField(v.field) || !('value' in v))
        return 'A corrected fact names one of the facts Jobmark reads and its value.';
      return factProblem(v.field, v.value);
    case 'read':
      return hasOnly(v, ['kind', 'field']) && isFactField(v.field)
        ? null
        : 'Only a fact Jobmark reads can go back to its value read.';
    case 'move':
      return hasOnly(v, ['kind', 'from', 'text', 'to']) && isPart(v.from) && isPlace(v.to) && isItemText(v.text)
        ? null
        : 'A moved item names the part it was read in, its text, and where it goes.';
    case 'heading':
      return hasOnly(v, ['kind', 'heading', 'from', 'to']) &&
        isPart(v.from) &&
        isPlace(v.to) &&
        isItemText(v.heading, MAX_FACT_TEXT)
        ? null
        : 'A moved heading names its words, the part it was read as, and where its items go.';
    case 'place':
      if (!hasOnly(v, ['kind', 'text', 'label']) || !(v.label === null || isItemText(v.label, 60)))
        return 'A place names its text and the words before it on the page.';
      if (typeof v.text === 'string' && v.text.length > MAX_FACT_TEXT)
        return `A place can be at most ${MAX_FACT_TEXT} characters.`;
      return addedTextProblem(v.text);
    case 'add':
      if (!hasOnly(v, ['kind', 'to', 'text', 'path']) || !isPart(v.to) || !(v.path === null || isNodePath(v.path)))
        return 'An added item names its part, its text and its place on the page.';
      return addedTextProblem(v.text);
    default:
      return 'Unknown kind of correction.';
  }
}

export const isCorrectionEdit = (v: unknown): v is CorrectionEdit => correctionEditProblem(v) === null;

/** Why `v` is not a job's corrections as stored (a backup is hostile input); null when it is. */
export function correctionsProblem(v: unknown): string | null {
  if (!isObject(v) || !hasOnly(v, ['facts', 'moves', 'adds']) || !isObject(v.facts) || !Array.isArray(v.moves))
    return 'its "corrections" are not facts and moves';
  for (const [field, c] of Object.entries(v.facts)) {
    if (!isFactField(field)) return `its "corrections" name an unknown fact ${JSON.stringify(field.slice(0, 40))}`;
    if (!isObject(c) || !hasOnly(c, ['value', 'at']) || !isIsoTime(c.at) || !('value' in c))
      return `its corrected ${field} has no value and time`;
    const problem = factProblem(field, c.value);
    if (problem) return `its corrected ${field} is not valid: ${problem}`;
  }
  if (v.moves.length > MAX_MOVES) return 'its "corrections" move too many items';
  for (const [i, m] of v.moves.entries()) {
    const ok =
      isObject(m) &&
      hasOnly(m, ['from', 'text', 'to', 'at']) &&
      isPart(m.from) &&
      isPlace(m.to) &&
      isItemText(m.text) &&
      isIsoTime(m.at);
    if (!ok) return `moved item ${i + 1} of its "corrections" is not a part, a text, a place and a time`;
  }
  if (v.adds === undefined) return null;
  if (!Array.isArray(v.adds) || v.adds.length > MAX_ADDS) return 'its added items are not a list';
  for (const [i, a] of v.adds.entries()) {
    const ok =
      isObject(a) &&
      hasOnly(a, ['to', 'text', 'path', 'at']) &&
      isPart(a.to) &&
      (a.path === null || isNodePath(a.path)) &&
      addedTextProblem(a.text) === null &&
      isIsoTime(a.at);
    if (!ok) return `added item ${i + 1} of its "corrections" is not a part, a text, a place and a time`;
  }
  return null;
}

/** Checked corrections, rebuilt from their known fields (call after correctionsProblem() returned null). */
export function cleanCorrections(c: Corrections): Corrections {
  const facts: Record<string, unknown> = {};
  for (const field of FACT_FIELDS) {
    const fact = c.facts[field];
    if (fact) facts[field] = { value: fact.value, at: fact.at };
  }
  return {
    facts: facts as Corrections['facts'],
    moves: c.moves.map((m) => ({ from: m.from, text: m.text, to: m.to, at: m.at })),
    ...(c.adds?.length && {
      adds: c.adds.map((a) => ({ to: a.to, text: a.text, path: a.path && [...a.path], at: a.at })),
    }),
  };
}
