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

type Check = { verdict: 'met' | 'partly' | 'not-met'; reason: string };

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

function skillChecks(item: ItemAsks, profile: Profile, k: Known): Check[] {
  const skills = item.skills;
  if (!skills || !profile.skills.length) return [];
  const each = skills.map((name): Check => {
    const mine = k.skills.get(skillKey(name));
    if (!mine) return { verdict: 'not-met', reason: `${name}: not in your profile` };
    const as = mine.name.toLowerCase() === name.toLowerCase() ? '' : ` (as ${mine.name})`;
    if (mine.level === 'beginner') return { verdict: 'partly', reason: `${name}: you have it${as}, as a beginner` };
    return { verdict: 'met', reason: `${name}: you have it${as}` };
  });
  if (item.either) {
    const best = each.find((c) => c.verdict === 'met') ?? each.find((c) => c.verdict === 'partly');
    if (best) return [{ verdict: best.verdict, reason: `${best.reason} (one of ${skills.join(', ')} is asked)` }];
    return [{ verdict: 'not-met', reason: `none of ${skills.join(', ')} is in your profile` }];
  }
  return each;
}

function yearsCheck(item: ItemAsks, profile: Profile, k: Known): Check | null {
  const years = item.years;
  if (!years) return null;
  // "5 years of Go" weighs the years of Go where the profile says them, else the years in all.
  const skill = item.skills?.length === 1 ? k.skills.get(skillKey(item.skills[0]!)) : undefined;
  const [have, of] =
    skill?.years != null ? [skill.years, ` of ${canonicalSkill(skill.name)}`] : [profile.years, ' of experience'];
  if (have === null) return null;
  const asked = `${yearsText(years)} asked, you have ${have}${of}`;
  if (have >= years.min) return { verdict: 'met', reason: asked };
  if (have >= years.min - 1) return { verdict: 'partly', reason: `${asked}: one short` };
  return { verdict: 'not-met', reason: asked };
}

function degreeCheck(item: ItemAsks, profile: Profile): Check | null {
  const degrees = item.degrees;
  if (!degrees?.length || !profile.degrees.length) return null;
  const needed = Math.min(...degrees.map((d) => DEGREE_RANK[d]));
  const best = profile.degrees.reduce((a, b) => (DEGREE_RANK[b] > DEGREE_RANK[a] ? b : a));
  const asked = degrees.map((d) => DEGREE_NAME[d]).join(' or ');
  return DEGREE_RANK[best] >= needed
    ? { verdict: 'met', reason: `${asked} asked, you have ${DEGREE_NAME[best]}` }
    : { verdict: 'not-met', reason: `${asked} asked, you have ${DEGREE_NAME[best]}` };
}

function languageChecks(item: ItemAsks, profile: Profile, k: Known): Check[] {
  if (!item.languages?.length || !profile.languages.length) return [];
  return item.languages.map((language) =>
    k.languages.has(folded(language))
      ? { verdict: 'met', reason: `${language}: you speak it` }
      : { verdict: 'not-met', reason: `${language}: not among the languages you speak` },
  );
}

/** One item's verdict: every check met is met, none met is not met, anything between is partly. */
function itemFit(item: ItemAsks, profile: Profile, k: Known): ItemFit {
  // One list, no intermediate arrays: this runs for every item of every saved job.
  const checks: Check[] = [];
  if (item.skills) checks.push(...skillChecks(item, profile, k));
  const years = item.years && yearsCheck(item, profile, k);
  if (years) checks.push(years);
  const degree = item.degrees && degreeCheck(item, profile);
  if (degree) checks.push(degree);
  if (item.languages) checks.push(...languageChecks(item, profile, k));
  if (!checks.length) return { text: item.text, verdict: 'unknown', reasons: [] };
  let met = 0;
  let notMet = 0;
  const reasons: string[] = [];
  for (const c of checks) {
    if (c.verdict === 'met') met++;
    else if (c.verdict === 'not-met') notMet++;
    reasons.push(c.reason);
  }
  const verdict = met === checks.length ? 'met' : notMet === checks.length ? 'not-met' : 'partly';
  return { text: item.text, verdict, reasons };
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
