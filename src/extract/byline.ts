// The line under a posting's title that names who hires and where: "Acme GmbH · Berlin",
// "Balsfjord kommune · Storsteinnes", "Acme — Lisbon, Portugal · Hybrid". Job boards and
// career pages without structured data print it (LinkedIn, Indeed, many ATS templates), and it
// is often the only place a page names its company and town.
//
// Its parts are told apart by what they are: a workplace or employment word is that fact; a
// known place is a place; a team's name ("Engineering") is neither. Of what is left, the first
// part is the company, and only when the line also names a place (or the company again stands
// in the text below), so that a department line ("Tech · Stockholm") or a tagline is never taken
// for a company; later parts that read as proper names are places.
import type { Workplace } from '../model/posting';
import { employmentTypeFrom } from './facts/employment';
import { workplaceFrom } from './facts/workplace';
import { cleanPlace, looksLikePlace, nameOfPlace } from './location';
import { type Block, headingKind } from './sections';
import { fold } from './text';
import { type Found, found } from './types';
import { currentWords } from './words';

export interface Byline {
  /** The line it was read from: no other reader takes it for a place line. */
  line: string;
  company?: Found<string>;
  places?: Found<string[]>;
  workplace?: Found<Workplace>;
}

/** Separators between a byline's parts: middle dots, bullets, bars, spaced dashes. */
const SEPARATOR = /\s*[·•|;]\s*|\s+[–—]\s+/u;
/** A part that is a name: letters, starting with a capital, a few words, no sentence ("RANDSTAD A/S", "Canal+"). */
const PROPER_NAME = /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.,()/+\- ]{0,78}$/u;
/** A brand written in lower case is one word ("roadsurfer", "sherpany"); words in lower case are a tagline. */
export const LOWER_CASE_BRAND = /^\p{Ll}[\p{L}\p{N}&.\-]{2,40}$/u;
/** Dates, counts, pay: "3 days ago", "2026-12-01", "€60k". */
const NOT_A_NAME = /\d{4}-\d\d|\bago\b|[$€£]|\d+\s*%/u;

/** A byline's length at most: an employer and a few places ("… · Indianapolis, Indiana; Limestone, Maine; …"). */
const MAX_BYLINE = 240;

/** The byline among the few blocks right under the main heading (main[0]), before any part. */
export function bylineOf(main: readonly Block[]): Byline | null {
  const { AUTHOR_CREDIT, TITLE_MARKER } = currentWords();
  for (let i = 1; i < Math.min(main.length, 4); i++) {
    const block = main[i]!;
    if (block.kind === 'heading' && headingKind(block.text) !== 'other') return null;
    if (block.kind === 'item' || block.text.length > MAX_BYLINE) continue;
    const parts = block.text
      .split(SEPARATOR)
      // "ETS 3 EPIS - · 68 - AMMERSCHWIHR": a dash left at a part's edge joins nothing.
      .map((part) => part.replace(/^[\s\-–—]+|[\s\-–—]+$/gu, ''))
      .filter(Boolean);
    if (parts.length < 2) continue;
    // "By awalvie · May 1, 2026": a post's writer and its date, not who hires and where.
    if (parts.some((part) => AUTHOR_CREDIT.test(part))) continue;
    // "Lagerist (w/m/d) – Fachkraft für Lagerlogistik": the title said again, longer, not who hires.
    if (parts.some((part) => TITLE_MARKER.test(part))) continue;
    // Looked for only when the line alone cannot tell, and only as far as a posting goes.
    const standsBelow = (name: string) => {
      const key = fold(name);
      return main.slice(i + 1, 400).some((below) => fold(below.text).includes(key));
    };
    return readParts(parts, block, standsBelow);
  }
  return null;
}

/**
 * "Baidu USA · Mountain View, CA", "Sungrow North America · Tempe, AZ": a line's first part that is a
 * name and the region it serves (no comma; its head no place) before a place is the company.
 */
function brandOfRegion(part: string, parts: readonly string[]): boolean {
  if (part.includes(',') || !PROPER_NAME.test(part) || !parts.slice(1).some((other) => looksLikePlace(other)))
    return false;
  const words = part.split(/\s+/);
  return [1, 2].some(
    (n) =>
      words.length > n && !looksLikePlace(words.slice(0, -n).join(' ')) && looksLikePlace(words.slice(-n).join(' ')),
  );
}

function readParts(parts: readonly string[], block: Block, standsBelow: (name: string) => boolean): Byline | null {
  const { el } = block;
  const { DEPARTMENTS, HAS_LEGAL_FORM } = currentWords();
  const byline: Byline = { line: block.text };
  const places: string[] = [];
  const names: string[] = [];
  let known = 0;
  let workplacePart: string | undefined;
  for (const [index, part] of parts.entries()) {
    const short = part.length <= 30 && part.split(' ').length <= 3;
    const workplace = short ? workplaceFrom(part) : null;
    if (workplace) {
      byline.workplace ??= found(workplace, el);
      workplacePart ??= part;
      known++;
      // "Remote (Germany)", "Remote Worldwide": the words beside the workplace's may be its place.
      const beside = part
        .split(/\s+/)
        .filter((word) => !workplaceFrom(word))
        .join(' ');
      if (beside && looksLikePlace(beside)) places.push(cleanPlace(part));
    } else if ((short && employmentTypeFrom(part)) || NOT_A_NAME.test(part)) known++;
    else if (PROPER_NAME.test(part) && HAS_LEGAL_FORM.test(part)) names.push(part);
    else if (looksLikePlace(part) && !nameOfPlace(part) && !(index === 0 && brandOfRegion(part, parts)))
      places.push(cleanPlace(part));
    else if (DEPARTMENTS.has(fold(part))) known++;
    else if (PROPER_NAME.test(part) || LOWER_CASE_BRAND.test(part)) names.push(part);
    else return null; // a sentence or a tagline: not a byline
  }
  const [first, ...rest] = names;
  // The first name is the company where the line also names a place (or more names, which
  // are places) or a workplace ("Iodine Software · Remote"), or where the name stands again in
  // the text below the line.
  if (first && (places.length || rest.length || byline.workplace || standsBelow(first))) {
    byline.company = found(first, el);
    places.push(...rest.map(cleanPlace));
  } else if (first && !known) return null;
  // "Acme · Remote": where the line names no other place, its workplace is where the job is, as a
  // job board's place field says "Remote".
  if (!places.length && workplacePart && byline.company) places.push(cleanPlace(workplacePart));
  if (places.length) byline.places = found(places, el);
  return byline.company || byline.places || byline.workplace ? byline : null;
}
