// Degree levels a posting names as required or accepted.
import type { Education } from '../../model/posting';
import type { FoundInText } from '../types';
import { currentWords, execWhereMay } from '../words';

/** Where the first of the patterns that matches matches (the next ones are not read), or -1. */
function firstAt(text: string, patterns: readonly RegExp[]): number {
  for (const pattern of patterns) {
    const match = execWhereMay(pattern, text);
    if (match) return match.index;
  }
  return -1;
}

/**
 * Degree levels a posting names as required or accepted, in the order
 * bachelor, master, phd. "BS"/"MS"/"MA" count only beside another degree or
 * "degree"; "Master" never in "Scrum Master", "master data" or "masterclass".
 * "Advanced degree" could be either higher level and is not counted. Found
 * where the earliest of the degrees it names is written.
 */
export function educationIn(text: string): FoundInText<Education[]> | null {
  const { BACHELOR, BACHELOR_ABBREVIATION, MASTER, MASTER_ABBREVIATION, PHD } = currentWords();
  if (!text) return null;
  const levels: [Education, number][] = [
    ['bachelor', firstAt(text, [BACHELOR, BACHELOR_ABBREVIATION])],
    ['master', firstAt(text, [MASTER, MASTER_ABBREVIATION])],
    ['phd', firstAt(text, [PHD])],
  ];
  const named = levels.filter(([, at]) => at >= 0);
  if (!named.length) return null;
  return { value: named.map(([level]) => level), at: Math.min(...named.map(([, at]) => at)) };
}
