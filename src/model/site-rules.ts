// What Jobmark remembers of a site: rules learnt from a person's corrections,
// where a rule can be stated. Each is plain data the reader consults
// (extract/apply-rules.ts), never code, and names the one site it is for.
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
  );
export type RuleKind = SiteRule['kind'];
export const RULE_KINDS: readonly RuleKind[] = ['heading', 'company-suffix', 'not-posting'];

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

/** Headings are compared as a person reads them: spacing, case and a closing colon do not matter. */
export const headingKey = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*:\s*$/, '')
    .trim()
    .toLowerCase();

/** Two rules that say the same thing of the same site: a newer one replaces the older. */
export function sameSubject(a: SiteRule, b: SiteRule): boolean {
  if (a.site !== b.site || a.kind !== b.kind) return false;
  if (a.kind === 'heading' && b.kind === 'heading') return headingKey(a.heading) === headingKey(b.heading);
  if (a.kind === 'company-suffix' && b.kind === 'company-suffix')
    return a.suffix.toLowerCase() === b.suffix.toLowerCase();
  return a.kind === 'not-posting' && b.kind === 'not-posting' && a.path === b.path;
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
  }
}
