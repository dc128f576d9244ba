// How a posting fits a person, item by item, with the reason for each verdict:
// never one number without its reasons. Pure: a posting (as shown, with the
// person's corrections) and a profile in, plain data out; no browser, no store.
import { fold } from '../extract/text';
import type { StoredAsks } from '../model/item-asks';
import { describeSalary, type Education, type JobPosting, type SalaryPeriod } from '../model/posting';
import type { Profile, ProfileSkill } from '../model/profile';
import type { Verdict } from '../model/verdict';
import { folded } from './folded';
import { type ItemAsks, postingAsks } from './read-items';
import { canonicalSkill, skillKey } from './skills';

export type { Verdict } from '../model/verdict';

export interface ItemFit {
  text: string;
  verdict: Verdict;
  /** Why, one sentence per thing weighed ("PostgreSQL: you have Postgres"). Empty for 'unknown'. */
  reasons: string[];
}

export type DealBreakerKind = 'pay' | 'place' | 'workplace' | 'sponsorship' | 'language' | 'years' | 'employment';

export interface DealBreaker {
  kind: DealBreakerKind;
  /** Said plainly: "Pay below your floor: EUR 50,000–60,000 per year; yours is EUR 70,000 per year." */
  text: string;
}

export interface Fit {
  requirements: ItemFit[];
  niceToHave: ItemFit[];
  /** Skills the posting names that the profile does not list, as the posting names them. */
  missingSkills: string[];
  dealBreakers: DealBreaker[];
}

const DEGREE_RANK: Record<Education, number> = { bachelor: 1, master: 2, phd: 3 };
const DEGREE_NAME: Record<Education, string> = { bachelor: "a bachelor's", master: "a master's", phd: 'a PhD' };
/** Rough units in a working year: enough to weigh an hourly rate against a yearly floor. */
const PER_YEAR: Record<SalaryPeriod, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };
/** Years a posting may ask above the person's before it is a deal-breaker rather than a stretch. */
export const YEARS_FAR_ABOVE = 3;

interface Known {
  skills: Map<string, ProfileSkill>;
  languages: Set<string>;
  /** The places, folded. */
  places: string[];
}

const knownOf = new WeakMap<Profile, Known>();

/** The profile's skills by key and its languages folded, made once per profile. */
function known(profile: Profile): Known {
  let k = knownOf.get(profile);
  if (!k) {
    k = {
      skills: new Map(profile.skills.map((s) => [skillKey(s.name), s])),
      languages: new Set(profile.languages.map(fold)),
      places: profile.places.map(fold).filter(Boolean),
    };
    knownOf.set(profile, k);
  }
  return k;
}

const yearsText = (y: { min: number; max?: number }) => (y.max ? `${y.min}–${y.max} years` : `${y.min}+ years`);

type Weighed = 'met' | 'partly' | 'not-met';

/**
 * What one item's checks found: how many, how many met and not met, and, where `reasons` is a list, why,
 * in order. A reason is written only where it is asked for (`reasons?.push(…)` does not make its text
 * otherwise): the table's summaries of 10,000 jobs need the counts alone.
 */
class Weighing {
  checks = 0;
  met = 0;
  notMet = 0;
  constructor(public reasons: string[] | null) {}
  add(verdict: Weighed): void {
    this.checks++;
    if (verdict === 'met') this.met++;
    else if (verdict === 'not-met') this.notMet++;
  }
  /** Every check met is met, none met is not met, anything between is partly; no check, for the person to judge. */
  get verdict(): Verdict {
    if (!this.checks) return 'unknown';
    return this.met === this.checks ? 'met' : this.notMet === this.checks ? 'not-met' : 'partly';
  }
}

const skillVerdict = (mine: ProfileSkill | undefined): Weighed =>
  !mine ? 'not-met' : mine.level === 'beginner' ? 'partly' : 'met';

function skillSaid(name: string, mine: ProfileSkill | undefined): string {
  if (!mine) return `${name}: not in your profile`;
  const as = mine.name.toLowerCase() === name.toLowerCase() ? '' : ` (as ${mine.name})`;
  return `${name}: you have it${as}${mine.level === 'beginner' ? ', as a beginner' : ''}`;
}

function weighSkills(item: ItemAsks, profile: Profile, k: Known, w: Weighing): void {
  const skills = item.skills;
  if (!skills || !profile.skills.length) return;
  if (item.either) {
    // One of them is enough: the best the person has.
    let best = -1;
    let bestVerdict: Weighed = 'not-met';
    for (let i = 0; i < skills.length && bestVerdict !== 'met'; i++) {
      const v = skillVerdict(k.skills.get(skillKey(skills[i]!)));
      if (v !== 'not-met' && (best < 0 || v === 'met')) [best, bestVerdict] = [i, v];
    }
    w.add(bestVerdict);
    if (best < 0) w.reasons?.push(`none of ${skills.join(', ')} is in your profile`);
    else
      w.reasons?.push(
        `${skillSaid(skills[best]!, k.skills.get(skillKey(skills[best]!)))} (one of ${skills.join(', ')} is asked)`,
      );
    return;
  }
  for (const name of skills) {
    const mine = k.skills.get(skillKey(name));
    w.add(skillVerdict(mine));
    w.reasons?.push(skillSaid(name, mine));
  }
}

function weighYears(item: ItemAsks, profile: Profile, k: Known, w: Weighing): void {
  const years = item.years;
  if (!years) return;
  // "5 years of Go" weighs the years of Go where the profile says them, else the years in all.
  const skill = item.skills?.length === 1 ? k.skills.get(skillKey(item.skills[0]!)) : undefined;
  const ofSkill = skill?.years != null;
  const have = ofSkill ? skill!.years! : profile.years;
  if (have === null) return;
  const verdict: Weighed = have >= years.min ? 'met' : have >= years.min - 1 ? 'partly' : 'not-met';
  w.add(verdict);
  w.reasons?.push(
    `${yearsText(years)} asked, you have ${have}${ofSkill ? ` of ${canonicalSkill(skill!.name)}` : ' of experience'}${verdict === 'partly' ? ': one short' : ''}`,
  );
}

function weighDegree(item: ItemAsks, profile: Profile, w: Weighing): void {
  const degrees = item.degrees;
  if (!degrees?.length || !profile.degrees.length) return;
  const needed = Math.min(...degrees.map((d) => DEGREE_RANK[d]));
  const best = profile.degrees.reduce((a, b) => (DEGREE_RANK[b] > DEGREE_RANK[a] ? b : a));
  w.add(DEGREE_RANK[best] >= needed ? 'met' : 'not-met');
  w.reasons?.push(`${degrees.map((d) => DEGREE_NAME[d]).join(' or ')} asked, you have ${DEGREE_NAME[best]}`);
}

function weighLanguages(item: ItemAsks, profile: Profile, k: Known, w: Weighing): void {
  if (!item.languages?.length || !profile.languages.length) return;
  for (const language of item.languages) {
    const speaks = k.languages.has(folded(language));
    w.add(speaks ? 'met' : 'not-met');
    w.reasons?.push(speaks ? `${language}: you speak it` : `${language}: not among the languages you speak`);
  }
}

/** Weigh one item: its skills, the years, the degree, the languages, in that order. */
function weigh(item: ItemAsks, profile: Profile, k: Known, w: Weighing): Weighing {
  weighSkills(item, profile, k, w);
  weighYears(item, profile, k, w);
  weighDegree(item, profile, w);
  weighLanguages(item, profile, k, w);
  return w;
}

/** One item's verdict with its reasons. */
function itemFit(item: ItemAsks, profile: Profile, k: Known): ItemFit {
  const w = weigh(item, profile, k, new Weighing([]));
  return { text: item.text, verdict: w.verdict, reasons: w.reasons! };
}

/** How many items of a part are met, partly met, not met, or for the person to judge. */
export interface PartCount {
  met: number;
  partly: number;
  notMet: number;
  /** Items that ask nothing the profile can answer. */
  unknown: number;
}

/** Reused for every item counted: a verdict alone needs no reasons and no new object. */
const counting = new Weighing(null);

function countPart(items: readonly ItemAsks[], profile: Profile, k: Known): PartCount {
  const c: PartCount = { met: 0, partly: 0, notMet: 0, unknown: 0 };
  for (const item of items) {
    counting.checks = 0;
    counting.met = 0;
    counting.notMet = 0;
    const verdict = weigh(item, profile, k, counting).verdict;
    if (verdict === 'met') c.met++;
    else if (verdict === 'partly') c.partly++;
    else if (verdict === 'not-met') c.notMet++;
    else c.unknown++;
  }
  return c;
}

const money = (amount: number, currency: string, period: SalaryPeriod) =>
  `${currency} ${Math.round(amount).toLocaleString('en-US')} per ${period}`;

/** Where a place the person can work in (folded) names, or is named by, a place of the posting: "Germany" holds "Munich, Germany". */
function placeMatches(place: string, mine: readonly string[]): boolean {
  const p = folded(place);
  return mine.some((f) => p.includes(f) || f.includes(p));
}

function dealBreakers(p: JobPosting, profile: Profile, k: Known): DealBreaker[] {
  const out: DealBreaker[] = [];
  const floor = profile.payFloor;
  // Only a range closed above and in the floor's currency can fall below it; another currency is not guessed at.
  if (floor && p.salary && p.salary.max !== null && p.salary.currency === floor.currency) {
    const top = p.salary.max * PER_YEAR[p.salary.period ?? 'year'];
    const least = floor.amount * PER_YEAR[floor.period];
    if (top < least)
      out.push({
        kind: 'pay',
        text: `Pay below your floor: ${describeSalary(p)}; yours is ${money(floor.amount, floor.currency, floor.period)}.`,
      });
  }
  if (p.workplace && profile.workplaces.length && !profile.workplaces.includes(p.workplace)) {
    out.push({
      kind: 'workplace',
      text: `${WORKPLACE_NAME[p.workplace]}; you work ${profile.workplaces.map((w) => WORKPLACE_NAME[w].toLowerCase()).join(' or ')}.`,
    });
  } else if (
    (p.workplace === 'onsite' || p.workplace === 'hybrid') &&
    profile.places.length &&
    p.locations.length &&
    !p.locations.some((place) => placeMatches(place, k.places))
  ) {
    out.push({
      kind: 'place',
      text: `${WORKPLACE_NAME[p.workplace]} in ${p.locations.join('; ')}; you can work in ${profile.places.join(', ')}.`,
    });
  }
  if (profile.needsSponsorship === true && p.visaSponsorship === false) {
    out.push({ kind: 'sponsorship', text: 'No visa sponsorship, and you need it.' });
  }
  if (profile.languages.length) {
    const missing = p.languages.filter((l) => !k.languages.has(folded(l)));
    if (missing.length)
      out.push({ kind: 'language', text: `Asks for ${missing.join(' and ')}, which you do not speak.` });
  }
  if (p.experienceYears && profile.years !== null && p.experienceYears.min - profile.years >= YEARS_FAR_ABOVE) {
    out.push({ kind: 'years', text: `Asks for ${yearsText(p.experienceYears)}; you have ${profile.years}.` });
  }
  if (p.employmentType && profile.employmentTypes.length && !profile.employmentTypes.includes(p.employmentType)) {
    out.push({
      kind: 'employment',
      text: `${capital(p.employmentType)}; you want ${profile.employmentTypes.join(' or ')}.`,
    });
  }
  return out;
}

const WORKPLACE_NAME = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' } as const;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * How `posting` (as shown) fits `profile`: each requirement and nice-to-have, the skills lacking, the
 * deal-breakers. `kept`: what its items ask, as stored with its job (read again where they lack an item).
 */
export function fitOf(posting: JobPosting, profile: Profile, kept?: StoredAsks): Fit {
  const k = known(profile);
  const asks = postingAsks(posting, kept);
  const missing = profile.skills.length ? posting.skills.filter((s) => !k.skills.has(skillKey(s))) : [];
  return {
    requirements: asks.requirements.map((item) => itemFit(item, profile, k)),
    niceToHave: asks.niceToHave.map((item) => itemFit(item, profile, k)),
    missingSkills: missing,
    dealBreakers: dealBreakers(posting, profile, k),
  };
}

/** The fit counted, without the reasons: what the table's summary and the exports say (summary.ts). */
export function fitCounts(
  posting: JobPosting,
  profile: Profile,
  kept?: StoredAsks,
): { requirements: PartCount; niceToHave: PartCount; dealBreakers: number } {
  const k = known(profile);
  const asks = postingAsks(posting, kept);
  return {
    requirements: countPart(asks.requirements, profile, k),
    niceToHave: countPart(asks.niceToHave, profile, k),
    dealBreakers: dealBreakers(posting, profile, k).length,
  };
}
