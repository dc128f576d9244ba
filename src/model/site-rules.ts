// What Jobmark remembers of a site: rules learnt from a person's corrections,
// where a rule can be stated. Each is plain data the reader consults
// (extract/apply-rules.ts), never code, and names the one site it is for.
import { ATS_BOARD_HOSTS } from './ats-boards';
import type { ItemPlace } from './corrections';
import { PLACE_WORDS } from './fact-words';

/** The job a rule was learnt from, as it was named then (the job may be deleted since). */
export interface RuleSource {
  jobId: string;
  title: string;
}

interface RuleBase {
  id: string;
  /** The site's host, lower-case, without "www." (siteOf). */
  site: string;
  /**
   * On a job system that hosts many companies' boards (model/ats-boards.ts), the company's board
   * the rule is for: the first segment of the path, lower-case ("acme" on boards.greenhouse.io/acme).
   * Absent: the rule is for every page of the host.
   */
  board?: string;
  /** ISO time it was learnt. */
  at: string;
  from: RuleSource | null;
}

export type SiteRule = RuleBase &
  (
    | /** Items under a heading with these words belong to this part (or to none) on this site. */
    { kind: 'heading'; heading: string; part: ItemPlace }
    /** The company's name as read here ends with these words, which are not part of it ("| Careers"). */
    | { kind: 'company-suffix'; suffix: string }
    /** Pages of this site whose path starts so are not one job posting (a search, a list). */
    | { kind: 'not-posting'; path: string }
    /** Pages of this site whose path starts so are a job posting, whatever the reader says. */
    | { kind: 'posting'; path: string }
    /** The place is written after these words on this site's pages ("Office base:" Porto), or on the line below them. */
    | { kind: 'place-label'; label: string }
  );
export type RuleKind = SiteRule['kind'];
export const RULE_KINDS: readonly RuleKind[] = ['heading', 'company-suffix', 'not-posting', 'posting', 'place-label'];
/** The rules that say whether pages under a path are a posting. */
export type PageRule = SiteRule & { kind: 'posting' | 'not-posting' };
const isPageRule = (r: SiteRule): r is PageRule => r.kind === 'posting' || r.kind === 'not-posting';

/** The site a page belongs to for rules: its host, lower-case, without a leading "www."; null for no web address. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** A board's name as the path writes it: letters, digits, dot, dash, underscore. */
export const BOARD = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** What a rule learnt on a page is for: its site, and on a job system of many companies, the company's board. */
export interface Scope {
  site: string;
  board?: string;
}

export function scopeOf(url: string): Scope | null {
  const site = siteOf(url);
  if (!site) return null;
  if (!ATS_BOARD_HOSTS.includes(site)) return { site };
  const first = new URL(url).pathname.split('/')[1]?.toLowerCase() ?? '';
  let board = first;
  try {
    board = decodeURIComponent(first);
  } catch {}
  return BOARD.test(board) ? { site, board } : { site };
}

/** Whether a rule is for a page of this scope: its site, and its board where it names one. */
export const ruleFits = (rule: SiteRule, scope: Scope): boolean =>
  rule.site === scope.site && (rule.board === undefined || rule.board === scope.board);

/** Where a rule applies, in words for the rules page. */
export const describeScope = (rule: Pick<SiteRule, 'site' | 'board'>): string =>
  rule.board === undefined ? `Every page of ${rule.site}` : `The board of “${rule.board}” on ${rule.site}`;

/**
 * What the rules say of a page at `url`: a posting, not one, or nothing. The rule of the longest
 * path under which the page lies wins ("/jobs/" no posting, "/jobs/view/" a posting); of two for
 * one path, the newer.
 */
export function pageSays(url: string, rules: readonly SiteRule[]): PageRule['kind'] | null {
  const scope = scopeOf(url);
  if (!scope) return null;
  const path = new URL(url).pathname;
  const fit = rules
    .filter(isPageRule)
    .filter((r) => ruleFits(r, scope) && path.startsWith(r.path))
    .sort((a, b) => b.path.length - a.path.length || b.at.localeCompare(a.at));
  return fit[0]?.kind ?? null;
}

/** A label as a person reads it: spacing, case and a closing colon or dash do not matter. */
export const labelKey = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*[:：–—-]\s*$/, '')
    .trim()
    .toLowerCase();

/** Headings are compared as a person reads them: spacing, case and a closing colon do not matter. */
export const headingKey = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*:\s*$/, '')
    .trim()
    .toLowerCase();

/** Two rules that say the same thing of the same site: a newer one replaces the older. */
export function sameSubject(a: SiteRule, b: SiteRule): boolean {
  if (a.site !== b.site || a.board !== b.board) return false;
  // "A posting" and "not a posting" for one path say opposite things of the same pages.
  if (isPageRule(a) && isPageRule(b)) return a.path === b.path;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'heading' && b.kind === 'heading') return headingKey(a.heading) === headingKey(b.heading);
  if (a.kind === 'company-suffix' && b.kind === 'company-suffix')
    return a.suffix.toLowerCase() === b.suffix.toLowerCase();
  // One place per site: a newer label replaces the older.
  if (a.kind === 'place-label' && b.kind === 'place-label') return true;
  return false;
}

/** What a rule changes, in words for the rules page. */
export function describeRule(rule: SiteRule): string {
  switch (rule.kind) {
    case 'heading':
      return rule.part === 'none'
        ? `Items under “${rule.heading}” are not part of the posting`
        : `Items under “${rule.heading}” are ${PLACE_WORDS[rule.part].toLowerCase()}`;
    case 'company-suffix':
      return `“${rule.suffix}” is not part of the company’s name`;
    case 'not-posting':
      return `Pages under ${rule.path} are not job postings`;
    case 'posting':
      return `Pages under ${rule.path} are job postings`;
    case 'place-label':
      return `The place is what follows “${rule.label}”`;
  }
}
