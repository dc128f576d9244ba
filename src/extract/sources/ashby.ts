// Ashby (jobs.ashbyhq.com/<org>/<id>): the server page is a shell ("You need
// to enable JavaScript") with the whole posting in window.__appData
// (posting.title, locationName, workplaceType, employmentType,
// descriptionHtml, publishedDate, scrapeableCompensationSalarySummary;
// organization.name); the rendered page uses ._title and ._descriptionText.

import { isoDate } from '../dates';
import { parseFragment } from '../dom';
import { employmentTypeFrom, workplaceFrom } from '../facts';
import { findSalary } from '../salary';
import { type Context, found, type Reading, type Source } from '../types';
import { dig, first, hasClass, hostIs, scriptJson, str, textAt } from './site-kit';

const ashby: Source = {
  id: 'site:ashby',
  matches: (ctx) => hostIs(ctx, /(^|\.)ashbyhq\.com$/) || hasClass(ctx, 'ashby-job-posting-heading'),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    const data = scriptJson(ctx, '__appData');
    const posting = dig(data, 'posting');
    r.title =
      textAt(ctx.doc, ['.ashby-job-posting-heading', 'h1[class*="_title"]'], 300) ?? found(str(dig(posting, 'title')));
    if (!r.title) return null;
    r.posting = true;
    r.company = found(str(dig(data, 'organization', 'name')));
    const loc = str(dig(posting, 'locationName'));
    const addr = dig(posting, 'address', 'postalAddress');
    const place = [str(dig(addr, 'addressLocality')), str(dig(addr, 'addressRegion')), str(dig(addr, 'addressCountry'))]
      .filter(Boolean)
      .join(', ');
    if (place || loc) r.locations = found([place || loc!.replace(/^hub\s*-\s*/i, '')]);
    const wt = str(dig(posting, 'workplaceType'));
    if (wt) r.workplace = found(workplaceFrom(wt.replace(/onsite/i, 'on-site')));
    const et = str(dig(posting, 'employmentType'));
    if (et) r.employmentType = found(employmentTypeFrom(et.replace(/([a-z])([A-Z])/g, '$1 $2')));
    r.datePosted = found(isoDate(str(dig(posting, 'publishedDate'))));
    const comp =
      str(dig(posting, 'scrapeableCompensationSalarySummary')) ?? str(dig(posting, 'compensationTierSummary'));
    const sal = comp ? findSalary(comp) : null;
    if (sal) {
      r.salary = found(sal.salary);
      r.salaryText = found(sal.text);
    }
    const rendered = first(ctx.doc, ['.ashby-job-posting-description', '[class*="_descriptionText"]']);
    const html = dig(posting, 'descriptionHtml');
    const body = rendered ?? (typeof html === 'string' ? parseFragment(ctx.doc, html) : null);
    if (body) r.body = body;
    // The app's own fields are more precise than its JSON-LD (TELECOMMUTE for a hybrid role).
    r.authoritative = ['workplace', 'locations', 'employmentType'];
    return r;
  },
};
export default ashby;
