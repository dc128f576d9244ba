// What each requirement and nice-to-have of a posting asks that a profile can
// answer: the skills it names, the years, the degree, the spoken languages. Read
// with the extractor's own readers, once per posting (it does not depend on the
// profile), so weighing 10,000 postings against a changed profile reads no text again.
import { educationIn } from '../extract/facts/education';
import { experienceYearsIn } from '../extract/facts/experience';
import { spokenLanguagesIn } from '../extract/facts/languages';
import { skillNames } from '../extract/skills';
import { fold } from '../extract/text';
import type { Education, ExperienceYears, JobPosting } from '../model/posting';
import { EITHER_WORDS } from './words';

export interface ItemAsks {
  text: string;
  /** Canonical names, in order of mention. */
  skills: string[];
  /** The skills are alternatives ("Python or Go"): one is enough. */
  either: boolean;
  years: ExperienceYears | null;
  /** The degree levels named; the lowest is enough. */
  degrees: Education[];
  languages: string[];
}

export interface PostingAsks {
  requirements: ItemAsks[];
  niceToHave: ItemAsks[];
}

const EITHER = new RegExp(
  `(?:^|[^\\p{L}])(?:${EITHER_WORDS.map((w) => w.replace(/'/g, "'")).join('|')})(?![\\p{L}])`,
  'u',
);

export function readItem(text: string): ItemAsks {
  const skills = skillNames(text);
  return {
    text,
    skills,
    either: skills.length > 1 && (EITHER.test(fold(text)) || /\S\/\S/.test(text)),
    years: experienceYearsIn(text)?.value ?? null,
    degrees: educationIn(text)?.value ?? [],
    languages: spokenLanguagesIn(text)?.value ?? [],
  };
}

const cache = new WeakMap<JobPosting, PostingAsks>();

/** The asks of a posting's requirements and nice-to-haves, read once per posting object. */
export function postingAsks(posting: JobPosting): PostingAsks {
  let asks = cache.get(posting);
  if (!asks) {
    asks = { requirements: posting.requirements.map(readItem), niceToHave: posting.niceToHave.map(readItem) };
    cache.set(posting, asks);
  }
  return asks;
}
