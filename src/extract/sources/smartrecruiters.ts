// SmartRecruiters (jobs.smartrecruiters.com/<Company>/<id>-<slug>, and
// careers.smartrecruiters.com): h1.job-title, the company in the header logo
// (.header-logo img[alt]) or meta, the location <spl-job-location> /
// .job-location, job details list (.job-details li: employment type), and the
// job sections (.job-sections: jobDescription, qualifications,
// additionalInformation) whose headings the generic section reader knows.

import { $ } from '../dom';
import { employmentTypeFrom } from '../facts';
import { cleanText } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { first, hostIs, linkAt, textAt } from './site-kit';

const smartrecruiters: Source = {
  id: 'site:smartrecruiters',
  matches: (ctx) => hostIs(ctx, /(^|\.)smartrecruiters\.com$/),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    r.title = textAt(ctx.doc, ['h1.job-title', 'h1[itemprop="title"]', 'h1'], 300);
    if (!r.title) return null;
    r.posting = true;
    const logo = $(ctx.doc, '.header-logo img[alt], .brand-logo img[alt]');
    r.company = found(cleanText(logo?.getAttribute('alt')).replace(/\s*logo$/i, '') || null, logo);
    const loc = textAt(ctx.doc, ['spl-job-location', '.job-location', '[itemprop="jobLocation"]'], 200);
    if (loc) r.locations = found([loc.value], loc.at[0]);
    const et = textAt(ctx.doc, ['[itemprop="employmentType"]', '.job-details li'], 100);
    if (et) r.employmentType = found(employmentTypeFrom(et.value), et.at[0]);
    r.applyUrl = linkAt(ctx, ['a.js-oneclick', 'a#st-apply', 'a[href*="/oneclick-ui/"]']);
    const body = first(ctx.doc, ['.job-sections', '[itemprop="description"]', 'main']);
    if (body) r.body = body;
    return r;
  },
};
export default smartrecruiters;
