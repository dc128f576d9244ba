// SmartRecruiters (jobs.smartrecruiters.com/<Company>/<id>-<slug>): a job ad in
// schema.org microdata (read by the microdata source too): h1.job-title
// [itemprop=title], the employer as <meta itemprop="name" content> inside
// [itemprop=hiringOrganization] (or the header logo's alt text), the location
// as <spl-job-location formattedaddress="…">, a details list (.job-details li:
// employment type, and "Hybrid" or "Remote" where set), and sections #st-jobDescription, #st-qualifications,
// #st-additionalInformation whose headings the section reader knows. The
// company's list of jobs (careers.smartrecruiters.com/<Company>) groups
// li.opening-job cards (h4.details-title.job-title each) under
// section.openings-section: a list, not a posting. Old browsers get an
// "Internet Explorer" notice with its own h1 (.isn), never the title.
import { $, $$ } from '../dom';
import { employmentTypeFrom } from '../facts/employment';
import { workplaceFrom } from '../facts/workplace';
import { cleanText } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { first, hostIs, linkAt, textAt } from './site-kit';

/** The first element's attribute, cleaned, with its element. */
function attrAt(ctx: Context, selector: string, name: string, max = 200) {
  for (const el of $$(ctx.doc, selector, 5)) {
    const value = cleanText(el.getAttribute(name), max);
    if (value) return found(value, el);
  }
  return undefined;
}

const smartrecruiters: Source = {
  id: 'site:smartrecruiters',
  matches: (ctx) => hostIs(ctx, /(^|\.)smartrecruiters\.com$/),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    r.title = textAt(ctx.doc, ['h1.job-title', 'h1[itemprop="title"]', '[itemprop="title"]'], 300);
    if (!r.title) return $$(ctx.doc, 'li.opening-job', 3).length > 1 ? { posting: false } : null;
    r.posting = true;
    const logo = $(ctx.doc, '.header-logo img[alt], .brand-logo img[alt]');
    r.company =
      attrAt(ctx, '[itemprop="hiringOrganization"] meta[itemprop="name"]', 'content') ??
      textAt(ctx.doc, ['[itemprop="hiringOrganization"] [itemprop="name"]'], 200) ??
      found(cleanText(logo?.getAttribute('alt')).replace(/\s*logo$/i, '') || null, logo);
    const loc =
      attrAt(ctx, 'spl-job-location[formattedaddress]', 'formattedaddress') ??
      textAt(ctx.doc, ['.job-location', '[itemprop="jobLocation"] [itemprop="address"]'], 200);
    if (loc) r.locations = found([loc.value], loc.at[0]);
    // The details list: employment type and, where the employer set it, "Hybrid" or "Remote".
    for (const li of $$(ctx.doc, '[itemprop="employmentType"], .job-details li', 10)) {
      const text = cleanText(li.textContent, 100);
      const et = employmentTypeFrom(text);
      if (et && !r.employmentType) r.employmentType = found(et, li);
      const workplace = workplaceFrom(text);
      if (workplace && !r.workplace) r.workplace = found(workplace, li);
    }
    r.applyUrl = linkAt(ctx, ['a.js-oneclick', 'a#st-apply', 'a[href*="/oneclick-ui/"]']);
    const body = first(ctx.doc, ['.job-sections', '[itemprop="description"]', 'main']);
    if (body) r.body = body;
    return r;
  },
};
export default smartrecruiters;
