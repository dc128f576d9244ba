// Which readers read a job's stored asks (model/item-asks.ts): a digest of what
// decides what an item asks — the words and patterns of every language (allWords), the
// skills data, and the readers' own code — so asks kept from an older Jobmark
// (whose reader a later version improved) are read again rather than trusted.
import { educationIn } from '../extract/facts/education';
import { experienceYearsIn } from '../extract/facts/experience';
import { spokenLanguagesIn } from '../extract/facts/languages';
import { sentenceAfter, sentenceBefore } from '../extract/facts/sentence';
import { findSkills } from '../extract/skills';
import { TECHNOLOGIES } from '../extract/skills-data';
import { allWords } from '../extract/words';
import { EITHER_WORDS } from './words';

/** Raised by hand when what is stored for an item changes shape. */
const ASKS_FORMAT = 1;

/** Patterns, sets and maps as text, so a changed word or pattern changes the digest. */
function asText(_key: string, value: unknown): unknown {
  if (value instanceof RegExp) return String(value);
  if (value instanceof Set) return [...value];
  if (value instanceof Map) return [...value];
  if (typeof value === 'function') return String(value);
  return value;
}

/** FNV-1a, 32 bits, twice with two seeds: a digest to tell versions apart, not a defence. */
function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/**
 * The stamp of the readers in this build. `readerCode`: the fit's own reading functions
 * (read-items.ts), whose code counts as the extractor's does.
 */
export function readerStamp(readerCode: readonly ((...args: never[]) => unknown)[]): string {
  return digest(
    JSON.stringify(
      [
        ASKS_FORMAT,
        EITHER_WORDS,
        allWords(),
        TECHNOLOGIES,
        [experienceYearsIn, educationIn, spokenLanguagesIn, sentenceAfter, sentenceBefore, findSkills, ...readerCode],
      ],
      asText,
    ),
  );
}
