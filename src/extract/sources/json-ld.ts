// schema.org JobPosting in JSON-LD: single objects, arrays, @graph, nested
// mainEntity, HTML-escaped descriptions, values of the wrong type, and JSON
// that is broken or gigantic (bounded: size, depth and node count are capped).
import type { Education, EmploymentType, Workplace } from '../../model/posting';
import { isoDate } from '../dates';
import { seniorityFromText } from '../facts/seniority';
import { countryName, joinPlace } from '../location';
import { salaryFromStructured } from '../salary';
import { cleanText, decodeEntities } from '../text';
import { type Context, found, type Reading, type Source } from '../types';

const MAX_SCRIPT = 2_000_000;
const MAX_NODES = 5_000;

// Raw control characters (a newline inside a string) make JSON.parse fail; sites leave them in.
const CONTROL = new RegExp(`[${String.fromCharCode(0)}-\u001f]+`, 'g');

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses a script's JSON, repairing what sites commonly break (comments, CDATA, raw newlines, trailing commas). */
export function parseJsonLoose(text: string): unknown {
  const t = text.length > MAX_SCRIPT ? '' : text.trim();
  if (!t) return null;
  try {
    return JSON.parse(t);
  } catch {
    /* repaired below */
  }
  const repaired = t
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .replace(CONTROL, ' ')
    .replace(/,\s*([}\]])/g, '$1')
    .replace(/;\s*$/, '');
  try {
    return JSON.parse(repaired);
  } catch {
    return null;
  }
}

export function typesOf(o: Obj): string[] {
  const t = o['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

/**
 * Every object in the JSON-LD of the page, flattened out of arrays, @graph and
 * mainEntity. Each block is read on its own, with a node budget of its own, so a
 * broken or bloated block cannot use up what the next one needs.
 */
export function jsonLdObjects(scripts: readonly Element[]): { obj: Obj; el: Element }[] {
  const out: { obj: Obj; el: Element }[] = [];
  for (const el of scripts.slice(0, 300)) {
    if (!/ld\+json/i.test(el.getAttribute('type') ?? '')) continue;
    const data = parseJsonLoose(el.textContent ?? '');
    const stack: [unknown, number][] = [[data, 0]];
    let budget = MAX_NODES;
    while (stack.length && budget-- > 0) {
      const [v, depth] = stack.pop()!;
      if (depth > 12) continue;
      if (Array.isArray(v)) {
        for (let i = Math.min(v.length, 500) - 1; i >= 0; i--) stack.push([v[i], depth + 1]);
      } else if (isObj(v) && !Object.hasOwn(v, '__proto__')) {
        // An object with a "__proto__" key (JSON.parse keeps it as an own key) was made to attack: skipped, with all it holds.
        out.push({ obj: v, el });
        for (const k of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) {
          if (k in v) stack.push([v[k], depth + 1]);
        }
      }
    }
  }
  return out;
}

/** Text of a value: a string, a list's first, an object's name or @value; numbers as digits unless `numbers` is false. */
function str(v: unknown, max = 2000, numbers = true): string | null {
  if (typeof v === 'string') return cleanText(v, max) || null;
  if (typeof v === 'number') return numbers ? String(v) : null;
  if (Array.isArray(v)) return str(v[0], max, numbers);
  if (isObj(v)) return str(v.name ?? v['@value'] ?? v.value, max, numbers);
  return null;
}

/** A posting's title, text only: a title that is a number or an object without text marks a broken object. */
const titleOf = (o: Obj) => str(o.title ?? o.name, 500, false);

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v.slice(0, 50) : v === undefined || v === null ? [] : [v];
}

const EMPLOYMENT: Record<string, EmploymentType> = {
  FULL_TIME: 'full-time',
  FULLTIME: 'full-time',
  PART_TIME: 'part-time',
  PARTTIME: 'part-time',
  CONTRACTOR: 'contract',
  CONTRACT: 'contract',
  TEMPORARY: 'temporary',
  INTERN: 'internship',
  INTERNSHIP: 'internship',
};

export function employmentFromSchema(v: unknown): EmploymentType | null {
  for (const x of list(v)) {
    if (typeof x !== 'string') continue;
    for (const part of x.split(/[,;/]/)) {
      const key = part
        .trim()
        .toUpperCase()
        .replace(/[\s-]+/g, '_');
      const hit = EMPLOYMENT[key] ?? EMPLOYMENT[key.replace(/_/g, '')];
      if (hit) return hit;
    }
  }
  return null;
}

/** A place as a person reads it: a bare country code ("US", a Country's name) as the country's name. */
function place(v: unknown): string | null {
  if (typeof v === 'string') return countryName(cleanText(v)) || null;
  if (!isObj(v)) return null;
  const addr = isObj(v.address) ? v.address : typeof v.address === 'string' ? { streetAddress: v.address } : v;
  const parts = [addr.addressLocality, addr.addressRegion, countryName(str(addr.addressCountry, 200))].map((p) =>
    str(p, 200),
  );
  const joined = joinPlace(parts);
  return joined || countryName(str(v.name, 200));
}

function educationOf(v: unknown): Education[] {
  const out = new Set<Education>();
  for (const x of list(v)) {
    const s = (typeof x === 'string' ? x : isObj(x) ? String(x.credentialCategory ?? x.name ?? '') : '').toLowerCase();
    if (/bachelor/.test(s)) out.add('bachelor');
    if (/master|postgraduate/.test(s)) out.add('master');
    if (/doctor|ph\.?d/.test(s)) out.add('phd');
  }
  return [...out];
}

/** The JobPosting objects of a page. */
const cache = new WeakMap<Context, { obj: Obj; el: Element }[]>();

/**
 * The JobPosting objects of a page (parsed once per extraction). One without a
 * title in text is broken (or planted) and left out, so it can neither stand for
 * the posting nor make a valid one look like one of a list.
 */
export function jobPostings(ctx: Context): { obj: Obj; el: Element }[] {
  let found = cache.get(ctx);
  if (!found) {
    found = jsonLdObjects(ctx.index.scripts).filter((x) => typesOf(x.obj).includes('JobPosting') && titleOf(x.obj));
    cache.set(ctx, found);
  }
  return found;
}

/** Reads one JobPosting object (also used for embedded states shaped like it). */
export function readJobPosting(_doc: Document, o: Obj): Reading {
  const r: Reading = {};
  r.title = found(titleOf(o));
  const org = list(o.hiringOrganization)[0];
  r.company = found(str(org, 300));
  const locs: string[] = [];
  for (const l of list(o.jobLocation)) {
    const p = place(l);
    if (p && !locs.includes(p)) locs.push(p);
  }
  // Where a remote job names the countries it hires in: a few are a location, thirty are a policy.
  const applicants = list(o.applicantLocationRequirements);
  if (!locs.length && applicants.length <= 3) {
    for (const l of applicants) {
      const p = place(l);
      if (p && !locs.includes(p)) locs.push(p);
    }
  }
  r.locations = found(locs);
  const jlt = list(o.jobLocationType).map((x) => String(x).toUpperCase());
  let workplace: Workplace | null = null;
  if (jlt.some((x) => x.includes('TELECOMMUTE') || x.includes('REMOTE'))) workplace = 'remote';
  else if (jlt.some((x) => x.includes('HYBRID'))) workplace = 'hybrid';
  r.workplace = found(workplace);
  r.employmentType = found(employmentFromSchema(o.employmentType));
  const sal = salaryFromStructured(o.baseSalary) ?? salaryFromStructured(o.estimatedSalary);
  r.salary = found(sal);
  r.datePosted = found(isoDate(str(o.datePosted, 100)));
  const edu = educationOf(o.educationRequirements);
  r.education = found(edu);
  const benefits = list(o.jobBenefits)
    .flatMap((b) => (typeof b === 'string' && b.includes('<') ? [] : [str(b, 500)]))
    .filter((b): b is string => !!b);
  if (benefits.length) r.benefits = { value: benefits, at: benefits.map(() => null) };
  const exp = o.experienceRequirements;
  if (typeof exp === 'string') r.seniority = found(seniorityFromText(exp));
  const months = isObj(exp) ? Number(exp.monthsOfExperience) : Number.NaN;
  if (months > 0 && months < 600) r.experienceYears = found({ min: Math.round(months / 12) });
  if (typeof o.directApply === 'string' || isObj(o.potentialAction)) {
    const action = isObj(o.potentialAction) ? o.potentialAction : null;
    const target = action && (str(action.target) ?? (isObj(action.target) ? str(action.target.urlTemplate) : null));
    if (target && /^https?:/.test(target)) r.applyUrl = found(target);
  }
  const desc = typeof o.description === 'string' ? o.description.slice(0, 400_000) : '';
  if (desc) {
    // Descriptions are HTML, sometimes escaped once more (&lt;p&gt;); plain text parses to itself.
    // Parsed only when the merge needs it (a site's own rendered body usually makes it unneeded).
    const html = /&lt;\/?[a-z]/i.test(desc) ? decodeEntities(desc) : desc;
    r.bodyHtml = /<[a-z]/i.test(html) ? html : html.replace(/\n/g, '<br>');
  }
  return r;
}

const jsonLd: Source = {
  id: 'json-ld',
  matches: () => true,
  read(ctx: Context) {
    const postings = jobPostings(ctx);
    if (!postings.length) return null;
    const titles = new Set(postings.map((p) => titleOf(p.obj)));
    if (titles.size > 1) return { posting: false };
    // The first object that reads: one whose values throw when read (an object
    // where text belongs, with a "toString" that is not a function) is skipped.
    for (const { obj } of postings) {
      try {
        const r = readJobPosting(ctx.doc, obj);
        r.posting = true;
        return r;
      } catch {
        // the next one
      }
    }
    return null;
  },
};
export default jsonLd;
