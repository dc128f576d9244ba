// Seniority from a job title, or from the value of a seniority field ("Mid-Senior level").
// Leans towards null: a wrong level shown to a job seeker is worse than none.
import type { Seniority } from '../../model/posting';
import { currentWords, TITLE_LEVEL_ORDER } from '../words';

/**
 * Seniority from a job title, by the fixtures' rule: VP/Chief/C-level →
 * executive, Director/Head → director, then principal, staff, lead, senior,
 * mid, junior, intern, the highest present winning; "Manager" only where no
 * such word stands. "II"/"III" and "Associate" say nothing; "Account
 * Executive" is a sales role, not an executive.
 */
export function seniorityFromTitle(title: string): Seniority | null {
  const { TITLE_CAPS, TITLE_LEVELS, MANAGER } = currentWords();
  if (!title) return null;
  if (TITLE_CAPS.test(title)) return 'executive';
  let best = -1;
  TITLE_LEVELS.lastIndex = 0;
  for (let match = TITLE_LEVELS.exec(title); match; match = TITLE_LEVELS.exec(title)) {
    const rank = match.slice(1).findIndex((group) => group !== undefined);
    if (best < 0 || rank < best) best = rank;
    if (best === 0) break;
    TITLE_LEVELS.lastIndex = match.index + 1; // a match may hide a higher level starting inside it
  }
  if (best >= 0) return TITLE_LEVEL_ORDER[best] ?? null;
  return MANAGER.test(title) ? 'manager' : null;
}

/**
 * Seniority from the value of an explicit seniority field (LinkedIn "Seniority level", Stack
 * Overflow "Experience level", and their translations). Choices: LinkedIn's "Associate" reads
 * as junior (an early-career level above entry), "Mid-Senior level" as mid (it covers
 * experienced individual contributors, and mid is the level it certainly includes). Where a
 * value lists several ("Junior, Mid-Level"), the first is taken.
 */
export function seniorityFromText(label: string): Seniority | null {
  const { NOT_APPLICABLE, LABEL_LEVELS } = currentWords();
  if (!label || NOT_APPLICABLE.test(label)) return null;
  let best: Seniority | null = null;
  let bestAt = Number.POSITIVE_INFINITY;
  let bestLength = 0;
  for (const [level, pattern] of LABEL_LEVELS) {
    const match = pattern.exec(label);
    // Earliest wins; at the same place the longer phrase ("Mid-Senior level" over "Mid").
    if (match && (match.index < bestAt || (match.index === bestAt && match[0].length > bestLength))) {
      best = level;
      bestAt = match.index;
      bestLength = match[0].length;
    }
  }
  return best;
}
