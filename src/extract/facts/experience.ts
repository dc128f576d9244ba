// Years of experience a posting asks for ("5+ years", "3-5 Jahre Berufserfahrung", "3 roky praxe").
import type { ExperienceYears } from '../../model/posting';
import type { FoundInText } from '../types';
import { currentWords, mayMatch } from '../words';
import { sentenceAfter, sentenceBefore } from './sentence';

function numberValue(written: string): number {
  const { NUMBER_WORDS } = currentWords();
  const number = Number(written);
  return Number.isNaN(number) ? (NUMBER_WORDS[written.toLowerCase()] ?? Number.NaN) : number;
}

/**
 * The first years-of-experience requirement: "5+ years" → {min: 5}, "3-5
 * years" → {min: 3, max: 5}, "at least two years", "mindestens 3 Jahre
 * Berufserfahrung", "3 roky praxe". The sentence must be about experience, and
 * about the candidate rather than the company. Found where the number stands.
 */
export function experienceYearsIn(text: string): FoundInText<ExperienceYears> | null {
  const { EXPERIENCE_YEARS, NOT_CANDIDATE_BEFORE, NOT_CANDIDATE_AFTER, ITEM_START, YEARS_DOING, EXPERIENCE_CONTEXT } =
    currentWords();
  if (!text || !mayMatch(EXPERIENCE_YEARS, text)) return null;
  EXPERIENCE_YEARS.lastIndex = 0;
  for (let match = EXPERIENCE_YEARS.exec(text); match; match = EXPERIENCE_YEARS.exec(text)) {
    const end = match.index + match[0].length;
    const before = sentenceBefore(text, match.index, 60);
    const after = sentenceAfter(text, end, 90);
    if (NOT_CANDIDATE_BEFORE.test(before) || NOT_CANDIDATE_AFTER.test(after)) continue;
    // A bullet that opens with the years says what they are about without the word "experience":
    // "5+ years driving growth programs", "7 years of Go".
    const leadsItem = ITEM_START.test(before) && YEARS_DOING.test(after);
    if (!leadsItem && !EXPERIENCE_CONTEXT.test(after) && !EXPERIENCE_CONTEXT.test(before.slice(-40))) continue;
    const min = numberValue(match[1]!);
    const max = match[2] === undefined ? undefined : numberValue(match[2]);
    if (!Number.isFinite(min) || min > 40) continue;
    if (max !== undefined && Number.isFinite(max) && max > min && max <= 50)
      return { value: { min, max }, at: match.index };
    return { value: { min }, at: match.index };
  }
  return null;
}
