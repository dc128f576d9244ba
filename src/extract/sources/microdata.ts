// schema.org JobPosting in microdata (itemscope/itemprop), as Reed and many
// older career sites mark their pages up. Values come from content/datetime
// attributes where present, else from the element's text.
import type { Salary, SalaryPeriod } from '../../model/posting';
import { isoDate } from '../dates';
import { $, absoluteUrl, textOf } from '../dom';
import { joinPlace } from '../location';
import { cleanText } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { employmentFromSchema } from './json-ld';

function value(el: Element | null): string | null {
  if (!el) return null;
  const v = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('value');
  return cleanText(v ?? textOf(el, 2000)) || null;
}

/** The first itemprop of that name inside scope (not crossing into another scope is not needed for these props). */
function prop(scope: Element, name: string): Element | null {
  return $(scope, `[itemprop~="${name}"]`);
}

const PERIODS: Record<string, SalaryPeriod> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

function num(s: string | null): number | null {
  if (!s) return null;
  const n = Number(s.replace(/[^\d.]/g, ''));
  return Number.isFinite(n) && n > 0 ? n : null;
}

const microdata: Source = {
  id: 'microdata',
  matches: () => true,
  read(ctx: Context): Reading | null {
    const scopes = ctx.index.itemScopes.filter((el) => /JobPosting/i.test(el.getAttribute('itemtype') ?? ''));
    if (!scopes.length) return null;
    // Several postings are a list, unless only one holds a description: the posting, with cards
    // of other jobs beside it (a board's "Vastaavia työpaikkoja" under its ad, each a title,
    // a company and a place).
    const main = scopes.length > 1 ? scopes.filter((el) => prop(el, 'description')) : scopes;
    if (main.length !== 1) return { posting: false };
    const s = main[0]!;
    const r: Reading = { posting: true };
    const title = prop(s, 'title');
    r.title = found(value(title), title);
    const org = prop(s, 'hiringOrganization');
    const orgName = org ? (prop(org, 'name') ?? org) : null;
    r.company = found(value(orgName), orgName);
    const loc = prop(s, 'jobLocation');
    if (loc) {
      const parts = ['addressLocality', 'addressRegion'].map((n) => value(prop(loc, n)));
      const place = joinPlace(parts) || value(loc);
      r.locations = found(place ? [place] : null, loc);
    }
    const et = prop(s, 'employmentType');
    r.employmentType = found(employmentFromSchema(value(et)), et);
    const dp = prop(s, 'datePosted');
    r.datePosted = found(isoDate(value(dp)), dp);
    const bs = prop(s, 'baseSalary');
    if (bs) {
      const min = num(value(prop(bs, 'minValue'))) ?? num(value(prop(bs, 'value')));
      const max = num(value(prop(bs, 'maxValue'))) ?? min;
      const currency = value(prop(bs, 'currency'))?.toUpperCase() ?? null;
      const unit = value(prop(bs, 'unitText'))?.toUpperCase() ?? '';
      if (min) {
        const salary: Salary = { min, max: max ?? min, currency, period: PERIODS[unit] ?? null };
        r.salary = found(salary, bs);
      }
    }
    const apply = $(s, 'a[itemprop="url"], [itemprop="directApply"]');
    r.applyUrl = found(absoluteUrl(apply?.getAttribute('href'), ctx.url), apply);
    const desc = prop(s, 'description');
    if (desc) r.body = desc;
    return r;
  },
};
export default microdata;
