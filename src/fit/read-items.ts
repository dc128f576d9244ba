// What each requirement and nice-to-have of a posting asks that a profile can
// answer: the skills it names, the years, the degree, the spoken languages. Read
// with the extractor's own readers, once per posting (it does not depend on the
// profile), so weighing 10,000 postings against a changed profile reads no text again.
import { educationIn } from '../extract/facts/education';
import { experienceYearsIn } from '../extract/facts/experience';
import { spokenLanguagesIn } from '../extract/facts/languages';
import { findSkills } from '../extract/skills';
import type { Education, ExperienceYears, JobPosting } from '../model/posting';
import { skillKey } from './skills';
import { EITHER_WORDS } from './words';

export interface ItemAsks {
  text: string;
  /** Canonical names, in order of mention. */
  skills: string[];
  /** The skills' keys (skills.ts skillKey), made once here rather than at every weighing. */
  skillKeys: string[];
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

/**
 * Between items when a posting's items are read for skills in one pass: no list
 * joiner and no word, so a name in one item is never taken as listed with a name in the next.
 */
const BETWEEN = '\n§§\n';

/** Each item's skills, in order of mention, from one reading of all the items (the skills reader costs most per call). */
function skillsOfItems(items: readonly string[]): string[][] {
  const out = items.map((): string[] => []);
  if (!items.length) return out;
  const starts: number[] = [];
  let at = 0;
  for (const item of items) {
    starts.push(at);
    at += item.length + BETWEEN.length;
  }
  let k = 0;
  for (const hit of findSkills(items.join(BETWEEN))) {
    while (k + 1 < starts.length && hit.start >= starts[k + 1]!) k++;
    const list = out[k]!;
    if (!list.includes(hit.name)) list.push(hit.name);
  }
  return out;
}

function readItem(text: string, skills: string[]): ItemAsks {
  return {
    text,
    skills,
    skillKeys: skills.map(skillKey),
    // Only a word says so: a slash joins alternatives ("Java/Kotlin") as often as a set ("GPU/TPU/Trainium").
    either: skills.length > 1 && EITHER.test(text.toLowerCase().replace(/’/g, "'")),
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
    const items = [...posting.requirements, ...posting.niceToHave];
    const skills = skillsOfItems(items);
    const read = items.map((text, i) => readItem(text, skills[i]!));
    asks = {
      requirements: read.slice(0, posting.requirements.length),
      niceToHave: read.slice(posting.requirements.length),
    };
    cache.set(posting, asks);
  }
  return asks;
}
