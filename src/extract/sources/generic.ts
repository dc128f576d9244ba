// The reader for every other page (company career sites, aggregators): the
// main heading is the title, the parts are found by their headings, the
// company comes from the document title or the site name, the place from a
// short line near the title, the apply link from its words.

import type { Workplace } from '../../model/posting';
import { absoluteUrl, metaContent, textOf } from '../dom';
import { workplaceFrom } from '../facts';
import { type LabelFacts, labelKind, readLabel, splitLabel } from '../labels';
import { cleanPlace, looksLikePlace, placeInTitle } from '../location';
import { type Block, blocksOf, countItems, headingKind, type Sections, sectionsOf } from '../sections';
import { cleanText, fold } from '../text';
import { type Context, type Found, found, type Reading, type Source } from '../types';

// Nordic words too ("Ansök nu", "Ansøg", "Søk på stillingen", "Hae paikkaa"), as Teamtailor serves them;
// a bare "Sök"/"Søk" is a search box's button, not an application.
const APPLY_WORDS =
  /\b(?:apply|bewerb|postuler|candidat|aplicar|inscrever|solicitar|candidar|sollicit|reagovat|odpov[eě]d|aplikuj|zgłoś|candidatura|ansök|ansøg|søk (?:nå|på|her|stilling)|hae (?:paikkaa|nyt|tähän))/i;

/** The part of the document title that is not the job title: "Engineer - Datadog" → "Datadog". */
export function companyFromDocTitle(docTitle: string, title: string | null): string | null {
  let t = cleanText(docTitle);
  if (!t) return null;
  t = t.replace(/^(?:job application for|job:|stellenangebot:?)\s+/i, '');
  let rest: string | null = null;
  if (title && fold(t).startsWith(fold(title))) rest = t.slice(title.length);
  else {
    const at = /\s(?:at|bei|chez|en|presso|na|w)\s+(.+)$/.exec(t);
    if (at) rest = ` at ${at[1]}`;
  }
  if (!rest) return null;
  const m = /^\s*(?:[-–—|:,·•@]|\bat\b|\bbei\b|\bchez\b)\s*(.+)$/i.exec(rest);
  if (!m) return null;
  const company = m[1]!.split(/\s[-–—|·•]\s/)[0]!.trim();
  return company && company.length <= 80 ? company : null;
}

function listFound(items: { text: string; el: Element | null }[]): Found<string[]> | undefined {
  if (!items.length) return undefined;
  return { value: items.map((i) => i.text), at: items.map((i) => i.el) };
}

export function sectionFacts(s: Sections): Partial<Reading> {
  return {
    responsibilities: listFound(s.responsibilities),
    requirements: listFound(s.requirements),
    niceToHave: listFound(s.niceToHave),
    benefits: listFound(s.benefits),
  };
}

function findApply(ctx: Context, scope: ParentNode): Found<string> | undefined {
  for (const a of ctx.index.anchors) {
    if (!scope.contains(a)) continue;
    const label = cleanText(`${a.textContent ?? ''} ${a.getAttribute('aria-label') ?? ''}`, 300);
    if (!label || label.length > 80 || !APPLY_WORDS.test(label)) continue;
    const href = absoluteUrl(a.getAttribute('href'), ctx.url);
    if (href && !/^javascript:/i.test(href)) return found(href, a);
  }
  return undefined;
}

function findPlace(ctx: Context, main: Block[], title: string | null): Found<string[]> | undefined {
  const out: string[] = [];
  const at: (Element | null)[] = [];
  const marked = ctx.index.locationMarked.find((el) => ctx.root.contains(el)) ?? null;
  const markedText = marked ? cleanPlace(textOf(marked, 300)) : '';
  if (markedText && markedText.length <= 120) {
    out.push(markedText);
    at.push(marked);
  } else {
    // A short line between the title and the first part that names a place.
    for (const b of main.slice(1, 8)) {
      if (b.kind === 'heading' && headingKind(b.text) !== 'other') break;
      if (b.text.length <= 80 && looksLikePlace(b.text)) {
        out.push(cleanPlace(b.text));
        at.push(b.el);
        break;
      }
    }
  }
  const city = title ? placeInTitle(title) : null;
  if (city && !out.some((o) => fold(o).includes(fold(city)))) {
    out.unshift(city);
    at.unshift(null);
  }
  return out.length ? { value: out, at } : undefined;
}

const JOB_LINK =
  /\/(?:jobs?|careers?|positions?|stellen|vacatures?|offres?|rpd|viewjob|remote-jobs)\/[^?#]*[\w-]{6,}|[?&](?:jk|jobid|job_id|gh_jid)=/i;

/** Distinct links to job pages: a search result or a board links to dozens. */
export function jobLinkCount(ctx: Context, max = 200): number {
  const seen = new Set<string>();
  for (const a of ctx.index.anchors) {
    const href = a.getAttribute('href') ?? '';
    if (JOB_LINK.test(href)) seen.add(href.split('#')[0]!);
    if (seen.size >= max) break;
  }
  return seen.size;
}

/**
 * Distinct job links from which a page is a list whatever its text says. A posting's "similar
 * jobs" box links to a dozen or a few dozen (38 on a LinkedIn posting, 64 on a Stack Overflow one).
 */
const LIST_JOB_LINKS = 100;

/**
 * Whether the page links to so many jobs that it is a list: the generic reader then reports no
 * posting (see looksLikePosting), so the extractor need not read its blocks at all.
 */
export function linksLikeAList(ctx: Context): boolean {
  return jobLinkCount(ctx) >= LIST_JOB_LINKS;
}

/**
 * Whether blocks read like one posting rather than a list, an article or a shop: parts of
 * the posting under its title; without a title, most parts. A page that links to a hundred
 * jobs is a list whatever its text says.
 */
export function looksLikePosting(s: Sections, hasTitle: boolean, jobLinks: number): boolean {
  if (jobLinks >= LIST_JOB_LINKS) return false;
  const kinds = [s.responsibilities, s.requirements, s.niceToHave, s.benefits].filter((l) => l.length).length;
  if (!hasTitle) return kinds >= 3;
  return (
    kinds >= 2 || (kinds >= 1 && countItems(s) >= 3 && (s.requirements.length > 0 || s.responsibilities.length > 0))
  );
}

/** Facts printed as "Label: value" (or a label block followed by its value) in the page's details box. */
export function labelledFacts(blocks: readonly Block[], r: Reading, max = 600) {
  const facts: LabelFacts = {};
  const at: Partial<Record<string, Element>> = {};
  for (let i = 0; i < blocks.length && i < max; i++) {
    const b = blocks[i]!;
    if (b.text.length > 240) continue;
    const pair = splitLabel(b.text);
    let kind = pair ? readLabel(pair[0], pair[1], facts) : null;
    if (!kind && b.text.length <= 40 && labelKind(b.text)) {
      const next = blocks[i + 1];
      if (next && next.text.length <= 200) kind = readLabel(b.text, next.text, facts);
    }
    if (kind) at[kind] ??= b.el;
  }
  const el = (k: string) => at[k] ?? null;
  r.employmentType ??= found(facts.employmentType, el('employmentType'));
  r.seniority ??= found(facts.seniority, el('seniority'));
  r.workplace ??= found(facts.workplace, el('workplace'));
  if (facts.location && !r.locations) r.locations = found([facts.location], el('location'));
  if (facts.salary) {
    r.salary ??= found(facts.salary.salary, el('salary'));
    r.salaryText ??= found(facts.salary.text, el('salary'));
  }
  r.datePosted ??= found(facts.datePosted, el('datePosted'));
}

const ATS =
  /^https?:\/\/(?:boards|job-boards)\.greenhouse\.io\/([\w-]+)|^https?:\/\/jobs\.(?:lever\.co|ashbyhq\.com)\/([\w-]+)|^https?:\/\/apply\.workable\.com\/([\w-]+)/i;

/** A career page that applies through an ATS names the company in the link ("boards.greenhouse.io/openai"). */
function companyFromAts(href: string, blocks: readonly Block[]): Found<string> | undefined {
  const m = ATS.exec(href);
  const slug = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!slug) return undefined;
  // Spelled as the page spells it ("OpenAI"), else as the slug.
  const re = new RegExp(`(?:^|[^\\p{L}])(${slug.replace(/[-_]/g, '[ -]?')})(?:[^\\p{L}]|$)`, 'iu');
  for (const b of blocks.slice(0, 200)) {
    const hit = re.exec(b.text);
    if (hit) return found(hit[1]!, b.el);
  }
  return found(slug);
}

/** "This role is based in our San Francisco HQ." → San Francisco. */
function basedIn(blocks: readonly Block[]): Found<string[]> | undefined {
  for (const b of blocks.slice(0, 300)) {
    const m =
      /\b(?:based (?:in|out of)|located in|work from our)\s+(?:our\s+|the\s+)?((?:\p{Lu}[\p{L}.'-]+)(?:[ ,]+\p{Lu}[\p{L}.'-]+){0,3})/u.exec(
        b.text,
      );
    if (!m) continue;
    const place = m[1]!.replace(/[ ,]+(?:HQ|Headquarters|Office|Offices|Hub|Campus)$/u, '').trim();
    if (place && !/^(?:Remote|Europe|EMEA)$/.test(place) ? true : looksLikePlace(place)) return found([place], b.el);
  }
  return undefined;
}

/** The page's own title without the site's name glued to it ("Engineer | Acme" → "Engineer"). */
function bareDocTitle(ctx: Context): string {
  const og = cleanText(metaContent(ctx.index, 'og:title') ?? ctx.doc.title ?? '', 300);
  return og.split(/\s+[|–—]\s+|\s+-\s+(?=[^-]+$)/)[0]?.trim() ?? '';
}

/**
 * The index of the block that is the posting's main heading: the first h1, else (JazzHR and
 * older career templates set the title in an h2 under a logo) the first h2/h3 whose text is
 * the page's own title, so that the header facts under it are read as they are under an h1.
 */
function mainHeading(ctx: Context, blocks: readonly Block[]): number {
  const h1 = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1);
  if (h1 >= 0) return h1;
  const bare = fold(bareDocTitle(ctx));
  if (!bare) return -1;
  return blocks.findIndex((b, i) => i < 300 && b.kind === 'heading' && b.level <= 3 && fold(b.text) === bare);
}

/**
 * Facts whose label is only a tooltip: JazzHR prints `<div title="Location"><i class="fa …"></i>Tampa, FL</div>`,
 * an icon standing for the label on screen. Only short values of elements without element
 * children other than icons are read, so a titled link or box is never taken for a fact.
 */
function tooltipFacts(ctx: Context, r: Reading): void {
  const titled = ctx.index.carriersOf('title') ?? Array.from(ctx.root.querySelectorAll('[title]')).slice(0, 200);
  const facts: LabelFacts = {};
  const at: Partial<Record<string, Element>> = {};
  for (const el of titled) {
    if (!ctx.root.contains(el) || el.tagName === 'A' || el.tagName === 'ABBR') continue;
    if (Array.from(el.children).some((c) => !/^(?:I|SVG|svg|SPAN|IMG)$/.test(c.tagName))) continue;
    const label = el.getAttribute('title') ?? '';
    // "Experience" labels a level only here: as a heading it starts a part of the posting.
    const name = /^\s*experience\s*$/i.test(label) ? 'Experience level' : label;
    const value = textOf(el, 200);
    if (!value || value.length > 120) continue;
    const kind = readLabel(name, value, facts);
    if (kind) at[kind] ??= el;
  }
  const el = (k: string) => at[k] ?? null;
  r.employmentType ??= found(facts.employmentType, el('employmentType'));
  r.seniority ??= found(facts.seniority, el('seniority'));
  r.workplace ??= found(facts.workplace, el('workplace'));
  if (facts.location && !r.locations) r.locations = found([facts.location], el('location'));
}

/**
 * A workplace badge in the line under the title: Teamtailor prints "Tech · Stockholm · Hybrid",
 * other career pages "Full-time | Remote". Only a part that is the workplace word alone counts.
 */
function workplaceBadge(main: readonly Block[]): Found<Workplace> | undefined {
  for (const b of main.slice(1, 8)) {
    if (b.kind === 'heading' && headingKind(b.text) !== 'other') break;
    if (b.text.length > 100) continue;
    for (const part of b.text.split(/\s*[·•|]\s*/)) {
      const w = part.length <= 25 && part.split(' ').length <= 3 ? workplaceFrom(part) : null;
      if (w) return found(w, b.el);
    }
  }
  return undefined;
}

const generic: Source = {
  id: 'generic',
  matches: () => true,
  read(ctx: Context): Reading {
    const blocks = blocksOf(ctx.root, { skipChrome: true });
    const h1 = mainHeading(ctx, blocks);
    const main = h1 >= 0 ? blocks.slice(h1) : blocks;
    const title = h1 >= 0 ? blocks[h1]!.text : null;
    const sections = sectionsOf(main);
    const r: Reading = { ...sectionFacts(sections), blocks: main };
    r.posting = looksLikePosting(sections, h1 >= 0, jobLinkCount(ctx));
    if (title) r.title = found(title, blocks[h1]!.el);
    else if (r.posting) {
      // No main heading: the page's own title, without the site's name glued to it.
      const bare = bareDocTitle(ctx);
      if (bare && bare.length <= 150) r.title = found(bare);
    }
    const siteName = metaContent(ctx.index, 'og:site_name');
    r.company = found(companyFromDocTitle(ctx.doc.title ?? '', title) ?? (cleanText(siteName) || null));
    labelledFacts(main, r);
    tooltipFacts(ctx, r);
    r.locations ??= findPlace(ctx, main, title);
    r.workplace ??= workplaceBadge(main);
    r.applyUrl = findApply(ctx, ctx.root);
    if (!r.company && r.applyUrl) r.company = companyFromAts(r.applyUrl.value, main);
    if (!r.locations) r.locations = basedIn(main);
    return r;
  },
};
export default generic;
