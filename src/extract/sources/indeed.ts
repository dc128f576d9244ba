// Indeed job views (viewjob, the right pane of a search): the rendered header
// (jobsearch-JobInfoHeader-*, data-testid inlineHeader-*), #jobDescriptionText
// (the react-native-web template: .simple-job-description-html), and the
// embedded view-job state (jobInfoWrapperModel, salary, benefits, the
// hostQueryExecutionResult job with its publication time). That state sits in
// window._rootProps.preloadedVJData on current pages (their _initialData is a
// JS literal pointing at it, not JSON), in window._initialData on older ones,
// and under _initialData.autoOpenTwoPaneViewjobResponse.body on a search page.
import type { SalaryPeriod } from '../../model/posting';
import { $$, parseFragment } from '../dom';
import { employmentTypeFrom } from '../facts/employment';
import { workplaceFrom } from '../facts/workplace';
import { type Context, found, type Reading, type Source } from '../types';
import { dig, first, hasClass, hostIs, payAt, scriptJson, str, textAt } from './site-kit';

const PERIOD: Record<string, SalaryPeriod> = {
  YEARLY: 'year',
  MONTHLY: 'month',
  WEEKLY: 'week',
  DAILY: 'day',
  HOURLY: 'hour',
};
const CURRENCY: Record<string, string> = {
  uk: 'GBP',
  gb: 'GBP',
  us: 'USD',
  ca: 'CAD',
  au: 'AUD',
  ie: 'EUR',
  de: 'EUR',
  fr: 'EUR',
  in: 'INR',
};

/** The job a view-job state describes: the GraphQL result it was rendered from. */
const hostJob = (state: unknown) => dig(state, 'hostQueryExecutionResult', 'data', 'jobData', 'results', 0, 'job');

/**
 * The view-job state of the job the page shows. A search page keeps the state of
 * the job it opened with while the person clicks through others (the address's
 * vjk changes, the blob does not), so a state naming another job key is ignored.
 */
function viewJobState(ctx: Context): unknown {
  const shown = ctx.u?.searchParams.get('vjk') ?? ctx.u?.searchParams.get('jk') ?? null;
  const initial = scriptJson(ctx, '_initialData');
  const candidates = [
    dig(scriptJson(ctx, '_rootProps'), 'preloadedVJData'),
    initial,
    dig(initial, 'autoOpenTwoPaneViewjobResponse', 'body'),
  ];
  for (const c of candidates) {
    if (!dig(c, 'jobInfoWrapperModel') && !hostJob(c)) continue;
    const key = str(dig(c, 'jobKey')) ?? str(dig(hostJob(c), 'key'));
    if (shown && key && key !== shown) continue;
    return c;
  }
  return null;
}

function fromState(ctx: Context, state: unknown, r: Reading) {
  const info = dig(state, 'jobInfoWrapperModel', 'jobInfoModel');
  const header = dig(info, 'jobInfoHeaderModel');
  const job = hostJob(state);
  r.title ??= found(str(dig(header, 'jobTitle')) ?? str(dig(state, 'jobTitle')) ?? str(dig(job, 'title')));
  r.company ??= found(
    str(dig(header, 'companyName')) ??
      str(dig(state, 'jobMetadataFooterModel', 'advertiserName')) ??
      str(dig(job, 'sourceEmployerName')),
  );
  const loc =
    str(dig(header, 'formattedLocation')) ??
    str(dig(state, 'jobLocation')) ??
    str(dig(job, 'location', 'formatted', 'long'));
  if (loc && !r.locations) r.locations = found([loc]);
  const remote = str(dig(header, 'remoteWorkModel', 'type')) ?? '';
  const w = /REMOTE/.test(remote)
    ? /HYBRID/.test(remote)
      ? 'hybrid'
      : 'remote'
    : workplaceFrom(str(dig(header, 'remoteWorkModel', 'text')) ?? '');
  if (w) r.workplace ??= found(w);
  const labels = (v: unknown) =>
    Array.isArray(v) ? v.map((t) => str(dig(t, 'label'))).filter((t): t is string => !!t) : [];
  const jobType =
    str(dig(info, 'jobMetadataHeaderModel', 'jobType')) ??
    [
      ...labels(dig(info, 'jobDescriptionSectionModel', 'jobDetailsSection', 'jobTypes')),
      ...labels(dig(job, 'jobTypes')),
    ].join(', ');
  const et = jobType ? employmentTypeFrom(jobType) : null;
  if (et) r.employmentType ??= found(et);
  const sal =
    dig(state, 'salaryInfoModel') ?? dig(info, 'jobDescriptionSectionModel', 'jobDetailsSection', 'salaryInfoModel');
  const min = Number(dig(sal, 'salaryMin'));
  const max = Number(dig(sal, 'salaryMax'));
  if (min > 0 || max > 0) {
    const country = (str(dig(state, 'country')) ?? ctx.u?.hostname.split('.')[0] ?? '').toLowerCase();
    r.salary ??= found({
      min: min > 0 ? min : max,
      max: (max > 0 ? max : null) as number,
      currency: str(dig(sal, 'salaryCurrency')) ?? CURRENCY[country] ?? null,
      period: PERIOD[str(dig(sal, 'salaryType')) ?? ''] ?? null,
    });
    r.salaryText ??= found(str(dig(sal, 'salaryText')));
  }
  const benefits = labels(dig(state, 'benefitsModel', 'benefits'));
  if (benefits.length) r.benefits = { value: benefits, at: benefits.map(() => null) };
  const published = Number(dig(job, 'datePublished'));
  if (published > 0) r.datePosted ??= found(new Date(published).toISOString().slice(0, 10));
  if (!r.body) {
    const raw = dig(info, 'sanitizedJobDescription') ?? dig(job, 'description', 'html');
    const html = typeof raw === 'string' && str(raw) ? raw : null;
    const box = html ? parseFragment(ctx.doc, html) : null;
    if (box) r.body = box;
  }
}

const indeed: Source = {
  id: 'site:indeed',
  matches: (ctx) =>
    hostIs(ctx, /(^|\.)indeed\.[a-z.]+$/) ||
    ctx.index.ids.has('jobDescriptionText') ||
    hasClass(ctx, 'jobsearch-JobInfoHeader-title'),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    r.title = textAt(
      ctx.doc,
      ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title', 'h1'],
      300,
    );
    // The heading carries a hidden " - job post" for screen readers.
    if (r.title) r.title.value = r.title.value.replace(/\s*-\s+job post$/i, '');
    r.company = textAt(
      ctx.doc,
      [
        '[data-testid="inlineHeader-companyName"]',
        '[data-company-name="true"]',
        '.jobsearch-CompanyInfoWithoutHeaderImage a',
      ],
      200,
    );
    const loc = textAt(
      ctx.doc,
      [
        '[data-testid="inlineHeader-companyLocation"]',
        '[data-testid="job-location"]',
        '.jobsearch-JobInfoHeader-subtitle > div:last-child',
      ],
      200,
    );
    if (loc) r.locations = { value: [loc.value], at: loc.at };
    // The header's pay and job type ("55.000 € – 65.000 € pro Jahr - Vollzeit") are those of
    // the job shown, where embedded state may describe the one the page opened with.
    const box = textAt(ctx.doc, ['#salaryInfoAndJobType'], 200);
    const pay = payAt(box);
    if (pay.salary?.value.currency) Object.assign(r, pay);
    const type = box ? employmentTypeFrom(box.value) : null;
    if (box && type) r.employmentType = found(type, box.at[0]);
    const body = first(ctx.doc, [
      '#jobDescriptionText',
      '.jobsearch-jobDescriptionText',
      '.simple-job-description-html',
    ]);
    if (body) r.body = body;
    const state = viewJobState(ctx);
    if (state) fromState(ctx, state, r);
    // A search page with no job open is a list of cards, whatever its h1 says.
    if (!body && !state && $$(ctx.doc, '.job_seen_beacon, a.jcs-JobTitle, [data-jk]', 3).length >= 2)
      return { posting: false };
    if (!r.title) return null;
    r.posting = true;
    r.authoritative = ['benefits', 'salary'];
    return r;
  },
};
export default indeed;
