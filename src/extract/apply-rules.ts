// A site's rules, applied to what the reader read: the last, separate step of
// extractJob. Rules are data a person's corrections taught (model/site-rules.ts);
// only those for the page's own site (and on a job system of many companies, its
// board) apply. Pure: the posting in, a posting out. A rule that says a page the
// reader found no posting in is one cannot make one from nothing: the content
// script keeps such a page as a posting with its title (content/bare-posting.ts).
import { ITEM_PARTS, type ItemMove, withCorrections } from '../model/corrections';
import { type JobPosting, notAPosting } from '../model/posting';
import { headingKey, labelKey, pageSays, ruleFits, type SiteRule, scopeOf } from '../model/site-rules';

/** The company's name without the words this site adds to it ("Acme | Careers" → "Acme"). */
function withoutSuffix(company: string, suffix: string): string {
  const name = company.trim();
  if (!name.toLowerCase().endsWith(suffix.toLowerCase()) || name.length === suffix.length) return company;
  return name
    .slice(0, name.length - suffix.length)
    .replace(/[\s|·•,:;–—(-]+$/, '')
    .trim();
}

/** Items under a heading a rule names go to the rule's part, with their places on the page. */
function headingMoves(posting: JobPosting, rules: readonly SiteRule[]): ItemMove[] {
  const parts = new Map<string, SiteRule & { kind: 'heading' }>();
  for (const r of rules) if (r.kind === 'heading') parts.set(headingKey(r.heading), r);
  if (!parts.size) return [];
  return ITEM_PARTS.flatMap((from) =>
    posting[from].flatMap((text, i) => {
      const under = posting.provenance[from]?.under?.[i];
      const rule = under ? parts.get(headingKey(under)) : undefined;
      return rule && rule.part !== from ? [{ from, text, to: rule.part, at: rule.at }] : [];
    }),
  );
}

/**
 * The place the posting's text writes after a label ("Office base: Porto" or "Office base" with
 * "Porto" on the next line); null where no line has the label.
 */
export function placeAfter(description: string, label: string): string | null {
  const key = labelKey(label);
  const lines = description.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  for (const [i, line] of lines.entries()) {
    const folded = line.toLowerCase();
    // The label, then no more of a word ("Office base:", not "Office based in").
    if (!folded.startsWith(key) || /[\p{L}\p{N}]/u.test(line.charAt(key.length))) continue;
    const rest = line
      .slice(key.length)
      .replace(/^\s*[:：–—-]?\s*/, '')
      .trim();
    // "Office base" alone: the place is the next line with words.
    const place = rest || (labelKey(line) === key ? (lines.slice(i + 1).find(Boolean) ?? '') : '');
    if (place && place.length <= 100 && /\p{L}/u.test(place)) return place;
  }
  return null;
}

export function applyRules(posting: JobPosting, rules: readonly SiteRule[]): JobPosting {
  const scope = scopeOf(posting.url);
  const mine = scope ? rules.filter((r) => ruleFits(r, scope)) : [];
  if (!mine.length) return posting;
  if (pageSays(posting.url, mine) === 'not-posting') return notAPosting(posting.url);
  if (!posting.isJobPosting) return posting;
  const next = withCorrections(posting, { facts: {}, moves: headingMoves(posting, mine) });
  let company = next.company;
  for (const r of mine) if (r.kind === 'company-suffix' && company) company = withoutSuffix(company, r.suffix);
  const withCompany = company === next.company ? next : { ...next, company: company || next.company };
  // The site says where the place is written: what stands there is the place.
  const label = mine.find((r) => r.kind === 'place-label');
  const place = label?.kind === 'place-label' ? placeAfter(posting.description, label.label) : null;
  if (!place || (withCompany.locations.length === 1 && withCompany.locations[0] === place)) return withCompany;
  const { locations: _read, ...provenance } = withCompany.provenance;
  return { ...withCompany, locations: [place], provenance };
}
