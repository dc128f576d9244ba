// Whether a page is a list of jobs (a search result, a board, a career site's home) rather than
// one posting: it links to dozens of job pages, or its text has no parts of a posting under its title.
import { countItems, type Sections } from './sections';
import type { Context } from './types';
import { JOB_LINK } from './words';

/** Distinct links to job pages: a search result or a board links to dozens. */
export function jobLinkCount(ctx: Context, max = 200): number {
  const seen = new Set<string>();
  for (const anchor of ctx.index.anchors) {
    const href = anchor.getAttribute('href') ?? '';
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
export function looksLikePosting(sections: Sections, hasTitle: boolean, jobLinks: number): boolean {
  if (jobLinks >= LIST_JOB_LINKS) return false;
  const kinds = [sections.responsibilities, sections.requirements, sections.niceToHave, sections.benefits].filter(
    (items) => items.length,
  ).length;
  if (!hasTitle) return kinds >= 3;
  return (
    kinds >= 2 ||
    (kinds >= 1 &&
      countItems(sections) >= 3 &&
      (sections.requirements.length > 0 || sections.responsibilities.length > 0))
  );
}
