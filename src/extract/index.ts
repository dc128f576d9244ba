// extractJob(document, url, rules): the one entry point. Reads a page in named steps: run the sources
// (structured data, the site's own, the generic reader), choose the body and its parts, merge
// the readings field by field with provenance, derive the facts read from the text; then note
// the heading each item stood under and apply the site's rules (given, never loaded). Every
// field records which source found it and where it stands on the page.
// Pure: it never mutates the document and touches no browser or storage API;
// any exception is caught and the page is reported as not a posting.
import { type JobPosting, notAPosting } from '../model/posting';
import type { SiteRule } from '../model/site-rules';
import { applyRules } from './apply-rules';
import { isBotCheck } from './bot-check';
import { chooseBody } from './choose-body';
import { deriveFacts } from './derive-facts';
import { forgetPageIndex, parseDocument, viewSourceText } from './dom';
import { recordItemHeadings } from './item-headings';
import { Merger, mergeReadings } from './merge';
import { contextOf, runSources } from './run-sources';
import { plain } from './text';
import type { Context } from './types';
import { readingIn } from './words';
import { pageLanguages } from './words/page-languages';

export type { JobPosting } from '../model/posting';

/** page is the document on screen; doc the one read, which differs for a saved view-source page. */
function extract(doc: Document, url: string, page: Document = doc): JobPosting {
  if (!doc?.documentElement) return notAPosting(url);
  // A saved "view source" page: read the page it shows (no paths: its nodes are not on screen as such).
  const source = doc === page ? viewSourceText(doc) : null;
  if (source) {
    const shown = parseDocument(doc, source);
    if (shown) return extract(shown, url, page);
  }
  const ctx = contextOf(doc, url);
  // The page's languages, read once: every pattern this reading uses is built for them alone.
  return readingIn(pageLanguages(doc, ctx.index), () => readPosting(ctx, doc, page, url));
}

/** The posting a page holds, read with the patterns of its languages (extract). */
function readPosting(ctx: Context, doc: Document, page: Document, url: string): JobPosting {
  if (isBotCheck(ctx.index)) return notAPosting(url);
  const readings = runSources(ctx);
  if (!readings) return notAPosting(url);
  const body = chooseBody(readings, doc, page);
  const merger = new Merger(readings, page);
  const posting = mergeReadings(readings, body, merger, url);
  deriveFacts(posting, merger, body);
  return posting;
}

/** Every string of the posting as plain text (markup that survived as text is dropped). */
function plainStrings<T>(value: T): T {
  if (typeof value === 'string') return plain(value) as T;
  if (Array.isArray(value)) return value.map(plainStrings) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = plainStrings(item);
    return out as T;
  }
  return value;
}

/**
 * Reads the job posting a page holds. Never throws, never mutates the document; every string is plain text.
 * `rules`: what a person's corrections taught Jobmark about sites (only the page's own site's apply).
 */
export function extractJob(document: Document, url: string, rules: readonly SiteRule[] = []): JobPosting {
  const at = typeof url === 'string' ? url : '';
  try {
    const posting = plainStrings(extract(document, at));
    posting.url = at;
    if (posting.isJobPosting) recordItemHeadings(document, posting);
    return applyRules(posting, rules);
  } catch {
    return notAPosting(at);
  } finally {
    if (document) forgetPageIndex(document);
  }
}
