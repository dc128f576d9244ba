// Lever (jobs.lever.co and jobs.eu.lever.co/<company>/<id>, and /apply): the posting
// header (.posting-headline h2, .posting-categories with location, department,
// commitment and workplaceTypes), the description sections ([data-qa="job-description"],
// h3 + ul.posting-requirements lists, [data-qa="salary-range"], [data-qa="closing-description"]),
// the apply button. A show page also carries JSON-LD (read by the structured source); an
// /apply page has the header and the form only. A board (/company) lists .posting cards
// and is not one posting.
import { $$ } from '../dom';
import { employmentTypeFrom } from '../facts/employment';
import { workplaceFrom } from '../facts/workplace';
import { findSalary } from '../salary';
import { cleanText } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { first, hasClass, hostIs, linkAt, textAt } from './site-kit';

/**
 * The element holding every section of the description. A show page puts the opening text
 * ([data-qa="job-description"]), each list (h3 + ul.posting-requirements), the pay range and
 * the closing text in sibling .section divs of one .section-wrapper, apart from the header's:
 * climb from the first of them while the parent does not also hold the headline, so that the
 * lists are read with the opening text and the title and categories stay out.
 */
function sectionsBox(ctx: Context): Element | null {
  const start = first(ctx.doc, [
    '[data-qa="job-description"]',
    '[data-qa="posting-requirements"]',
    '.posting-requirements',
    '[data-qa="closing-description"]',
  ]);
  if (!start) return null;
  const headline = first(ctx.doc, ['.posting-headline', '.posting-header']);
  let box = start;
  for (let up = box.parentElement, i = 0; up && i < 8; up = up.parentElement, i++) {
    if (up === ctx.doc.body || up === ctx.doc.documentElement || (headline && up.contains(headline))) break;
    box = up;
  }
  return box;
}

const lever: Source = {
  id: 'site:lever',
  matches: (ctx) => hostIs(ctx, /(^|\.)lever\.co$/) || hasClass(ctx, 'posting-headline', 'posting-categories'),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    r.title = textAt(ctx.doc, ['.posting-headline h2', '.posting-header h2', '.posting-headline'], 300);
    if (!r.title) {
      if ($$(ctx.doc, '.posting .posting-title, a.posting-title', 3).length >= 2) return { posting: false };
      return null;
    }
    r.posting = true;
    // "Zoox - Senior TPM" in the document title; else the board's slug in the path.
    const docTitle = cleanText(ctx.index.title());
    const dash = docTitle.indexOf(' - ');
    const slug = ctx.u?.pathname.split('/')[1];
    const company = dash > 0 ? docTitle.slice(0, dash) : slug ? slug.charAt(0).toUpperCase() + slug.slice(1) : null;
    r.company = found(company, null);
    const cat = (c: string) => textAt(ctx.doc, [`.posting-categories .${c}`, `.posting-category.${c}`], 200);
    const strip = (s: string) => s.replace(/\s*\/\s*$/, '').trim();
    const loc = cat('location');
    if (loc) r.locations = { value: [strip(loc.value)], at: loc.at };
    const commitment = cat('commitment');
    if (commitment) r.employmentType = found(employmentTypeFrom(strip(commitment.value)), commitment.at[0]);
    const wt = cat('workplaceTypes');
    if (wt) r.workplace = found(workplaceFrom(strip(wt.value)), wt.at[0]);
    // The pay range's own section ("€70,000 - €85,000 a year"), over figures earlier in the text.
    const pay = textAt(ctx.doc, ['[data-qa="salary-range"]'], 300);
    const sal = pay ? findSalary(pay.value) : null;
    if (sal && pay) r.salary = found(sal.salary, pay.at[0]);
    r.applyUrl = linkAt(ctx, ['.postings-btn-wrapper a.postings-btn[href]', 'a.postings-btn[href*="/apply"]']);
    // The description lives in the page's sections; an /apply page has only the form.
    const body = sectionsBox(ctx) ?? first(ctx.doc, ['.posting-page .content', '.content-wrapper.posting-page']);
    if (body) r.body = body;
    r.authoritative = ['locations', 'workplace', 'employmentType'];
    return r;
  },
};
export default lever;
