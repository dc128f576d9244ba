// Merges the sources' readings field by field, recording for every field which source it came
// from and where it stands on the page (provenance): a site's authoritative facts first, then
// structured data, the site, the generic reader, in that order. Also the four parts, and the
// title without the company a site glues to it.
import {
  type FieldOrigin,
  type JobPosting,
  type NodePath,
  notAPosting,
  type PostingField,
  type SourceId,
} from '../model/posting';
import { LOWER_CASE_BRAND } from './byline';
import type { Body } from './choose-body';
import { pathOf } from './dom';
import type { Readings, Tagged } from './run-sources';
import { sectionFacts } from './section-facts';
import { SECTION_KINDS } from './sections';
import { fold } from './text';
import type { FactKey, Found, Reading } from './types';
import { currentWords } from './words';

/** Paths for the elements of a fact; elements of an inert document (parsed structured data) have none. */
function paths(page: Document, at: (Element | null)[]): (NodePath | null)[] {
  return at.map((el) => (el && el.ownerDocument === page ? pathOf(el) : null));
}

/** Picks each field from the readings and records where it came from. */
export class Merger {
  readonly provenance: Partial<Record<PostingField, FieldOrigin>> = {};
  private readonly authoritative: Tagged[];
  private readonly order: Tagged[];

  constructor(
    readings: Readings,
    private readonly page: Document,
  ) {
    this.authoritative = readings.site.filter((tagged) => tagged.reading.authoritative?.length);
    this.order = [...readings.structured, ...readings.site, ...readings.generic];
  }

  /** The first reading of a fact: a site's authoritative one, else in the sources' order. */
  pick<K extends FactKey>(key: K): { found: NonNullable<Reading[K]>; source: SourceId } | null {
    for (const tagged of this.authoritative) {
      if (tagged.reading.authoritative?.includes(key) && tagged.reading[key])
        return { found: tagged.reading[key]!, source: tagged.id };
    }
    for (const tagged of this.order) if (tagged.reading[key]) return { found: tagged.reading[key]!, source: tagged.id };
    return null;
  }

  record(field: PostingField, source: SourceId, at: (Element | null)[], guessed = false): void {
    this.provenance[field] = guessed
      ? { source, at: paths(this.page, at), guessed }
      : { source, at: paths(this.page, at) };
  }

  /** The value of a fact as picked, its provenance recorded. */
  take<K extends FactKey>(key: K & PostingField): NonNullable<Reading[K]>['value'] | null {
    const picked = this.pick(key);
    if (!picked) return null;
    const found = picked.found as Found<unknown>;
    this.record(key, picked.source, found.at);
    return found.value as NonNullable<Reading[K]>['value'];
  }
}

/**
 * The job in a title written as a sentence of hiring: "Die OKF sucht eine:n Projektmanager:in für
 * Policy (75-100%, ab sofort)" → "Projektmanager:in für Policy", "Prototype Fund: Kommunikations-
 * talent gesucht!" → "Kommunikationstalent". A closing bracket of several facts goes with the
 * sentence; one fact ("(m/w/*)", "(32 h/Woche)") stays with the job.
 */
function jobOfSentence(title: string): string {
  const { TITLE_SEEKS, TITLE_SOUGHT } = currentWords();
  let job: string;
  const seeks = TITLE_SEEKS.exec(title);
  const sought = TITLE_SOUGHT.exec(title);
  if (seeks) job = title.slice(seeks.index + seeks[0].length);
  else if (sought)
    job = title.slice(0, sought.index).replace(/^[^:]{1,40}:\s+/, '') + title.slice(sought.index + sought[0].length);
  else return title;
  job = job
    .replace(TITLE_SOUGHT, '')
    .replace(/\s*\([^()]*,[^()]*\)\s*$/, '')
    .replace(/\s*[!.]+$/, '')
    .trim();
  return job.length >= 3 ? job : title;
}

/**
 * Who hires, where a title is a sentence of hiring that opens with a name: "Efficio sucht Analyst
 * für …" → "Efficio", "zeb sucht Research Consultant" → "zeb", "Acme is hiring: …" → "Acme";
 * never "Wir suchen …".
 */
function seekerOfTitle(title: string): string | null {
  const { TITLE_SEEKS, LINE_NAME, WE } = currentWords();
  const seeks = TITLE_SEEKS.exec(title);
  // A sentence of hiring names the job after its verb: "Who is hiring?" names nobody.
  if (!seeks || seeks.index === 0 || !/[\p{L}\p{N}]/u.test(title.slice(seeks.index + seeks[0].length))) return null;
  const who = title.slice(0, seeks.index).trim();
  const name = LINE_NAME.test(who) || LOWER_CASE_BRAND.test(who);
  return name && who.length <= 60 && !WE.test(who) ? who : null;
}

/** After a company's name in a title: its web address in brackets, a colon or a bar, then the title. */
const COMPANY_THEN_TITLE = /^(?:\s*\([^()]*\))?\s*[:|]\s+(\p{L}.{2,})$/u;

/** Strips the company a site glues to a title ("Engineer at Datadog", "Engineer - Datadog"). */
function tidyTitle(title: string, company: string | null): string {
  const { TITLE_PREFIX, TITLE_AND_COMPANY } = currentWords();
  let tidy = jobOfSentence(title.replace(TITLE_PREFIX, ''));
  if (company) {
    const match = TITLE_AND_COMPANY.exec(tidy);
    if (match && fold(match[2]!) === fold(company) && match[1]!.length > 2) tidy = match[1]!;
    // "23andMe : Software Engineer II", "AES (aes.com) : Intern": the company's name before a colon or a bar.
    const rest = tidy.slice(company.length).match(COMPANY_THEN_TITLE);
    if (rest && fold(tidy.slice(0, company.length)) === fold(company)) tidy = rest[1]!;
  }
  // "EEN FULL TIME … MEDEWERKER:" heads what follows; its colon is no part of the job's name.
  return tidy.trim().replace(/\s*[:：]$/, '');
}

/**
 * The company without the career-site words a site's name wraps it in ("Join the Acme",
 * "Acme Careers", "Karriere bei Acme"): one rule for the name from every source.
 */
export function tidyCompany(company: string | null): string | null {
  const { COMPANY_SITE_BEFORE, COMPANY_SITE_AFTER } = currentWords();
  if (!company) return company;
  const tidy = company.replace(COMPANY_SITE_BEFORE, '').replace(COMPANY_SITE_AFTER, '').trim();
  return tidy.length >= 2 ? tidy : company;
}

/** The posting as the sources read it: every field they give, and the four parts. */
export function mergeReadings(readings: Readings, body: Body, merger: Merger, url: string): JobPosting {
  const { TITLE_AT_COMPANY } = currentWords();
  let title = merger.take('title');
  // The title is the main heading's words: where the heading is the structured data's title with
  // words in brackets after it ("Community Coordinator (part-time)"), it is the heading's.
  const heading = readings.generic.find((tagged) => tagged.reading.title);
  const said = heading?.reading.title;
  if (
    title &&
    said &&
    said.value !== title &&
    fold(said.value).startsWith(fold(title)) &&
    /^\s*\([^()]+\)$/.test(said.value.slice(title.length))
  ) {
    title = said.value;
    merger.record('title', heading.id, said.at);
  }
  let company = tidyCompany(merger.take('company'));
  const seeker = title && !company ? seekerOfTitle(title) : null;
  if (seeker) {
    company = seeker;
    if (merger.provenance.title) merger.provenance.company = merger.provenance.title;
  }
  title = title ? tidyTitle(title, company) : null;
  // The title may name the company ("Lead developer bij Zig (Huizen/Amersfoort)"): where no source
  // did, or as the one they named, it is no part of the title.
  const inTitle = title ? TITLE_AT_COMPANY.exec(title) : null;
  if (inTitle && (!company || fold(inTitle[2]!) === fold(company))) {
    title = inTitle[1]!.trim();
    if (!company && merger.provenance.title) merger.provenance.company = merger.provenance.title;
    company ??= inTitle[2]!;
  }
  const posting: JobPosting = {
    ...notAPosting(url),
    isJobPosting: true,
    title,
    company,
    locations: merger.take('locations') ?? [],
    workplace: merger.take('workplace'),
    employmentType: merger.take('employmentType'),
    seniority: null,
    salary: merger.take('salary'),
    salaryText: null,
    applyUrl: merger.take('applyUrl'),
    datePosted: merger.take('datePosted'),
    skills: [],
    education: merger.take('education') ?? [],
    experienceYears: merger.take('experienceYears'),
    visaSponsorship: merger.take('visaSponsorship'),
    languages: merger.take('languages') ?? [],
    description: body.description,
    provenance: merger.provenance,
  };
  mergeParts(posting, readings, body, merger);
  return posting;
}

/**
 * The four parts: a site's own list where the site says it is the whole list (Indeed's
 * benefits); otherwise the posting's own part, read from its text. A site's box (jobs.cz's
 * benefit icons, a board's perks) is the board's summary beside the posting, and structured
 * lists (JSON-LD jobBenefits, often the company's generic perks on an aggregator) are as often
 * the company's: each stands in, in that order, only where the text has no such part.
 */
function mergeParts(posting: JobPosting, { structured, site }: Readings, body: Body, merger: Merger): void {
  const bodyParts = sectionFacts(body.sections);
  for (const kind of SECTION_KINDS) {
    const own = site.find((tagged) => tagged.reading[kind]);
    const data = structured.find((tagged) => tagged.reading[kind]);
    const whole = own?.reading.authoritative?.includes(kind) ? own.reading[kind] : undefined;
    const lists = whole
      ? [{ found: whole, source: own!.id }]
      : bodyParts[kind]
        ? [{ found: bodyParts[kind], source: body.source }]
        : own?.reading[kind]
          ? [{ found: own.reading[kind], source: own.id }]
          : [{ found: data?.reading[kind], source: data?.id ?? body.source }];
    const seen = new Set<string>();
    const items: string[] = [];
    const at: (Element | null)[] = [];
    let source: SourceId | null = null;
    for (const { found, source: from } of lists) {
      if (!found) continue;
      found.value.forEach((item, i) => {
        const key = fold(item);
        if (seen.has(key)) return;
        seen.add(key);
        items.push(item);
        at.push(found.at[i] ?? null);
        source ??= from;
      });
    }
    if (!items.length || !source) continue;
    posting[kind] = items;
    // Unsure where every item came from a list no heading named.
    const fromBody = body.sections[kind];
    const guessed = !whole && source === body.source && fromBody.length > 0 && fromBody.every((item) => item.guessed);
    merger.record(kind, source, at, guessed);
  }
}
