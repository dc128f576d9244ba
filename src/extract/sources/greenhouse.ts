// Greenhouse: the new job boards (job-boards[.eu].greenhouse.io, Remix: .job__title,
// .job__location, .job__description, .job__pay-ranges, and the posting again in
// window.__remixContext: state.loaderData[<route>].jobPost with title, company_name,
// job_post_location, content, pay_ranges, published_at) and the old boards
// (boards.greenhouse.io, and its /embed/job_app?for=<board> frame: #header .app-title,
// .company-name, .location, #content with .content-pay-transparency), also embedded on
// career sites as #grnhse_app. A board (its list of openings) is not one posting.

import { isoDate } from '../dates';
import { $$, parseFragment } from '../dom';
import { findSalary } from '../salary';
import { cleanText } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { dig, first, hasClass, hostIs, scriptJson, str, textAt } from './site-kit';

/**
 * The job post in the Remix state, found by its shape rather than by the route's name
 * (routes/$url_token_.jobs_.$job_post_id today, another name on the embed frame).
 */
function remixJobPost(ctx: Context): Record<string, unknown> | null {
  const loaderData = dig(scriptJson(ctx, '__remixContext'), 'state', 'loaderData');
  if (!loaderData || typeof loaderData !== 'object') return null;
  for (const route of Object.values(loaderData as Record<string, unknown>).slice(0, 20)) {
    const post = dig(route, 'jobPost');
    if (post && typeof post === 'object' && str(dig(post, 'title'))) return post as Record<string, unknown>;
  }
  return null;
}

/** The board's token: ?for=<board> on an embed frame, else the first segment of the path. */
function boardToken(ctx: Context): string | null {
  if (!ctx.u) return null;
  const token = /\/embed\//.test(ctx.u.pathname)
    ? ctx.u.searchParams.get('for')
    : (ctx.u.pathname.split('/')[1] ?? null);
  return token && /^[\w-]{1,80}$/.test(token) ? token : null;
}

/**
 * The first pay range as the page states it: its title ("Annual Salary:", "Canada Hourly Pay
 * Range") with the figures, whose trailing ISO code names the currency ("$113,400 — $162,000
 * CAD"). The rendered range first (new boards' .job__pay-ranges, old boards'
 * .content-pay-transparency), else the state's pay_ranges.
 */
function payRange(ctx: Context, post: Record<string, unknown> | null): Reading['salary'] {
  for (const el of $$(ctx.doc, '.job__pay-ranges .pay-range, .content-pay-transparency .pay-input', 3)) {
    const title = first(el, ['.title', '.body--medium']);
    const range = first(el, ['.pay-range', 'p.body:not(.body--medium)']) ?? el;
    const text = `${cleanText(title?.textContent ?? '', 200)}\n${cleanText(range.textContent ?? '', 200)}`;
    const sal = findSalary(text);
    if (sal) return found(sal.salary, range);
  }
  const ranges = dig(post, 'pay_ranges');
  if (!Array.isArray(ranges)) return undefined;
  for (const p of ranges.slice(0, 5)) {
    const text = [str(dig(p, 'title')), str(dig(p, 'min')), '-', str(dig(p, 'max')), str(dig(p, 'currency_type'))]
      .filter(Boolean)
      .join(' ');
    const sal = findSalary(text);
    if (sal) return found(sal.salary);
  }
  return undefined;
}

const greenhouse: Source = {
  id: 'site:greenhouse',
  matches: (ctx) => hostIs(ctx, /(^|\.)greenhouse\.io$/) || hasClass(ctx, 'job__title', 'app-title'),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    const post = remixJobPost(ctx);
    r.title =
      textAt(ctx.doc, ['.job__title h1', '.job__title', '#header .app-title', '.app-title'], 300) ??
      found(str(dig(post, 'title')));
    if (!r.title) {
      // A board lists its openings: rows of the new boards, .opening divs of the old ones.
      if ($$(ctx.doc, 'tr.job-post a[href], .opening a[href]', 3).length >= 2) return { posting: false };
      return null;
    }
    r.posting = true;
    const company = textAt(ctx.doc, ['#header .company-name', '.company-name'], 200);
    if (company) company.value = company.value.replace(/^at\s+/i, '');
    // "Job Application for <title> at <company>" is the new boards' document title; the
    // title itself may hold " at " ("Engineer at Scale"), so the company follows the last one.
    const fromTitle = /^.*\bat\s+(.+)$/.exec(cleanText(ctx.index.title()))?.[1] ?? null;
    r.company = company ?? found(str(dig(post, 'company_name'))) ?? found(fromTitle) ?? found(boardToken(ctx));
    const loc =
      textAt(ctx.doc, ['.job__location', '#header .location', '.location'], 300) ??
      found(str(dig(post, 'job_post_location')));
    if (loc) r.locations = { value: loc.value.split(/\s*[|;]\s*/).filter(Boolean), at: loc.at };
    r.salary = payRange(ctx, post);
    // The state's "published_at" is the date posted; without the state, any script that says so.
    r.datePosted = found(isoDate(str(dig(post, 'published_at')) ?? str(dig(post, 'first_published'))));
    for (const s of r.datePosted ? [] : ctx.index.scripts.slice(0, 100)) {
      const text = s.textContent ?? '';
      const m =
        text.length < 3_000_000 ? /"(?:published_at|first_published)"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(text) : null;
      if (m) {
        r.datePosted = found(m[1]!);
        break;
      }
    }
    // The rendered description; else the state's, parsed inertly (a page saved before it rendered).
    const html = [post?.introduction, post?.content, post?.conclusion].filter((x) => typeof x === 'string').join('\n');
    const body =
      first(ctx.doc, ['.job__description', '#content', '.job-post-content']) ??
      (html ? parseFragment(ctx.doc, html) : null);
    if (body) r.body = body;
    r.authoritative = ['locations'];
    return r;
  },
};
export default greenhouse;
