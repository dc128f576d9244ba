// We Work Remotely (weworkremotely.com/remote-jobs/…): the listing header
// (.listing-header-container h1, company h2, .listing-tag badges: "Full-Time",
// "USA Only", "Anywhere (100% Remote) Only") and, in the 2024 layout,
// .lis-container__* with a sidebar of "Region"/"Job type" facts. Every job is
// remote; the region tag is the location a person reads. The company card's
// city is the company's office, not the job's.
import { $$, textOf } from '../dom';
import { employmentTypeFrom } from '../facts/employment';
import { findSalary } from '../salary';
import { cleanText, stripDecoration } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { first, hasClass, hostIs, linkAt, textAt } from './site-kit';

const weworkremotely: Source = {
  id: 'site:weworkremotely',
  matches: (ctx) =>
    hostIs(ctx, /(^|\.)weworkremotely\.com$/) || hasClass(ctx, 'listing-header-container', 'lis-container'),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    r.title = textAt(
      ctx.doc,
      ['.listing-header-container h1', '.lis-container__header__hero__company-info__title', 'h1'],
      300,
    );
    if (!r.title) return null;
    r.posting = true;
    r.company = textAt(
      ctx.doc,
      ['.listing-header-container h2', '.company-card h2', '.lis-container__job__sidebar__companyDetails__info__title'],
      200,
    );
    r.workplace = found('remote' as const);
    const tags = $$(
      ctx.doc,
      '.listing-header-container .listing-tag, .lis-container__header__hero__company-info__description span',
      20,
    );
    for (const tag of tags) {
      const t = cleanText(textOf(tag, 200));
      const region = /^(.+?)\s+only$/i.exec(t)?.[1];
      if (region && !r.locations) r.locations = found([region.replace(/\s*\(100% remote\)/i, '')], tag);
      const et = employmentTypeFrom(t);
      if (et && !r.employmentType) r.employmentType = found(et, tag);
    }
    // The "About the job" sidebar: one row per fact, a label and its boxes.
    const rows =
      '.lis-container__job__sidebar__job-about__list > li, li.lis-container__job__sidebar__job-about__list__item';
    for (const li of $$(ctx.doc, rows, 20)) {
      const row = sidebarRow(li);
      if (!row) continue;
      // "Region" (Anywhere in the World, North America Only) or, for a GeoLocked job,
      // "Country" with a flag-prefixed box per country it hires in.
      if (/^(?:region|country|countries)$/.test(row.label) && !r.locations && row.values.length)
        r.locations = { value: row.values.map((v) => v.replace(/\s+only$/i, '')), at: row.at };
      else if (row.label === 'job type' && !r.employmentType)
        r.employmentType = found(employmentTypeFrom(row.values.join(' ')), li);
      // WWR's own salary band ("$75,000 - $99,999 USD"); its JSON-LD baseSalary is often 0–0.
      // The bands are yearly pay; a band that names its period keeps it.
      else if (row.label === 'salary' && !r.salary) {
        const m = findSalary(row.values.join(' '));
        if (m) r.salary = found({ ...m.salary, period: m.salary.period ?? 'year' }, li);
      }
    }
    r.applyUrl = linkAt(ctx, ['#job-cta-alt', '#job-cta-alt-2', 'a.lis-container__job__sidebar__apply']);
    const body = first(ctx.doc, [
      '#job-listing-show-container',
      '.listing-container',
      '.lis-container__job__content__description',
    ]);
    if (body) r.body = body;
    r.authoritative = ['locations', 'workplace', 'salary'];
    return r;
  },
};
export default weworkremotely;

/**
 * One sidebar row: its label (the row's own text before the boxes, lower-cased)
 * and the text of each box, flags and icons dropped ("🇨🇦 Canada" is "Canada").
 */
function sidebarRow(li: Element): { label: string; values: string[]; at: Element[] } | null {
  let label = '';
  for (const n of Array.from(li.childNodes).slice(0, 10)) {
    if (n.nodeType === 3) label += n.textContent ?? '';
    else break;
  }
  label = cleanText(label, 60).toLowerCase();
  if (!label) return null;
  const boxes = $$(li, '.box', 60);
  const at = boxes.length ? boxes : $$(li, 'span', 5);
  const values: string[] = [];
  const els: Element[] = [];
  for (const el of at) {
    const v = stripDecoration(cleanText(textOf(el, 200)));
    if (v && !values.includes(v)) {
      values.push(v);
      els.push(el);
    }
  }
  return { label, values, at: els };
}
