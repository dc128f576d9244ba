// extractJob(document, url, rules): the one entry point. Reads a page in named steps: run the sources
// (structured data, the site's own, the generic reader), choose the body and its parts, merge
// the readings field by field with provenance, derive the facts read from the text; then note
// the heading each item stood under and apply the site's rules (given, never loaded). Every
// field records which source found it and where it stands on the page.
// Pure: it never mutates the document and touches no browser or storage API;
// any exception is caught and the page is reported as not a posting.
// extractJobInSteps is the same reading with a pause between its steps (steps.ts), for the page
// reader: the first reading in a tab compiles the patterns it meets, too long for one task (issue 20).
import { type JobPosting, notAPosting } from '../model/posting';
import type { SiteRule } from '../model/site-rules';
import { applyRules } from './apply-rules';
import { isBotCheck } from './bot-check';
import { chooseBody } from './choose-body';
import { deriveFactSteps } from './derive-facts';
import { pageIndexKept, parseDocument, viewSourceText } from './dom';
import { recordItemHeadings } from './item-headings';
import { titleNamesNoJob } from './list-page';
import { Merger, mergeReadings } from './merge';
import { contextOf, sourceSteps } from './run-sources';
import { runInSteps, runNow, type Steps, within } from './steps';
import { plain } from './text';
import type { Context } from './types';
import { readingScope } from './words';
import { pageLanguages } from './words/page-languages';

export type { JobPosting } from '../model/posting';

/**
 * The steps of reading a page (steps.ts): page is the document on screen; doc the one read, which
 * differs for a saved view-source page.
 */
function* extractSteps(doc: Document, url: string, page: Document = doc): Steps<JobPosting> {
  if (!doc?.documentElement) return notAPosting(url);
  // A saved "view source" page: read the page it shows (no paths: its nodes are not on screen as such).
  const source = doc === page ? viewSourceText(doc) : null;
  if (source) {
    const shown = parseDocument(doc, source);
    if (shown) return yield* extractSteps(shown, url, page);
  }
  const ctx = contextOf(doc, url);
  // The page's languages, read once: every pattern this reading uses is built for them alone.
  const languages = pageLanguages(doc, ctx.index);
  yield;
  return yield* within(readingScope(languages), postingSteps(ctx, doc, page, url));
}

/** The posting a page holds, read with the patterns of its languages (extractSteps). */
function* postingSteps(ctx: Context, doc: Document, page: Document, url: string): Steps<JobPosting> {
  if (isBotCheck(ctx.index)) return notAPosting(url);
  const readings = yield* sourceSteps(ctx);
  if (!readings) return notAPosting(url);
  yield;
  const body = chooseBody(readings, doc, page);
  yield;
  const merger = new Merger(readings, page);
  const posting = mergeReadings(readings, body, merger, url);
  // Whatever its sources say, a talent pool or an open application offers no job.
  if (posting.title && titleNamesNoJob(posting.title)) return notAPosting(url);
  yield;
  yield* deriveFactSteps(posting, merger, body);
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

/** The steps of extractJob (steps.ts). */
function* jobSteps(document: Document, at: string, rules: readonly SiteRule[]): Steps<JobPosting> {
  try {
    const posting = plainStrings(yield* extractSteps(document, at));
    posting.url = at;
    if (posting.isJobPosting) {
      yield;
      recordItemHeadings(document, posting);
    }
    return applyRules(posting, rules);
  } catch {
    return notAPosting(at);
  }
}

/** extractJob's steps, each with the page's index the reading made (and none left after it). */
function readingSteps(document: Document, url: string, rules: readonly SiteRule[]): Steps<JobPosting> {
  return within(pageIndexKept(document), jobSteps(document, typeof url === 'string' ? url : '', rules));
}

/**
 * Reads the job posting a page holds. Never throws, never mutates the document; every string is plain text.
 * `rules`: what a person's corrections taught Jobmark about sites (only the page's own site's apply).
 */
export function extractJob(document: Document, url: string, rules: readonly SiteRule[] = []): JobPosting {
  return runNow(readingSteps(document, url, rules));
}

/**
 * extractJob made in steps, with `pause` awaited between two (the page reader: each step a task of
 * its own, so that reading never blocks the page for long, issue 20). The same result as extractJob
 * on the page as it was at each step; a reading run meanwhile keeps its own index, patterns and memos.
 */
export function extractJobInSteps(
  document: Document,
  url: string,
  rules: readonly SiteRule[] = [],
  pause: () => Promise<unknown> = nextTask,
): Promise<JobPosting> {
  return runInSteps(readingSteps(document, url, rules), pause);
}

/** Resolves in a task of its own, after what the page has queued: a message to itself (no timer, which browsers hold back to 4 ms when nested). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
