// Runs the sources in order: structured data (JSON-LD, microdata), the site's own source for
// this page, then the generic reader, and decides from what they say whether the page is one
// posting. A source that throws is skipped; a page that is a list stops the reading early.
import type { SourceId } from '../model/posting';
import { indexPage } from './dom';
import { linksLikeAList } from './list-page';
import { GENERIC_SOURCE, SITE_SOURCES, STRUCTURED_SOURCES } from './sources/index';
import type { Steps } from './steps';
import type { Context, Reading, Source } from './types';

/** A source's reading with the source's id. */
export interface Tagged {
  id: SourceId;
  reading: Reading;
}

/** What the sources read, in the order they are asked. */
export interface Readings {
  structured: Tagged[];
  site: Tagged[];
  /** The generic reader's, as a list of one (or none) to merge with the others. */
  generic: Tagged[];
}

export function contextOf(doc: Document, url: string): Context {
  let parsed: URL | null = null;
  try {
    parsed = url ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  const root = doc.body ?? doc.documentElement;
  return { doc, url, u: parsed, root: root as Element, index: indexPage(doc) };
}

function run(source: { read(ctx: Context): Reading | null }, ctx: Context): Reading | null {
  try {
    return source.read(ctx);
  } catch {
    return null;
  }
}

/** run, in the source's steps where it has them. */
function* runStepwise(source: Source, ctx: Context): Steps<Reading | null> {
  if (!source.readInSteps) return run(source, ctx);
  try {
    return yield* source.readInSteps(ctx);
  } catch {
    return null;
  }
}

function matches(source: { matches(ctx: Context): boolean }, ctx: Context): boolean {
  try {
    return source.matches(ctx);
  } catch {
    return false;
  }
}

/** Whether the page is one posting: a site that knows wins, then structured data, then the generic reader. */
function decidePosting(structured: Tagged[], site: Tagged[], generic: Reading | null): boolean {
  if (site.some((tagged) => tagged.reading.posting === false)) return false;
  if (structured.some((tagged) => tagged.reading.posting === true)) return true;
  if (site.some((tagged) => tagged.reading.posting === true)) return true;
  if (structured.some((tagged) => tagged.reading.posting === false)) return false;
  return generic?.posting === true;
}

/** Every source's reading, or null where the page is no posting; a step each for the structured data, the site's and the generic reader. */
export function* sourceSteps(ctx: Context): Steps<Readings | null> {
  const structured: Tagged[] = [];
  for (const source of STRUCTURED_SOURCES) {
    const reading = run(source, ctx);
    if (reading) structured.push({ id: source.id, reading });
  }
  yield;
  const site: Tagged[] = [];
  for (const source of SITE_SOURCES) {
    if (!matches(source, ctx)) continue;
    const reading = run(source, ctx);
    if (reading) site.push({ id: source.id, reading });
  }
  yield;
  const says = (tagged: Tagged[], posting: boolean) => tagged.some((each) => each.reading.posting === posting);
  // A site that knows this page is a list (a search, a board) needs no further reading.
  if (says(site, false) && !says(structured, true)) return null;
  // Nor does a page that links to a hundred jobs, unless its data or its site says it is a
  // posting: the generic reader would call it a list (decidePosting then follows it) after
  // walking every block of a large page for nothing.
  if (!says([...structured, ...site], true) && linksLikeAList(ctx)) return null;
  const genericReading = yield* runStepwise(GENERIC_SOURCE, ctx);
  if (!decidePosting(structured, site, genericReading)) return null;
  const generic = genericReading ? [{ id: GENERIC_SOURCE.id, reading: genericReading }] : [];
  return { structured, site, generic };
}
