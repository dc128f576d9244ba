// LinkedIn job views: the public (guest) page and its jobs-guest API fragment
// (top-card-layout__*, topcard__*, description__text, job-criteria), in both
// the 2020 and the later markup, and the logged-in view
// (job-details-jobs-unified-top-card__*, jobs-description__content).
// The criteria list (seniority, employment type, …) comes in the page's UI
// language, always in the same order, so it is read by position as well.
// Pay shows in the guest page's compensation box and, logged in, among the
// top card's insights ("$135,000/yr - $160,000/yr · Full-time · Mid-Senior level").
import { $, $$, textOf } from '../dom';
import { employmentTypeFrom } from '../facts/employment';
import { seniorityFromText } from '../facts/seniority';
import { workplaceFrom } from '../facts/workplace';
import { findSalary } from '../salary';
import { cleanText } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { first, hasClass, hostIs, textAt } from './site-kit';

const TITLE = [
  '.top-card-layout__title',
  '.topcard__title',
  '.job-details-jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__job-title',
  '.jobs-details-top-card__job-title',
];
const COMPANY = [
  '.topcard__org-name-link',
  '[data-tracking-control-name="public_jobs_topcard-org-name"]',
  '.topcard__flavor-row .topcard__flavor:not(.topcard__flavor--bullet)',
  '.job-details-jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__company-name',
  // 2023–24 logged-in card: the company link opens the line "Company · City · 2 weeks ago".
  '.job-details-jobs-unified-top-card__primary-description-without-tagline a[href*="/company/"]',
  '.jobs-company__box a[data-view-name="job-details-about-company-name-link"]',
];
const LOCATION = [
  '.topcard__flavor-row .topcard__flavor.topcard__flavor--bullet:not(.topcard__flavor--metadata)',
  '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
  '.job-details-jobs-unified-top-card__bullet',
  '.jobs-unified-top-card__bullet',
];
const DESCRIPTION = [
  '.description__text .show-more-less-html__markup',
  '.description__text',
  '.jobs-description__content .jobs-box__html-content',
  '.jobs-description__content',
  '#job-details',
];
const CRITERIA = '.description__job-criteria-item, .job-criteria__item';
// Criteria labels in the UI languages we know; an unknown label falls back to its position.
const SENIORITY_LABEL = /seniority|anzianit|senior|úroveň|niveau|nivel|nível|poziom|hierarchii/;
const EMPLOYMENT_LABEL =
  /employment|impiego|úvazek|typ|contrat|beschäftigung|empleo|emprego|zatrudnienia|dienstverband/;
// The logged-in view shows the same facts as pills ("Remote", "Full-time", "Mid-Senior level");
// the 2023 card put the workplace in a span of its own beside the city.
const PILLS =
  '.job-details-preferences-and-skills__pill, .job-details-fit-level-preferences button, .job-details-jobs-unified-top-card__job-insight, .jobs-unified-top-card__job-insight, .jobs-unified-top-card__workplace-type, .job-details-jobs-unified-top-card__workplace-type';
const SALARY = ['.compensation__salary', '.salary-main-rail__data-amount'];

/** A pay range in a short label, only where it names a currency ("201-500 employees" is no pay). */
function payIn(text: string): ReturnType<typeof findSalary> {
  const m = findSalary(text);
  return m?.salary.currency ? m : null;
}

function readApply(ctx: Context): Reading['applyUrl'] {
  // Offsite apply: the guest page keeps the link in a comment inside <code id="applyUrl">.
  const code = $(ctx.doc, 'code#applyUrl');
  if (code) {
    for (const n of Array.from(code.childNodes)) {
      const m = n.nodeType === 8 ? /"?(https?:[^"\s]+)"?/.exec(n.nodeValue ?? '') : null;
      if (m) return found(m[1]!, code);
    }
  }
  for (const a of $$(ctx.doc, 'a.apply-button[href], a[data-tracking-control-name*="apply-link-offsite"][href]', 5)) {
    const href = a.getAttribute('href') ?? '';
    if (/^https?:/.test(href)) return found(href, a);
  }
  return undefined;
}

const linkedin: Source = {
  id: 'site:linkedin',
  matches: (ctx) =>
    hostIs(ctx, /(^|\.)linkedin\.com$/) || hasClass(ctx, ...TITLE.map((s) => s.slice(1)), 'description__text'),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    r.title = textAt(ctx.doc, TITLE, 300);
    if (!r.title) {
      // A search page or a list of cards is not one posting.
      if ($$(ctx.doc, '.job-search-card, .base-search-card, .result-card, .job-card-container', 3).length >= 2)
        return { posting: false };
      return null;
    }
    r.posting = true;
    r.company = textAt(ctx.doc, COMPANY, 200);
    const loc = textAt(ctx.doc, LOCATION, 200);
    if (loc) r.locations = { value: [loc.value], at: loc.at };
    const items = $$(ctx.doc, CRITERIA, 10);
    items.forEach((item, i) => {
      const label = cleanText(
        textOf(first(item, ['h3', '.description__job-criteria-subheader']) ?? item, 200),
      ).toLowerCase();
      const value = cleanText(
        textOf(first(item, ['.description__job-criteria-text', '.job-criteria__text', 'span']) ?? item, 200),
      );
      if (!value) return;
      const known = SENIORITY_LABEL.test(label) ? 'seniority' : EMPLOYMENT_LABEL.test(label) ? 'employment' : null;
      // Seniority comes first and employment type second, but a posting without a
      // seniority starts with its employment type: an unknown first label may hold either.
      const s = known === 'seniority' || (!known && i === 0) ? seniorityFromText(value) : null;
      const e = !s && (known === 'employment' || (!known && i <= 1)) ? employmentTypeFrom(value) : null;
      if (s && !r.seniority) r.seniority = found(s, item);
      if (e && !r.employmentType) r.employmentType = found(e, item);
    });
    const pay = textAt(ctx.doc, SALARY, 200);
    const salary = pay ? payIn(pay.value) : null;
    if (pay && salary) {
      r.salary = found(salary.salary, pay.at[0]);
      r.salaryText = found(salary.text, pay.at[0]);
    }
    for (const pill of $$(ctx.doc, PILLS, 12)) {
      for (const part of cleanText(textOf(pill, 300)).split(/\s*[·•|]\s*|\s{2,}/)) {
        const w = workplaceFrom(part);
        if (w && !r.workplace) r.workplace = found(w, pill);
        const e = employmentTypeFrom(part);
        if (e && !r.employmentType) r.employmentType = found(e, pill);
        const s = /level|senior|junior|entry|associate|director|executive|intern/i.test(part)
          ? seniorityFromText(part)
          : null;
        if (s && !r.seniority) r.seniority = found(s, pill);
        const p = r.salary ? null : payIn(part);
        if (p) {
          r.salary = found(p.salary, pill);
          r.salaryText = found(p.text, pill);
        }
      }
    }
    r.applyUrl = readApply(ctx);
    const body = first(ctx.doc, DESCRIPTION);
    if (body) r.body = body;
    // The top card shows the city as the person sees it; JSON-LD often has only a postal code.
    r.authoritative = ['locations', 'title', 'company'];
    return r;
  },
};
export default linkedin;
