// Stack Overflow Jobs and its look-alikes (stackoverflow.com/jobs/<id>/…):
// header h1 > a, the company link and "– City, Country" span, the
// "About this job" box of "Label: value" facts, Technologies tags, and the
// description section. Search pages (/jobs?…) list -job cards.
import { $$, textOf } from '../dom';
import { skillNames } from '../skills';
import { cleanText } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { first, hasClass, hostIs, textAt } from './site-kit';

const stackoverflow: Source = {
  id: 'site:stackoverflow',
  matches: (ctx) =>
    (hostIs(ctx, /(^|\.)stackoverflow\.com$/) && /\/jobs\b/.test(ctx.u!.pathname)) ||
    hasClass(ctx, 'job-details--header'),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    const h1 = first(ctx.doc, ['.job-details--header h1', 'header h1.fs-headline1', 'h1.fs-headline1']);
    const header = h1?.parentElement?.parentElement ?? null;
    if (!header) {
      if ($$(ctx.doc, '.-job, [data-jobid]', 3).length >= 2) return { posting: false };
      return null;
    }
    r.title = textAt(header, ['h1 a', 'h1'], 300);
    if (!r.title) return null;
    r.posting = true;
    r.company = textAt(header, ['a[href*="/jobs/companies/"]', '.fc-black-700 a'], 200);
    const loc = textAt(header, ['.fc-black-700 .fc-black-500', '.fc-black-500'], 200);
    if (loc) {
      const place = cleanText(loc.value.replace(/^[\s–—-]+/, ''));
      if (place && !/no office location/i.test(place)) r.locations = found([place], loc.at[0]);
      else r.locations = { value: [], at: [] };
    }
    // The Technologies tags ("python", "amazon-web-services", "c#") are the stack the employer lists.
    const tech = $$(ctx.doc, '#overview-items section, .job-details--content section', 20).find((sec) =>
      /^technolog/i.test(cleanText(textOf(first(sec, ['h2', 'h3']) ?? sec, 100))),
    );
    // Tags are lower-case slugs ("amazon-web-services", "angular"): read them as names are written.
    const tags = (tech ? $$(tech, '.post-tag', 40) : []).map((t) =>
      cleanText(textOf(t, 100))
        .replace(/-/g, ' ')
        .replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase()),
    );
    // Read as one list, so names that need context ("angular", "go") stand among technologies.
    const skills = tags.length ? skillNames(`Technologies: ${tags.join(', ')}`) : [];
    if (skills.length) r.skills = { value: skills, at: skills.map(() => null) };
    // The company's Benefits box (an icon and a line each) adds to the description's perks.
    const perks = $$(ctx.doc, 'section.-benefits li', 40)
      .map((li) => ({ text: cleanText(textOf(li, 300)), el: li }))
      .filter((p) => p.text);
    if (perks.length) r.benefits = { value: perks.map((p) => p.text), at: perks.map((p) => p.el) };
    const body = first(ctx.doc, ['#overview-items', '#mainbar', '.job-details--content']);
    if (body) r.body = body;
    r.authoritative = ['locations', 'company'];
    return r;
  },
};
export default stackoverflow;
