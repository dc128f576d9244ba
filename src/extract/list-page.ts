// Whether a page is a list of jobs (a search result, a board, a career site's home) rather than
// one posting: it links to dozens of job pages, or its text has no parts of a posting under its title.
import { type Block, countItems, type Sections } from './sections';
import { fold } from './text';
import type { Context } from './types';
import { currentWords } from './words';

/** Up to how many distinct job links are counted. */
const MAX_JOB_LINKS = 200;

/** Each reading's count: asked whether the page is a list (runSources) and by the generic reader, read once. */
const counted = new WeakMap<Context, number>();

/** Distinct links to job pages (up to MAX_JOB_LINKS): a search result or a board links to dozens. */
export function jobLinkCount(ctx: Context): number {
  const known = counted.get(ctx);
  if (known !== undefined) return known;
  const { JOB_LINK } = currentWords();
  const seen = new Set<string>();
  for (const anchor of ctx.index.anchors) {
    const href = anchor.getAttribute('href') ?? '';
    if (JOB_LINK.test(href)) seen.add(href.split('#')[0]!);
    if (seen.size >= MAX_JOB_LINKS) break;
  }
  counted.set(ctx, seen.size);
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
 * Whether a page's title counts the jobs it lists ("3 618 offres", "245 Stellenangebote"): a search
 * result. A title that marks the genders an ad is open to is an ad for that many places
 * ("2 Stellen Erzieher (m/w/d)").
 */
export function titleCountsJobs(title: string): boolean {
  const { LIST_TITLE, TITLE_MARKER } = currentWords();
  return LIST_TITLE.test(title) && !TITLE_MARKER.test(title);
}

/**
 * Whether a title names an application for no particular job ("Talent Pool - Cyber & Engineering
 * Roles", "General Application", "Initiativbewerbung"): the page asks for candidates, it offers no job.
 */
export function titleNamesNoJob(title: string): boolean {
  return currentWords().NO_JOB_TITLE.test(fold(title));
}

/** What the rest of the page says of an ad (sources/generic.ts reads each). */
export interface AdFacts {
  /** The line under the title names the employer and a place ("ME GROUP · ECHIROLLES"). */
  employerAndPlace: boolean;
  /** A labelled fact of a job: "Contract: full-time", "Salary: …". */
  labelledJobFact: boolean;
  /** A link or button to apply. */
  applyLink: boolean;
}

/** How far into the posting an employer's sentence of hiring is looked for. */
const SEEKING_BLOCKS = 60;

/**
 * The signs, each counted once, that a page with a title is one job ad even where its text has no
 * parts under headings (a prose ad, "Chef de Projet Photo H/F" over paragraphs): the title marks
 * the genders it is open to or names an occupation, an employer's sentence of hiring, the employer
 * and place under the title, a labelled fact of a job, an apply link.
 */
export function adSigns(title: string, main: readonly Block[], facts: AdFacts): number {
  const { SEEKING, TITLE_MARKER, TITLE_OCCUPATION, TITLE_SEEKS } = currentWords();
  // "DLR sucht Referent:in (m/w/d) …": a title that is a sentence of hiring is one too.
  const seeking = TITLE_SEEKS.test(title) || main.slice(0, SEEKING_BLOCKS).some((block) => SEEKING.test(block.text));
  // A title that marks the genders it is open to, or names an occupation ("Data Scientist"), names a job.
  const namesJob = TITLE_MARKER.test(title) || TITLE_OCCUPATION.test(title);
  return [namesJob, seeking, facts.employerAndPlace, facts.labelledJobFact, facts.applyLink].filter(Boolean).length;
}

/**
 * Whether blocks read like one posting rather than a list, an article or a shop: parts of
 * the posting under its title; without a title, most parts. With fewer parts, the signs of an
 * ad (adSigns) decide: two where no part was found, one beside a part. A page that links to a
 * hundred jobs is a list whatever its text says.
 */
export function looksLikePosting(sections: Sections, hasTitle: boolean, jobLinks: number, signs = 0): boolean {
  if (jobLinks >= LIST_JOB_LINKS) return false;
  // A part read from paragraphs alone ("Prendre en charge …" · "Suivre …") could be an article's
  // prose: it does not count here; the signs of an ad decide such a page.
  const kinds = [sections.responsibilities, sections.requirements, sections.niceToHave, sections.benefits].filter(
    (items) => items.some((item) => item.guessed !== 'prose'),
  ).length;
  if (!hasTitle) return kinds >= 3;
  return (
    kinds >= 2 ||
    (kinds >= 1 &&
      (signs >= 1 ||
        // Asks of the person, must-have or optional, or duties: a list of perks alone is no posting.
        (countItems(sections) >= 3 &&
          (sections.requirements.length > 0 ||
            sections.niceToHave.length > 0 ||
            sections.responsibilities.length > 0)))) ||
    signs >= 2
  );
}
