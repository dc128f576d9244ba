// Ashby (jobs.ashbyhq.com/<org>/<id>): the server page is a shell ("You need
// to enable JavaScript") with the whole posting in window.__appData
// (posting.title, locationName, secondaryLocationNames, address,
// workplaceType, employmentType, descriptionHtml, publishedDate, the pay as
// summaryComponents / compensationTiers and as text in
// scrapeableCompensationSalarySummary; organization.name). The rendered page
// keeps that script and adds h1.ashby-job-posting-heading, a left pane of
// labelled sections (h2 "Location", "Employment Type", "Location Type",
// "Compensation") and the description in [class*="_descriptionText"]. The
// board (jobs.ashbyhq.com/<org>) carries jobBoard instead of posting and
// renders one .ashby-job-posting-brief-title per job: a list, not a posting.

import type { Salary, SalaryPeriod } from '../../model/posting';
import { isoDate } from '../dates';
import { $$, parseFragment, textOf } from '../dom';
import { employmentTypeFrom } from '../facts/employment';
import { workplaceFrom } from '../facts/workplace';
import { findSalary } from '../salary';
import { cleanText } from '../text';
import { type Context, type Found, found, type Reading, type Source } from '../types';
import { dig, first, hasClass, hostIs, scriptJson, str, textAt } from './site-kit';

const PERIODS: Record<string, SalaryPeriod> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

/**
 * The base salary from the posting's compensation components ({compensationType:
 * "Salary", interval: "1 YEAR", currencyCode, minValue, maxValue}): the figures the
 * summary text ("€66K – €120K • Offers Equity • €8K – €36K Bonus") rounds, without
 * the bonus or equity beside them.
 */
function salaryOf(posting: unknown): Salary | null {
  const lists = [dig(posting, 'summaryComponents'), dig(posting, 'compensationTiers', 0, 'components')];
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (const c of list.slice(0, 20)) {
      if (str(dig(c, 'compensationType')) !== 'Salary') continue;
      const min = dig(c, 'minValue');
      const max = dig(c, 'maxValue');
      if (typeof min !== 'number' || !(min > 0)) continue;
      const unit = /^1\s+([A-Z]+)$/.exec(str(dig(c, 'interval')) ?? '')?.[1];
      const currency = str(dig(c, 'currencyCode'));
      return {
        min,
        max: typeof max === 'number' && max >= min ? max : min,
        currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : null,
        period: (unit && PERIODS[unit]) || null,
      };
    }
  }
  return null;
}

/** "Hub - San Francisco" → "San Francisco": Ashby's prefix for an office location. */
const placeName = (s: string | null) => (s ? s.replace(/^hub\s*-\s*/i, '') : null);

/**
 * The places the page shows: the location name (what the left pane prints), with the
 * address's parts it leaves out ("Berlin" + "Germany"), then the secondary locations.
 */
function locationsOf(posting: unknown): string[] {
  const addr = dig(posting, 'address', 'postalAddress');
  const parts = ['addressLocality', 'addressRegion', 'addressCountry'].map((k) => str(dig(addr, k)));
  const name = placeName(str(dig(posting, 'locationName')));
  let main: string | null;
  if (parts[0]) main = parts.filter(Boolean).join(', ');
  else if (name) {
    const missing = parts.filter((p) => p && !name.toLowerCase().includes(p.toLowerCase()));
    main = [name, ...missing].join(', ');
  } else main = parts.filter(Boolean).join(', ') || null;
  const more = dig(posting, 'secondaryLocationNames');
  const extra = Array.isArray(more)
    ? more.slice(0, 20).map((m) => placeName(str(m) ?? str(dig(m, 'locationName'))))
    : [];
  return [main, ...extra].filter((p, i, all): p is string => !!p && all.indexOf(p) === i);
}

/** A labelled section of the rendered left pane ("Location" over "Berlin"), as text. */
function paneValue(ctx: Context, label: RegExp): Found<string> | undefined {
  for (const h of $$(ctx.doc, '.ashby-job-posting-left-pane h2', 12)) {
    if (!label.test(cleanText(h.textContent, 60))) continue;
    const value = h.nextElementSibling;
    const t = value ? cleanText(textOf(value, 400), 200) : '';
    if (t) return found(t, value);
  }
  return undefined;
}

const ashby: Source = {
  id: 'site:ashby',
  matches: (ctx) => hostIs(ctx, /(^|\.)ashbyhq\.com$/) || hasClass(ctx, 'ashby-job-posting-heading'),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    const data = scriptJson(ctx, '__appData');
    const posting = dig(data, 'posting');
    r.title =
      textAt(ctx.doc, ['.ashby-job-posting-heading', 'h1[class*="_title"]'], 300) ?? found(str(dig(posting, 'title')));
    if (!r.title) {
      // The board: its data lists jobs, or the page shows several job cards.
      const board = dig(data, 'jobBoard');
      if ((board && typeof board === 'object') || $$(ctx.doc, '.ashby-job-posting-brief-title', 3).length > 1)
        return { posting: false };
      return null;
    }
    r.posting = true;
    r.company = found(str(dig(data, 'organization', 'name')));
    const places = locationsOf(posting);
    const paneLoc = paneValue(ctx, /^location$/i);
    if (places.length) r.locations = found(places);
    else if (paneLoc) r.locations = found([paneLoc.value], paneLoc.at[0]);
    // "OnSite" → "On-site"; "FullTime" → "Full Time"; the pane prints the same in words.
    const wt = str(dig(posting, 'workplaceType')) ?? paneValue(ctx, /^location type$/i)?.value ?? null;
    if (wt) r.workplace = found(workplaceFrom(wt.replace(/onsite/i, 'on-site')));
    const et = str(dig(posting, 'employmentType')) ?? paneValue(ctx, /^employment type$/i)?.value ?? null;
    if (et) r.employmentType = found(employmentTypeFrom(et.replace(/([a-z])([A-Z])/g, '$1 $2')));
    r.datePosted = found(isoDate(str(dig(posting, 'publishedDate'))));
    const comp =
      str(dig(posting, 'scrapeableCompensationSalarySummary')) ??
      str(dig(posting, 'compensationTierSummary')) ??
      paneValue(ctx, /^compensation$/i)?.value ??
      null;
    const sal = comp ? findSalary(comp) : null;
    const exact = salaryOf(posting);
    if (exact || sal) r.salary = found(exact ?? sal!.salary);
    if (sal) r.salaryText = found(sal.text);
    const rendered = first(ctx.doc, ['.ashby-job-posting-description', '[class*="_descriptionText"]']);
    const html = dig(posting, 'descriptionHtml');
    const body = rendered ?? (typeof html === 'string' ? parseFragment(ctx.doc, html) : null);
    if (body) r.body = body;
    // The app's own fields are more precise than its JSON-LD (TELECOMMUTE for a hybrid role,
    // the country alone for a Berlin office, no pay at all).
    r.authoritative = ['workplace', 'locations', 'employmentType', 'salary'];
    return r;
  },
};
export default ashby;
