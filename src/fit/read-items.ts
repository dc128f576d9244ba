// What each requirement and nice-to-have of a posting asks that a profile can
// answer: the skills it names, the years, the degree, the spoken languages. Read
// with the extractor's own readers. It does not depend on the profile, so it is
// read when a job is written and kept with it (model/item-asks.ts): weighing
// 10,000 saved jobs against a profile then reads no text at all.
import { educationIn } from '../extract/facts/education';
import { experienceYearsIn } from '../extract/facts/experience';
import { spokenLanguagesIn } from '../extract/facts/languages';
import { findSkills } from '../extract/skills';
import type { StoredAsks, StoredItemAsks } from '../model/item-asks';
import type { JobPosting } from '../model/posting';
import { readerStamp } from './reader-stamp';
import { EITHER_WORDS } from './words';

/** What an item asks: its text, and what it names (absent: nothing of that kind). */
export type ItemAsks = StoredItemAsks;

export interface PostingAsks {
  requirements: readonly ItemAsks[];
  niceToHave: readonly ItemAsks[];
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

/** What one item asks, as kept: only what it asks. */
function readItem(text: string, skills: string[]): ItemAsks {
  const out: ItemAsks = { text };
  if (skills.length) out.skills = skills;
  // Only a word says so: a slash joins alternatives ("Java/Kotlin") as often as a set ("GPU/TPU/Trainium").
  if (skills.length > 1 && EITHER.test(text.toLowerCase().replace(/’/g, "'"))) out.either = true;
  const years = experienceYearsIn(text)?.value;
  if (years) out.years = years;
  const degrees = educationIn(text)?.value;
  if (degrees?.length) out.degrees = degrees;
  const languages = spokenLanguagesIn(text)?.value;
  if (languages?.length) out.languages = languages;
  return out;
}

let stamp: string | undefined;

/** The stamp of this build's readers (reader-stamp.ts), made once. */
export function currentReader(): string {
  stamp ??= readerStamp([readItem, skillsOfItems]);
  return stamp;
}

/** The items weighed, in order: requirements, then nice-to-haves. */
const itemsOf = (p: JobPosting): string[] => [...p.requirements, ...p.niceToHave];

/** The asks of `texts`, in their order: those `known` holds as they are, the others read (in one pass for skills). */
function asksOf(texts: readonly string[], known: ReadonlyMap<string, ItemAsks>): ItemAsks[] {
  const fresh = [...new Set(texts.filter((t) => !known.has(t)))];
  const skills = skillsOfItems(fresh);
  const read = new Map(fresh.map((t, i) => [t, readItem(t, skills[i]!)]));
  return texts.map((t) => known.get(t) ?? read.get(t)!);
}

/** The kept asks by text, where this build's readers read them. */
const byText = (kept: StoredAsks | undefined): Map<string, ItemAsks> =>
  new Map(kept?.reader === currentReader() ? kept.items.map((item) => [item.text, item]) : []);

/**
 * The asks to keep with a job: every item of `weighed` (the posting its fit weighs) in its order, then those
 * of `others` (the posting as saved, when a later reading is weighed) not among them. What `kept` holds
 * from this build's readers is taken as it is; only the items it lacks are read.
 */
export function readAsks(weighed: JobPosting, others: readonly JobPosting[] = [], kept?: StoredAsks): StoredAsks {
  const first = itemsOf(weighed);
  const seen = new Set(first);
  const rest = [...new Set(others.flatMap(itemsOf))].filter((t) => !seen.has(t));
  return { reader: currentReader(), items: asksOf([...first, ...rest], byText(kept)) };
}

/** Whether `kept` holds the asks of `texts` in their order, read by this build's readers. */
function inOrder(kept: StoredAsks | undefined, texts: readonly string[]): kept is StoredAsks {
  if (kept?.reader !== currentReader() || kept.items.length < texts.length) return false;
  for (let i = 0; i < texts.length; i++) if (kept.items[i]!.text !== texts[i]) return false;
  return true;
}

/**
 * Whether `kept` is as readAsks() would make it now: this build's readers, the items of `weighed` first and
 * in order (so the fit takes them as they are), and every item of `others`.
 */
export function asksCurrent(
  kept: StoredAsks | undefined,
  weighed: JobPosting,
  others: readonly JobPosting[] = [],
): boolean {
  if (!inOrder(kept, itemsOf(weighed))) return false;
  const texts = new Set(kept.items.map((item) => item.text));
  return others.every((p) => itemsOf(p).every((t) => texts.has(t)));
}

const cache = new WeakMap<JobPosting, PostingAsks>();

/**
 * The asks of a posting's requirements and nice-to-haves, once per posting object. `kept`: the asks stored
 * with its job, taken as they are when they are this posting's in order (comparing texts, nothing read);
 * an item they lack (one the person added since, or every item when another build's readers read them) is read here.
 */
export function postingAsks(posting: JobPosting, kept?: StoredAsks): PostingAsks {
  let asks = cache.get(posting);
  if (!asks) {
    const texts = itemsOf(posting);
    const all = inOrder(kept, texts) ? kept.items : asksOf(texts, byText(kept));
    asks = {
      requirements: all.slice(0, posting.requirements.length),
      niceToHave: all.slice(posting.requirements.length, texts.length),
    };
    cache.set(posting, asks);
  }
  return asks;
}
