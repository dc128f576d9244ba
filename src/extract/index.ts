// extractJob(document, url): the one entry point. Runs the sources in order
// (structured data, the site source for this page, the generic reader), merges
// their facts field by field, derives what is read from the text (skills,
// salary as written, years, degrees, visa, languages, seniority), and records
// for every field which source found it and where it stands on the page.
// Pure: it never mutates the document and touches no browser or storage API;
// any exception is caught and the page is reported as not a posting.
import {
  type FieldOrigin,
  type JobPosting,
  type NodePath,
  notAPosting,
  type PostingField,
  type SourceId,
} from '../model/posting';
import { elementAtOffset, elementMatching, indexBlocks, type TextIndex } from './derive';
import {
  forgetPageIndex,
  indexPage,
  type PageIndex,
  parseDocument,
  parseFragment,
  pathOf,
  unescapeBody,
  viewSourceText,
} from './dom';
import {
  educationFrom,
  employmentTypeFrom,
  experienceYearsFrom,
  saysPartTime,
  seniorityFromTitle,
  spokenLanguagesFrom,
  visaSponsorshipFrom,
  workplaceFrom,
  workplaceFromDescription,
} from './facts';
import { findSalary } from './salary';
import { type Block, blocksOf, countItems, SECTION_KINDS, type Sections, sectionsOf } from './sections';
import { findSkills } from './skills';
import { linksLikeAList, sectionFacts } from './sources/generic';
import { GENERIC_SOURCE, SITE_SOURCES, STRUCTURED_SOURCES } from './sources/index';
import { cleanMultiline, cleanText, fold, plain } from './text';
import type { Context, FactKey, Found, Reading } from './types';

export type { JobPosting } from '../model/posting';

const PRACTICES = ['CI/CD', 'REST', 'Agile', 'Scrum', 'Kanban', 'TDD', 'BDD', 'DevOps', 'Microservices', 'OOP'];

interface Tagged {
  id: SourceId;
  r: Reading;
}

const BOT_CHECK =
  /^(?:just a moment|attention required|access denied|checking your browser|are you a robot|security check|please verify|verify you are human|one more step|pardon our interruption)/i;

function isBotCheck(doc: Document, index: PageIndex): boolean {
  const title = cleanText(doc.title, 300);
  if (BOT_CHECK.test(title)) return true;
  return (
    ['challenge-form', 'cf-challenge-running', 'px-captcha'].some((id) => index.ids.has(id)) ||
    index.classes.has('cf-browser-verification')
  );
}

function context(doc: Document, url: string): Context {
  let u: URL | null = null;
  try {
    u = url ? new URL(url) : null;
  } catch {
    u = null;
  }
  const root = doc.body ?? doc.documentElement;
  return { doc, url, u, root: root as Element, index: indexPage(doc) };
}

function run(source: { read(ctx: Context): Reading | null }, ctx: Context): Reading | null {
  try {
    return source.read(ctx);
  } catch {
    return null;
  }
}

/** Paths for the elements of a fact; elements of an inert document (parsed structured data) have none. */
function paths(doc: Document, at: (Element | null)[]): (NodePath | null)[] {
  return at.map((el) => (el && el.ownerDocument === doc ? pathOf(el) : null));
}

function decidePosting(structured: Tagged[], site: Tagged[], generic: Reading | null): boolean {
  if (site.some((t) => t.r.posting === false)) return false;
  if (structured.some((t) => t.r.posting === true)) return true;
  if (site.some((t) => t.r.posting === true)) return true;
  if (structured.some((t) => t.r.posting === false)) return false;
  return generic?.posting === true;
}

/** The structured items, each with the visible page block of the same text where there is one. */
function onPage(sections: Sections, blocks: readonly Block[], live: boolean): Sections {
  if (!live || !blocks.length) return sections;
  const byText = new Map<string, Element>();
  for (const b of blocks) if (b.text.length <= 2000 && !byText.has(fold(b.text))) byText.set(fold(b.text), b.el);
  const out = { ...sections };
  for (const key of SECTION_KINDS)
    out[key] = sections[key].map((i) => ({ text: i.text, el: byText.get(fold(i.text)) ?? i.el }));
  return out;
}

/** Strips the company a site glues to a title ("Engineer at Datadog", "Engineer - Datadog"). */
function tidyTitle(title: string, company: string | null): string {
  let t = title.replace(/^(?:job application for|job:)\s+/i, '');
  if (company) {
    const c = fold(company);
    const m = /^(.*?)\s*(?:\bat\b|\bbei\b|[-–—|@,])\s*([^-–—|@,]+)$/i.exec(t);
    if (m && fold(m[2]!) === c && m[1]!.length > 2) t = m[1]!;
  }
  return t.trim();
}

function extract(doc: Document, url: string, page: Document = doc): JobPosting {
  if (!doc?.documentElement) return notAPosting(url);
  // A saved "view source" page: read the page it shows (no paths: its nodes are not on screen as such).
  const source = doc === page ? viewSourceText(doc) : null;
  if (source) {
    const shown = parseDocument(doc, source);
    if (shown) return extract(shown, url, page);
  }
  const ctx = context(doc, url);
  if (isBotCheck(doc, ctx.index)) return notAPosting(url);
  const structured: Tagged[] = [];
  for (const s of STRUCTURED_SOURCES) {
    const r = run(s, ctx);
    if (r) structured.push({ id: s.id, r });
  }
  const site: Tagged[] = [];
  for (const s of SITE_SOURCES) {
    let ok = false;
    try {
      ok = s.matches(ctx);
    } catch {
      ok = false;
    }
    if (!ok) continue;
    const r = run(s, ctx);
    if (r) site.push({ id: s.id, r });
  }
  // A site that knows this page is a list (a search, a board) needs no further reading.
  if (site.some((t) => t.r.posting === false) && !structured.some((t) => t.r.posting === true)) return notAPosting(url);
  // Nor does a page that links to a hundred jobs, unless its data or its site says it is a
  // posting: the generic reader would call it a list (decidePosting then follows it) after
  // walking every block of a large page for nothing.
  if (![...structured, ...site].some((t) => t.r.posting === true) && linksLikeAList(ctx)) return notAPosting(url);
  const genericReading = run(GENERIC_SOURCE, ctx);
  const generic: Tagged[] = genericReading ? [{ id: GENERIC_SOURCE.id, r: genericReading }] : [];

  if (!decidePosting(structured, site, genericReading)) return notAPosting(url);

  const provenance: Partial<Record<PostingField, FieldOrigin>> = {};
  const authoritative = site.filter((t) => t.r.authoritative?.length);
  const order = [...structured, ...site, ...generic];

  function pick<K extends FactKey>(key: K): { f: NonNullable<Reading[K]>; id: SourceId } | null {
    for (const t of authoritative) if (t.r.authoritative?.includes(key) && t.r[key]) return { f: t.r[key]!, id: t.id };
    for (const t of order) if (t.r[key]) return { f: t.r[key]!, id: t.id };
    return null;
  }
  function record(field: PostingField, id: SourceId, at: (Element | null)[]) {
    provenance[field] = { source: id, at: paths(page, at) };
  }
  function take<K extends FactKey>(key: K & PostingField): NonNullable<Reading[K]>['value'] | null {
    const p = pick(key);
    if (!p) return null;
    const f = p.f as Found<unknown>;
    record(key, p.id, f.at);
    return f.value as NonNullable<Reading[K]>['value'];
  }

  // The posting's body: the site's own node, else what the generic reader found
  // in the page, else the description of the structured data (an inert copy).
  const siteBody = site.find((t) => t.r.body);
  let domBlocks: Block[] = [];
  let domId: SourceId = 'generic';
  if (siteBody?.r.body) {
    domBlocks = blocksOf(unescapeBody(siteBody.r.body), { skipChrome: false });
    domId = siteBody.id;
  } else if (genericReading?.blocks) domBlocks = genericReading.blocks;
  const domSections: Sections = sectionsOf(domBlocks);
  const structBody = structured.find((t) => t.r.body || t.r.bodyHtml);
  // A site's own rendered body with parts makes the structured copy unneeded: skip parsing it.
  if (structBody && !structBody.r.body && structBody.r.bodyHtml && !(siteBody && countItems(domSections) > 0)) {
    const box = parseFragment(doc, structBody.r.bodyHtml);
    if (box) structBody.r.body = box;
    else structBody.r.descriptionText = cleanText(structBody.r.bodyHtml);
  }
  const structBlocks = structBody?.r.body ? blocksOf(structBody.r.body, { skipChrome: false }) : [];
  const structSections = sectionsOf(structBlocks);
  const useDom =
    countItems(domSections) > 0
      ? countItems(domSections) * 2 >= countItems(structSections)
      : !structBlocks.length && !structBody?.r.descriptionText;
  const bodyBlocks = useDom ? domBlocks : structBlocks;
  const bodyId: SourceId = useDom ? domId : (structBody?.id ?? 'json-ld');
  const sections = useDom ? domSections : structSections;
  // Items read from structured data that the page also shows: point at the visible node, so
  // the page can highlight them (JSON-LD copies of a rendered description are common).
  const visible = useDom ? sections : onPage(sections, genericReading?.blocks ?? [], doc === page);
  const listFacts = sectionFacts(visible);

  const title0 = take('title');
  const company = take('company');
  const title = title0 ? tidyTitle(title0, company) : null;
  const idx: TextIndex = indexBlocks(bodyBlocks);
  const description = cleanMultiline(
    idx.text || structBody?.r.descriptionText || site.find((t) => t.r.descriptionText)?.r.descriptionText,
    200_000,
  );
  // Facts are read from the first 40,000 characters: a posting is never longer, a page of noise may be.
  const text = (idx.text || description).slice(0, 40_000);

  const posting: JobPosting = {
    ...notAPosting(url),
    isJobPosting: true,
    title,
    company,
    locations: take('locations') ?? [],
    workplace: take('workplace'),
    employmentType: take('employmentType'),
    seniority: null,
    salary: take('salary'),
    salaryText: null,
    applyUrl: take('applyUrl'),
    datePosted: take('datePosted'),
    skills: [],
    education: take('education') ?? [],
    experienceYears: take('experienceYears'),
    visaSponsorship: take('visaSponsorship'),
    languages: take('languages') ?? [],
    description,
    provenance,
  };

  // Parts: a site's own reading first, then the body chosen above.
  for (const key of ['responsibilities', 'requirements', 'niceToHave', 'benefits'] as const) {
    const own = site.find((t) => t.r[key]);
    // A site's own list replaces the text's where the site says it is the whole list (Indeed's
    // benefits); otherwise the description's part and the site's box (jobs.cz benefit icons) add
    // up, each item once. Structured lists (JSON-LD jobBenefits, often the company's generic
    // perks on an aggregator) only stand in where the page shows no such list.
    const data = structured.find((t) => t.r[key]);
    const whole = own?.r.authoritative?.includes(key) ? own.r[key] : undefined;
    const lists = whole
      ? [{ f: whole, id: own!.id }]
      : listFacts[key] || own?.r[key]
        ? [
            { f: listFacts[key], id: bodyId },
            { f: own?.r[key], id: own?.id ?? bodyId },
          ]
        : [{ f: data?.r[key], id: data?.id ?? bodyId }];
    const seen = new Set<string>();
    const value: string[] = [];
    const at: (Element | null)[] = [];
    let id: SourceId | null = null;
    for (const { f, id: from } of lists) {
      if (!f) continue;
      f.value.forEach((item, i) => {
        const k = fold(item);
        if (seen.has(k)) return;
        seen.add(k);
        value.push(item);
        at.push(f.at[i] ?? null);
        id ??= from;
      });
    }
    if (!value.length || !id) continue;
    posting[key] = value;
    record(key, id, at);
  }

  // Facts read from the text.
  const derived = (field: PostingField, el: Element | null) => record(field, bodyId, [el]);
  const sen = take('seniority');
  const fromTitle = title ? seniorityFromTitle(title) : null;
  posting.seniority = fromTitle ?? sen;
  if (fromTitle) record('seniority', provenance.title?.source ?? bodyId, [null]);

  const skillSet = new Map<string, Element | null>();
  for (const t of [title ?? '', text]) {
    for (const hit of findSkills(t)) {
      if (!skillSet.has(hit.name)) skillSet.set(hit.name, t === text ? elementAtOffset(idx, hit.start) : null);
    }
  }
  const ownSkills = pick('skills');
  if (ownSkills) for (const s of ownSkills.f.value) if (!skillSet.has(s)) skillSet.set(s, null);
  // Practices are not tools: the person reads "CI/CD" or "REST" as how a team works, not as a
  // technology to list (the skills matcher still finds them for highlighting elsewhere).
  for (const name of PRACTICES) skillSet.delete(name);
  // The hiring company's own product ("Zscaler", "Vercel") is not a skill the posting asks for.
  if (company) for (const name of [...skillSet.keys()]) if (fold(name) === fold(company)) skillSet.delete(name);
  posting.skills = [...skillSet.keys()];
  if (posting.skills.length) record('skills', bodyId, [...skillSet.values()]);

  const found = findSalary(text);
  // A signing or relocation bonus, a referral reward, is not the salary.
  const line = found ? text.slice(text.lastIndexOf('\n', found.start) + 1, text.indexOf('\n', found.end) >>> 0) : '';
  const sal =
    found &&
    !(
      /\b(?:bonus|relocation|referral|signing|joining|allowance|budget)\b/i.test(line) &&
      !/\b(?:salary|pay|compensation|wage|gehalt|mzda|plat)\b/i.test(line)
    )
      ? found
      : null;
  if (sal) {
    posting.salaryText = sal.text;
    if (!posting.salary) {
      posting.salary = sal.salary;
      derived('salary', elementAtOffset(idx, sal.start));
    }
  }
  if (!posting.workplace && posting.locations.length) {
    // "Remote - USA", "Hybrid (Prague)": the location line says how the job is worked.
    const w = workplaceFrom(posting.locations.join(' | '));
    if (w) {
      posting.workplace = w;
      provenance.workplace = {
        source: provenance.locations?.source ?? bodyId,
        at: provenance.locations?.at.slice(0, 1) ?? [null],
      };
    }
  }
  if (!posting.workplace) {
    const w = workplaceFromDescription(text);
    if (w) {
      posting.workplace = w;
      derived('workplace', elementMatching(idx, /remote|hybrid|on-?site|home ?office|telecommut/i));
    }
  }
  if (posting.employmentType === 'full-time' && saysPartTime(text)) {
    posting.employmentType = 'part-time';
    derived('employmentType', null);
  }
  if (!posting.employmentType) {
    const e = employmentTypeFrom(text);
    if (e) {
      posting.employmentType = e;
      derived('employmentType', null);
    }
  }
  if (!posting.experienceYears) {
    const y = experienceYearsFrom(text);
    if (y) {
      posting.experienceYears = y;
      derived(
        'experienceYears',
        elementMatching(idx, /\d+\s*\+?\s*(?:-\s*\d+\s*)?(?:years|yrs|jahre|ans|años|anos|anni|jaar|let|lat)/i),
      );
    }
  }
  // The languages a posting asks for stand in its must-haves and nice-to-haves; reading only
  // those is faster and keeps "our offices speak 12 languages" out. (Degrees are often named
  // elsewhere, "Minimum education: Bachelor's", so they are read from the whole text.)
  const asks = [...posting.requirements, ...posting.niceToHave];
  const askText = asks.length >= 2 ? asks.join('\n') : text;
  if (!posting.education.length) {
    const ed = educationFrom(text);
    if (ed.length) {
      posting.education = ed;
      derived('education', elementMatching(idx, /bachelor|master|ph\.?d|degree|b\.?s\.?\b|m\.?s\.?\b/i));
    }
  }
  if (posting.visaSponsorship === null) {
    const v = visaSponsorshipFrom(text);
    if (v !== null) {
      posting.visaSponsorship = v;
      derived('visaSponsorship', elementMatching(idx, /visa|sponsor/i));
    }
  }
  if (!posting.languages.length) {
    const langs = spokenLanguagesFrom(askText);
    if (langs.length) {
      posting.languages = langs;
      derived('languages', null);
    }
  }
  return posting;
}

/** Every string of the posting as plain text (markup that survived as text is dropped). */
function plainStrings<T>(v: T): T {
  if (typeof v === 'string') return plain(v) as T;
  if (Array.isArray(v)) return v.map(plainStrings) as T;
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = plainStrings(x);
    return out as T;
  }
  return v;
}

/** Reads the job posting a page holds. Never throws, never mutates the document; every string is plain text. */
export function extractJob(document: Document, url: string): JobPosting {
  const at = typeof url === 'string' ? url : '';
  try {
    const posting = plainStrings(extract(document, at));
    posting.url = at;
    return posting;
  } catch {
    return notAPosting(at);
  } finally {
    if (document) forgetPageIndex(document);
  }
}
