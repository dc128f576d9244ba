// The reader for every other page (company career sites, aggregators): the
// main heading is the title, the parts are found by their headings, the
// company comes from the document title or the site name, the place from a
// short line near the title, the apply link from its words.

import type { Workplace } from '../../model/posting';
import { bylineOf } from '../byline';
import { companyInText } from '../company-in-text';
import { isoDate } from '../dates';
import { absoluteUrl, MAX_LISTED, metaContent, textOf } from '../dom';
import { workplaceFrom } from '../facts/workplace';
import { headerLineOf } from '../header-line';
import { type LabelFacts, labelKind, onlyWorkplace, readLabel, readValue, splitLabel } from '../labels';
import { adSigns, jobLinkCount, looksLikePosting, titleCountsJobs } from '../list-page';
import { cleanPlace, looksLikePlace, placeOfAddress, placesInTitle } from '../location';
import { sectionFacts } from '../section-facts';
import { type Block, blocksOf, headingKind, sectionsOf } from '../sections';
import { runNow, type Steps } from '../steps';
import { cleanText, fold, lastPathSegment } from '../text';
import { type Context, type Found, found, type Reading, type Source } from '../types';
import { currentWords, execWhereMay } from '../words';
import { namesThePage } from './site-kit';

/** What stands between the parts of a document title: "Detail pozice | Aricoma Group". */
const TITLE_PART_GAP = /\s[-–—|·•]\s/;

/** The part of the document title that is not the job title: "Engineer - Datadog" → "Datadog". */
export function companyFromDocTitle(docTitle: string, title: string | null): string | null {
  const { DOCUMENT_TITLE_PREFIX, DOCUMENT_TITLE_COMPANY, AFTER_TITLE_COMPANY } = currentWords();
  let text = cleanText(docTitle);
  if (!text) return null;
  text = text.replace(DOCUMENT_TITLE_PREFIX, '');
  let rest: string | null = null;
  if (title && fold(text).startsWith(fold(title))) rest = text.slice(title.length);
  else {
    const at = DOCUMENT_TITLE_COMPANY.exec(text);
    if (at) rest = ` at ${at[1]}`;
  }
  // "Detail pozice | Raiffeisenbank": a page's words for itself, then the name of whose page it is.
  if (!rest) {
    const [words, name, ...more] = text.split(TITLE_PART_GAP);
    if (name && !more.length && namesThePage(words!) && !namesThePage(name)) rest = ` | ${name}`;
  }
  if (!rest) return null;
  const match = AFTER_TITLE_COMPANY.exec(rest);
  if (!match) return null;
  // "Iquality (Nijmegen en Eindhoven)": the places in brackets after the name are not the name.
  // "Detail pozice | Aricoma Group": the words that name the page are passed over.
  const parts = match[1]!.split(TITLE_PART_GAP);
  const company = (parts.find((part) => !namesThePage(part)) ?? '').replace(/\s*\([^()]*\)$/, '').trim();
  const balanced = (company.match(/\(/g)?.length ?? 0) === (company.match(/\)/g)?.length ?? 0);
  return company && balanced && company.length <= 80 ? company : null;
}

/**
 * A site's name is often its domain ("Ontola.io", "Sazka.cz"): the company is the name before it.
 * ".com" stays, a part of names people use ("Booking.com"). Only for the site's own name: a
 * posting's data names the company as it calls itself.
 */
const SITE_DOMAIN =
  /(?<=^[\p{L}\p{N}&-]{2,})\.(?:io|ai|app|dev|co|net|org|eu|cz|sk|de|at|ch|fr|be|nl|it|es|pt|pl|se|dk|no|fi|uk|co\.uk|com\.br)$/iu;
function withoutDomain(name: string | null): string | null {
  return name ? name.replace(SITE_DOMAIN, '') : name;
}

/** Where a link leads when it can be an apply link: a web address, not mail, a call or a script. */
function applyHref(anchor: Element, url: string): string | null {
  const href = absoluteUrl(anchor.getAttribute('href'), url);
  return href && /^https?:/i.test(href) ? href : null;
}

/** The elements a link's sentence stands in: a paragraph or an item ("To apply, please visit <a>…</a>"). */
const LINK_BLOCKS = new Set(['p', 'li', 'dd', 'td', 'blockquote']);

/**
 * The paragraph or item a link stands in: what closest('p, li, dd, td, blockquote') finds, read
 * from each element's name on the way up rather than by the DOM library's selector matching at
 * every ancestor of every link (jsdom: a third of the time of this search on a page of links).
 */
function linkBlock(anchor: Element): Element | null {
  for (let el: Element | null = anchor; el; el = el.parentElement) if (LINK_BLOCKS.has(el.localName)) return el;
  return null;
}
const HEADING_TAG = /^H[1-6]$/;

/**
 * The heading right above a link's paragraph ("How to Apply", "Sold? Apply now"), looked for
 * among the few elements before it: a short line standing alone, not the text before it.
 */
function headingAbove(block: Element): string | null {
  let el = block.previousElementSibling;
  for (let i = 0; el && i < 3; i++, el = el.previousElementSibling) {
    const text = cleanText(el.textContent ?? '', 200);
    if (
      HEADING_TAG.test(el.tagName) ||
      (text.length <= 60 &&
        /^(?:B|STRONG)$/.test(el.firstElementChild?.tagName ?? '') &&
        cleanText(el.firstElementChild?.textContent ?? '') === text)
    )
      return text;
  }
  return null;
}

function findApply(ctx: Context, scope: ParentNode): Found<string> | undefined {
  const { APPLY_WORDS } = currentWords();
  const anchors = ctx.index.anchors.filter((anchor) => scope.contains(anchor));
  for (const anchor of anchors) {
    const label = cleanText(`${anchor.textContent ?? ''} ${anchor.getAttribute('aria-label') ?? ''}`, 300);
    if (!label || label.length > 80 || !APPLY_WORDS.test(label)) continue;
    const href = absoluteUrl(anchor.getAttribute('href'), ctx.url);
    if (href && !/^javascript:/i.test(href)) return found(href, anchor);
  }
  // No link says "apply": a link whose sentence or heading says it ("To apply, please visit
  // <a>careers.example.org</a>", "How to Apply / Apply on <a>Harvard Careers</a>",
  // "inscreva-se através deste <a>formulário</a>").
  // Each block read once, however many links it holds.
  const saysApply = new Map<Element, boolean>();
  for (const anchor of anchors) {
    const block = linkBlock(anchor);
    if (!block) continue;
    let says = saysApply.get(block);
    if (says === undefined) {
      const text = cleanText(block.textContent ?? '', 400);
      says = text.length < 400 && (APPLY_WORDS.test(text) || APPLY_WORDS.test(headingAbove(block) ?? ''));
      saysApply.set(block, says);
    }
    if (!says) continue;
    const href = applyHref(anchor, ctx.url);
    if (href) return found(href, anchor);
  }
  return undefined;
}

/** A place name of one to three capitalised words ("Loßburg", "Bad Wurzach"). */
const PLACE_WORDS = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$/u;

/**
 * The line right under the title as a place no list knows ("Loßburg"), where the posting's own
 * address names it too, beside other words (".../26-05-12-lossburg-masseurin/"): two kinds of
 * evidence, as for a company. A company's name stands alone in an address (jobs.lever.co/acme).
 */
function placeTheAddressNames(line: Block | undefined, url: string): Block | null {
  if (!line || line.kind === 'heading' || !PLACE_WORDS.test(line.text)) return null;
  const last = lastPathSegment(url);
  if (last === null) return null;
  // Its words with or without a dash between them: "bad-wurzach", "badwurzach".
  const slug = fold(line.text)
    .split(/[^\p{L}\p{N}]+/u)
    .join('[^\\p{L}\\p{N}]?');
  const whole = new RegExp(`^${slug}$`, 'u');
  const named = new RegExp(`(?:^|[^\\p{L}\\p{N}])${slug}(?:[^\\p{L}\\p{N}]|$)`, 'u');
  return !whole.test(last) && named.test(last) ? line : null;
}

function findPlace(
  ctx: Context,
  main: Block[],
  title: string | null,
  notPlace: (line: string) => boolean,
): Found<string[]> | undefined {
  const { NAME_IN_LEGAL_FORM } = currentWords();
  const out: string[] = [];
  const at: (Element | null)[] = [];
  const marked = ctx.index.locationMarked.find((el) => ctx.root.contains(el)) ?? null;
  const markedText = marked ? cleanPlace(textOf(marked, 300)) : '';
  if (markedText && markedText.length <= 120) {
    out.push(markedText);
    at.push(marked);
  } else {
    // A short line between the title and the first part that names a place.
    for (const block of main.slice(1, 8)) {
      if (block.kind === 'heading' && headingKind(block.text) !== 'other') break;
      if (notPlace(block.text)) continue;
      // A sentence that names a place is not the place line ("… mit Sitz in Berlin, der …"), nor a
      // line that introduces what follows ("Como parte de Codeando México, estarás:"); of a line
      // that opens with a name in its legal form, only what follows it ("Siemens AG, München").
      const legal = execWhereMay(NAME_IN_LEGAL_FORM, block.text);
      const line = legal ? block.text.slice(legal.index + legal[0].length).replace(/^[\s,·|–—-]+/u, '') : block.text;
      if (line.length <= 80 && !/[.!?:]$/.test(line) && looksLikePlace(line)) {
        // "Zeitl. Aufwand: 40h/Woche Ort: Berlin-Wedding": only the place after its label.
        out.push(placeAfterInlineLabel([block])?.value[0] ?? cleanPlace(line));
        at.push(block.el);
        break;
      }
      // A postal address under the title names the town, whether or not a list knows it.
      const town = block.text.length <= 160 ? placeOfAddress(block.text) : null;
      if (town) {
        out.push(town);
        at.push(block.el);
        break;
      }
    }
    const named = out.length || (main[1] && notPlace(main[1].text)) ? null : placeTheAddressNames(main[1], ctx.url);
    if (named) {
      out.push(named.text);
      at.push(named.el);
    }
  }
  let cities = title
    ? placesInTitle(title).filter((city) => !out.some((place) => fold(place).includes(fold(city))))
    : [];
  // "(Partnerships)", "(Elternzeitvertretung)": a bracketed word no list knows gives way to the
  // places a sentence names ("we have locations in Ottawa, Montreal …"), as a team's name would.
  if (!out.length && cities.length && !cities.some((city) => looksLikePlace(city))) {
    const said = basedIn(main);
    if (said && !said.value.some((place) => cities.some((city) => fold(place) === fold(city)))) cities = [];
  }
  out.unshift(...cities);
  at.unshift(...cities.map(() => null));
  return out.length ? { value: out, at } : undefined;
}

/**
 * The places listed as items under a place label ("Sede di lavoro" · Roma · Milano · Remote
 * working): each short item, and a workplace word among them read as the workplace.
 */
function placeItems(blocks: readonly Block[], from: number, facts: LabelFacts): string[] {
  const places: string[] = [];
  for (let i = from; i < blocks.length && i < from + 8; i++) {
    const block = blocks[i]!;
    if (block.kind !== 'item' || block.text.length > 80) break;
    const workplace = workplaceFrom(block.text);
    if (workplace) facts.workplace ??= workplace;
    // "si prevede la possibilità di avviare lo stage in modalità smart working": a sentence, no place.
    else if (!/^\p{Ll}/u.test(block.text)) places.push(cleanPlace(block.text));
  }
  return places;
}

/** What the labelled rows told besides the reading's fields: a place that is only a workplace, a deadline. */
interface LabelledRows {
  workplaceAsPlace?: Found<string[]>;
  deadline: boolean;
}

/** Facts printed as "Label: value" (or a label block followed by its value) in the page's details box. */
export function labelledFacts(blocks: readonly Block[], reading: Reading, max = 600): LabelledRows {
  const facts: LabelFacts = {};
  const at: Partial<Record<string, Element>> = {};
  let places: string[] = [];
  for (let i = 0; i < blocks.length && i < max; i++) {
    const block = blocks[i]!;
    if (block.text.length > 240) continue;
    const pair = splitLabel(block.text);
    let kind = pair ? readLabel(pair[0], pair[1], facts) : null;
    if (!kind && block.text.length <= 40 && labelKind(block.text)) {
      const next = blocks[i + 1];
      if (next && next.text.length <= 200) kind = readLabel(block.text, next.text, facts);
      if (kind === 'location' && next?.kind === 'item' && !places.length) places = placeItems(blocks, i + 1, facts);
    }
    if (kind) at[kind] ??= block.el;
  }
  const el = (kind: string) => at[kind] ?? null;
  reading.employmentType ??= found(facts.employmentType, el('employmentType'));
  reading.seniority ??= found(facts.seniority, el('seniority'));
  reading.workplace ??= found(facts.workplace, el('workplace'));
  if (facts.salary) {
    reading.salary ??= found(facts.salary.salary, el('salary'));
    reading.salaryText ??= found(facts.salary.text, el('salary'));
  }
  reading.datePosted ??= found(facts.datePosted, el('datePosted'));
  // The page's own row naming the employer outranks the document title, which often names the site.
  if (facts.company) reading.company = found(facts.company, el('company'));
  const deadline = !!facts.deadline;
  if (!facts.location || reading.locations) return { deadline };
  const value = found(places.length ? places : [facts.location], el('location'));
  // "Location: Remote" names a way of working: returned for the reader to weigh against the
  // places a byline names ("Ansible Health · USA"), which come first.
  if (!places.length && onlyWorkplace(facts.location)) {
    // "Hybrid", "On-site" name no place at all; "Remote" stands for one where nothing else does.
    return { workplaceAsPlace: workplaceFrom(facts.location) === 'remote' ? value : undefined, deadline };
  }
  reading.locations = value;
  return { deadline };
}

const ATS =
  /^https?:\/\/(?:boards|job-boards)\.greenhouse\.io\/([\w-]+)|^https?:\/\/jobs\.(?:lever\.co|ashbyhq\.com)\/([\w-]+)|^https?:\/\/apply\.workable\.com\/([\w-]+)/i;

/**
 * A career page that applies through an ATS names the company in the link ("boards.greenhouse.io/openai"),
 * as does an ATS page's own address. Spelled as the page spells it ("OpenAI"), else (bare) as the slug.
 */
function companyFromAts(href: string, blocks: readonly Block[], bare = true): Found<string> | undefined {
  const match = ATS.exec(href);
  const slug = match?.[1] ?? match?.[2] ?? match?.[3];
  if (!slug) return undefined;
  const spelled = new RegExp(`(?:^|[^\\p{L}])(${slug.replace(/[-_]/g, '[ -]?')})(?:[^\\p{L}]|$)`, 'iu');
  for (const block of blocks.slice(0, 200)) {
    const hit = spelled.exec(block.text);
    if (hit) return found(hit[1]!, block.el);
  }
  return bare ? found(slug) : undefined;
}

/**
 * A place label inside a line whose parts the page ran together ("Gehalt: nach TV-L E12/S1 Ort:
 * Berlin Die Position ist …"): the fewest words after it that name a known place.
 */
function placeAfterInlineLabel(blocks: readonly Block[]): Found<string[]> | undefined {
  const { INLINE_PLACE_LABEL } = currentWords();
  for (const block of blocks.slice(0, 300)) {
    if (block.text.length > 1000) continue;
    const match = INLINE_PLACE_LABEL.exec(block.text);
    if (!match) continue;
    const words = match[1]!.split(' ');
    for (let n = 1; n <= words.length; n++) {
      const place = words.slice(0, n).join(' ');
      if (looksLikePlace(place)) return found([place], block.el);
    }
  }
  return undefined;
}

/**
 * "This role is based in our San Francisco HQ." → San Francisco; "we have locations in Ottawa,
 * Montreal, and Toronto" → each. A vague word ("Remote", "Europe") counts only as a known place.
 */
function basedIn(blocks: readonly Block[]): Found<string[]> | undefined {
  const { BASED_IN, PLACE_LIST_GAP, SITE_WORD_AFTER_PLACE, UNIT_NAME, VAGUE_PLACE } = currentWords();
  for (const block of blocks.slice(0, 300)) {
    const match = BASED_IN.exec(block.text);
    if (!match) continue;
    const places = match[1]!
      .split(PLACE_LIST_GAP)
      .map((place) => place.replace(SITE_WORD_AFTER_PLACE, '').trim())
      .filter((place) => place && !UNIT_NAME.test(place) && (!VAGUE_PLACE.test(place) || looksLikePlace(place)));
    if (places.length) return found(places, block.el);
  }
  return undefined;
}

/** The page's own title without the site's name glued to it ("Engineer | Acme" → "Engineer"). */
function bareDocTitle(ctx: Context): string {
  const og = cleanText(metaContent(ctx.index, 'og:title') ?? ctx.index.title(), 300);
  return og.split(/\s+[|–—]\s+|\s+-\s+(?=[^-]+$)/)[0]?.trim() ?? '';
}

/**
 * The index of the block that is the posting's main heading: the first h1, else (JazzHR and
 * older career templates set the title in an h2 under a logo) the first h2/h3 whose text is
 * the page's own title, so that the header facts under it are read as they are under an h1.
 */
function mainHeading(ctx: Context, blocks: readonly Block[]): number {
  // The first h1 that is not the name of the page's kind ("Detail pozice", "Job details" over the
  // job's own h1 in a company's template), nor one word beside a longer one (a menu button's "Open",
  // a logo's name).
  const h1s = blocks.flatMap((block, i) => (block.kind === 'heading' && block.level === 1 ? [i] : []));
  // The heading the document's title names is the posting's anchor, even where it names only the
  // page ("Descripción de la oferta"): titleBlock then finds the job's name under it.
  const bare = fold(bareDocTitle(ctx));
  const named = bare
    ? blocks.findIndex(
        (block, i) => i < 300 && block.kind === 'heading' && block.level <= 3 && fold(block.text) === bare,
      )
    : -1;
  // h1s that head the posting's parts ("Description" · "Qualifications" · "Bonus Points") are its
  // sections: the job's name is the heading the document's title names ("DevOps Engineer" in an h2).
  const sections = h1s.length >= 2 && h1s.some((i) => !['other', null].includes(headingKind(blocks[i]!.text)));
  if (sections && named >= 0) return named;
  const own = h1s.filter((i) => !namesThePage(blocks[i]!.text));
  // One word the document's title names is the job's ("Pharmacist" over a description's own h1
  // "About 9amHealth"), not a menu button's.
  if (own.includes(named)) return named;
  const h1 = own.find((i) => /\S\s+\S/.test(blocks[i]!.text)) ?? own[0] ?? h1s[0];
  if (h1 !== undefined) return h1;
  if (named >= 0) return named;
  // A page that opens with a heading of no part ("Student-assistent Informatica gezocht …" in an h2
  // under a document title "Vacature"), or has only a short line of links before it ("Paluu
  // listalle Muokkaa hakua Uusi haku" over "Pääsuunnittelija, Kela, Jyväskylä" in an h3): that
  // heading is the page's.
  const first = blocks.slice(0, LEAD_LINES).findIndex((block) => block.kind === 'heading');
  const lead = first >= 0 && blocks.slice(0, first).every((block) => block.text.length <= SHORT_LEAD);
  return lead && ofNoPart(blocks[first], 3) ? first : -1;
}

/** At most this many short lines (a site's name, a row of links) before a page's first heading that is still the page's. */
const LEAD_LINES = 3;
const SHORT_LEAD = 60;

/** A short heading of no part, at most as deep as `level`. */
const ofNoPart = (block: Block | undefined, level: number): boolean =>
  block?.kind === 'heading' && block.level <= level && block.text.length <= 150 && headingKind(block.text) === 'other';

/**
 * The block that names the job: the main heading, unless it names only the kind of page
 * ("Vacatures" over "School de Hofakker · Vorden" and an h4 "Inval leerkracht kleuterklas"), where
 * the first heading of no part below it, before any part, does.
 */
function titleBlock(main: readonly Block[]): Block {
  const heading = main[0]!;
  if (!namesThePage(heading.text)) return heading;
  for (const block of main.slice(1, 12)) {
    if (block.kind === 'heading' && headingKind(block.text) !== 'other') break;
    if (ofNoPart(block, 4) && !namesThePage(block.text)) return block;
  }
  return heading;
}

/**
 * The elements with a title: the page's few, else the first 200 under the root. From the page's
 * index where it lists them all (no search of a large page), else by a search.
 */
function titledElements({ index, root }: Context): readonly Element[] {
  const few = index.carriersOf('title');
  if (few) return few;
  if (index.complete && !index.attributeNames.has('title')) return [];
  const listed = index.complete ? index.carriersOf('title', MAX_LISTED) : null;
  const under = listed
    ? listed.filter((el) => el !== root && root.contains(el))
    : Array.from(root.querySelectorAll('[title]'));
  return under.slice(0, 200);
}

/** Whether every element child of an element is an icon or a span (JazzHR's `<i class="fa …">` beside the value). */
function holdsOnlyIcons(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling)
    if (!/^(?:I|SVG|svg|SPAN|IMG)$/.test(child.tagName)) return false;
  return true;
}

/**
 * Facts whose label is only a tooltip: JazzHR prints `<div title="Location"><i class="fa …"></i>Tampa, FL</div>`,
 * an icon standing for the label on screen. Only short values of elements without element
 * children other than icons are read, so a titled link or box is never taken for a fact.
 */
function tooltipFacts(ctx: Context, reading: Reading): void {
  const { TOOLTIP_LEVEL } = currentWords();
  const titled = titledElements(ctx);
  const facts: LabelFacts = {};
  const at: Partial<Record<string, Element>> = {};
  for (const el of titled) {
    // The cheap questions first: most titled elements are links, or hold more than icons.
    if (el.tagName === 'A' || el.tagName === 'ABBR' || !holdsOnlyIcons(el) || !ctx.root.contains(el)) continue;
    const label = el.getAttribute('title') ?? '';
    const value = textOf(el, 200);
    if (!value || value.length > 120) continue;
    // "Experience" labels a level only here: as a heading it starts a part of the posting.
    const kind = readValue(TOOLTIP_LEVEL.test(label) ? 'seniority' : labelKind(label), value, facts);
    if (kind) at[kind] ??= el;
  }
  const el = (kind: string) => at[kind] ?? null;
  reading.employmentType ??= found(facts.employmentType, el('employmentType'));
  reading.seniority ??= found(facts.seniority, el('seniority'));
  reading.workplace ??= found(facts.workplace, el('workplace'));
  if (facts.location && !reading.locations) reading.locations = found([facts.location], el('location'));
}

/**
 * A workplace badge in the line under the title: Teamtailor prints "Tech · Stockholm · Hybrid",
 * other career pages "Full-time | Remote". Only a part that is the workplace word alone counts.
 */
function workplaceBadge(main: readonly Block[]): Found<Workplace> | undefined {
  for (const block of main.slice(1, 8)) {
    if (block.kind === 'heading' && headingKind(block.text) !== 'other') break;
    if (block.text.length > 100) continue;
    for (const part of block.text.split(/\s*[·•|]\s*/)) {
      const workplace = part.length <= 25 && part.split(' ').length <= 3 ? workplaceFrom(part) : null;
      if (workplace) return found(workplace, block.el);
    }
  }
  return undefined;
}

/** How many elements before and after the title a post's own date may stand: its byline, its header. */
const DATE_NEAR_TITLE = 3;

/**
 * The date a post's header gives in a <time datetime> beside its title ("By awalvie · <time
 * datetime="2026-05-01">May 1, 2026</time>", a blog's meta line over its h1): the day it was posted.
 * Only the few elements around the title: a date further down is an event's or a deadline's.
 */
function timeBesideTitle(title: Element): Found<string> | undefined {
  const near: Element[] = [];
  for (let el = title.previousElementSibling, i = 0; el && i < DATE_NEAR_TITLE; el = el.previousElementSibling, i++)
    near.push(el);
  for (let el = title.nextElementSibling, i = 0; el && i < DATE_NEAR_TITLE; el = el.nextElementSibling, i++)
    near.push(el);
  for (const el of near) {
    const time = el.matches('time[datetime]') ? el : el.querySelector('time[datetime]');
    const date = isoDate(time?.getAttribute('datetime'));
    if (time && date) return found(date, time);
  }
  return undefined;
}

/** The generic reader's reading, in steps (steps.ts): the page's blocks, their parts, what the parts say, the rest. */
function* genericSteps(ctx: Context): Steps<Reading> {
  const blocks = blocksOf(ctx.root, { skipChrome: true });
  yield;
  const h1 = mainHeading(ctx, blocks);
  const main = h1 >= 0 ? blocks.slice(h1) : blocks;
  const named = h1 >= 0 ? titleBlock(main) : null;
  const title = named?.text ?? null;
  yield;
  const sections = sectionsOf(main);
  yield;
  const reading: Reading = { ...sectionFacts(sections), blocks: main, blockSections: sections };
  const jobLinks = jobLinkCount(ctx);
  const countsJobs = title !== null && titleCountsJobs(title);
  reading.posting = !countsJobs && looksLikePosting(sections, h1 >= 0, jobLinks);
  if (named) reading.title = found(named.text, named.el);
  else if (reading.posting) {
    // No main heading: the page's own title, without the site's name glued to it.
    const bare = bareDocTitle(ctx);
    if (bare && bare.length <= 150 && !namesThePage(bare)) reading.title = found(bare);
  }
  const siteName = metaContent(ctx.index, 'og:site_name');
  reading.company = found(
    withoutDomain(companyFromDocTitle(ctx.index.title(), title) ?? (cleanText(siteName) || null)),
  );
  const docTitleCompany = reading.company;
  const { workplaceAsPlace, deadline } = labelledFacts(main, reading);
  yield;
  if (named) reading.datePosted ??= timeBesideTitle(named.el);
  // "Organization: Reporters Without Borders · Location: London, UK": rows that name who hires
  // and where, as a byline does.
  const labelledEmployerAndPlace = reading.company !== docTitleCompany && !!reading.locations;
  tooltipFacts(ctx, reading);
  const byline = title ? bylineOf(main) : null;
  reading.company ??= byline?.company;
  const header = title ? headerLineOf(main) : null;
  if (header?.company) reading.company ??= found(header.company, header.el);
  // A thread's heading over the post ("Ask HN: Who is hiring? (June 2026)") asks; the job is the
  // line's title.
  if (header?.title && title?.includes('?')) reading.title = found(header.title, header.el);
  if (header?.workplace) reading.workplace ??= found(header.workplace, header.el);
  reading.workplace ??= byline?.workplace;
  reading.workplace ??= workplaceBadge(main);
  yield;
  reading.applyUrl = findApply(ctx, ctx.root);
  if (!reading.company && reading.applyUrl) reading.company = companyFromAts(reading.applyUrl.value, main);
  reading.company ??= companyInText(main, ctx.url) ?? companyFromAts(ctx.url, main, false);
  // A byline that named the company, and a line that opens with the company's name ("Sport
  // Singapore", "Virta Health · Remote"), are no place line.
  const company = reading.company?.value;
  const notPlace = (line: string) =>
    (!!byline?.company && line === byline.line) ||
    line === header?.line ||
    (!!company && line.startsWith(company) && (line === company || /^\s*[·•|]/.test(line.slice(company.length))));
  const headerPlaces = header?.places.length ? found(header.places, header.el) : undefined;
  reading.locations ??= byline?.places ?? headerPlaces ?? workplaceAsPlace ?? findPlace(ctx, main, title, notPlace);
  if (!reading.locations) reading.locations = placeAfterInlineLabel(main) ?? basedIn(main);
  yield;
  if (title && !reading.posting && !countsJobs) {
    // Fewer parts than a posting shows: the signs of an ad around them decide.
    const signs = adSigns(title, main, {
      employerAndPlace: !!(byline?.company && byline.places) || labelledEmployerAndPlace || !!header?.company,
      labelledJobFact: !!(reading.employmentType || reading.salary) || deadline || !!header?.terms,
      applyLink: !!reading.applyUrl,
    });
    reading.posting = looksLikePosting(sections, true, jobLinks, signs);
  }
  return reading;
}

const generic: Source = {
  id: 'generic',
  matches: () => true,
  read: (ctx) => runNow(genericSteps(ctx)),
  readInSteps: genericSteps,
};
export default generic;
