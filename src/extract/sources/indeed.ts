// Indeed job views (viewjob, the right pane of a search): the rendered header
// (jobsearch-JobInfoHeader-*, data-testid inlineHeader-*), #jobDescriptionText,
// and the embedded state window._initialData (jobInfoWrapperModel, salary,
// benefits, the hostQueryExecutionResult job with its publication time).
import type { SalaryPeriod } from '../../model/posting';
import { parseFragment } from '../dom';
import { employmentTypeFrom, workplaceFrom } from '../facts';
import { type Context, found, type Reading, type Source } from '../types';
import { dig, first, hasClass, hostIs, scriptJson, str, textAt } from './site-kit';

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

function fromState(ctx: Context, state: unknown, r: Reading) {
  const info = dig(state, 'jobInfoWrapperModel', 'jobInfoModel');
  const header = dig(info, 'jobInfoHeaderModel');
  r.title ??= found(str(dig(header, 'jobTitle')) ?? str(dig(state, 'jobTitle')));
  r.company ??= found(str(dig(header, 'companyName')) ?? str(dig(state, 'jobMetadataFooterModel', 'advertiserName')));
  const loc = str(dig(header, 'formattedLocation')) ?? str(dig(state, 'jobLocation'));
  if (loc && !r.locations) r.locations = found([loc]);
  const remote = str(dig(header, 'remoteWorkModel', 'type')) ?? '';
  const w = /REMOTE/.test(remote)
    ? /HYBRID/.test(remote)
      ? 'hybrid'
      : 'remote'
    : workplaceFrom(str(dig(header, 'remoteWorkModel', 'text')) ?? '');
  if (w) r.workplace ??= found(w);
  const jobType =
    str(dig(info, 'jobMetadataHeaderModel', 'jobType')) ??
    (
      (dig(info, 'jobDescriptionSectionModel', 'jobDetailsSection', 'jobTypes') as { label?: string }[] | undefined) ??
      []
    )
      .map((t) => t.label)
      .join(', ');
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
  const benefits = (dig(state, 'benefitsModel', 'benefits') as { label?: string }[] | undefined) ?? [];
  const labels = benefits.map((b) => str(b.label)).filter((b): b is string => !!b);
  if (labels.length) r.benefits = { value: labels, at: labels.map(() => null) };
  const job = dig(state, 'hostQueryExecutionResult', 'data', 'jobData', 'results', 0, 'job');
  const published = Number(dig(job, 'datePublished'));
  if (published > 0) r.datePosted ??= found(new Date(published).toISOString().slice(0, 10));
  if (!r.body) {
    const html = str(dig(info, 'sanitizedJobDescription')) ? (dig(info, 'sanitizedJobDescription') as string) : null;
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
    if (r.title) r.title.value = r.title.value.replace(/\s+-\s+job post$/i, '');
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
    const body = first(ctx.doc, ['#jobDescriptionText', '.jobsearch-jobDescriptionText']);
    if (body) r.body = body;
    const state = scriptJson(ctx, '_initialData');
    if (state) fromState(ctx, state, r);
    if (!r.title) return null;
    r.posting = true;
    r.authoritative = ['benefits', 'salary'];
    return r;
  },
};
export default indeed;
