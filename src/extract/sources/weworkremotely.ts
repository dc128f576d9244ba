// We Work Remotely (weworkremotely.com/remote-jobs/…): the listing header
// (.listing-header-container h1, company h2, .listing-tag badges: "Full-Time",
// "USA Only", "Anywhere (100% Remote) Only") and, in the 2024 layout,
// .lis-container__* with a sidebar of "Region"/"Job type" facts. Every job is
// remote; the region tag is the location a person reads. The company card's
// city is the company's office, not the job's.
import { $$, textOf } from '../dom';
import { employmentTypeFrom } from '../facts';
import { cleanText } from '../text';
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
    for (const li of $$(ctx.doc, '.lis-container__job__sidebar__job-about__list__item', 20)) {
      const t = cleanText(textOf(li, 300));
      const m = /^region\s*(.+)$/i.exec(t);
      if (m && !r.locations) r.locations = found([m[1]!], li);
    }
    r.applyUrl = linkAt(ctx, ['#job-cta-alt', '#job-cta-alt-2', 'a.lis-container__job__sidebar__apply']);
    const body = first(ctx.doc, [
      '#job-listing-show-container',
      '.listing-container',
      '.lis-container__job__content__description',
    ]);
    if (body) r.body = body;
    r.authoritative = ['locations', 'workplace'];
    return r;
  },
};
export default weworkremotely;
