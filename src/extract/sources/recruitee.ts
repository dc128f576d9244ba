// Recruitee career sites (<company>.recruitee.com, or the company's own domain with
// offers at /o/<slug>): the page is rendered from a PublicApp component whose
// data-props JSON holds appConfig.offer, the posting as the employer entered it:
// remote / hybrid / onSite flags, employmentType ("fulltime_permanent"),
// experience ("mid_level"), education ("bachelor_degree") and the salary. The
// rendered page itself is left to the generic reader (its headings and lists).
import type { Education, EmploymentType, SalaryPeriod, Seniority, Workplace } from '../../model/posting';
import { $ } from '../dom';
import { cleanText } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { dig, hostIs, str } from './site-kit';

const MAX_PROPS = 5_000_000;

/** The first of the patterns the value matches, as its mapped value. */
function mapped<T>(value: string | null, table: readonly [RegExp, T][]): T | null {
  if (!value) return null;
  for (const [re, v] of table) if (re.test(value)) return v;
  return null;
}

const EMPLOYMENT: readonly [RegExp, EmploymentType][] = [
  [/^full/i, 'full-time'],
  [/^part/i, 'part-time'],
  [/intern|trainee/i, 'internship'],
  [/freelance|contract/i, 'contract'],
  [/temporary|seasonal/i, 'temporary'],
];
const SENIORITY: readonly [RegExp, Seniority][] = [
  [/student|intern/i, 'intern'],
  [/entry|junior|no_experience/i, 'junior'],
  [/mid/i, 'mid'],
  [/senior|experienced/i, 'senior'],
  [/manager/i, 'manager'],
  [/director/i, 'director'],
  [/executive/i, 'executive'],
];
const EDUCATION: readonly [RegExp, Education][] = [
  [/bachelor/i, 'bachelor'],
  [/master/i, 'master'],
  [/doctor|phd/i, 'phd'],
];
const PERIOD: readonly [RegExp, SalaryPeriod][] = [
  [/hour/i, 'hour'],
  [/day|daily/i, 'day'],
  [/week/i, 'week'],
  [/month/i, 'month'],
  [/year|annual/i, 'year'],
];

function offerOf(ctx: Context): unknown {
  const app = $(ctx.doc, 'div[data-component="PublicApp"][data-props]');
  const props = app?.getAttribute('data-props') ?? '';
  if (!props || props.length > MAX_PROPS) return null;
  try {
    return dig(JSON.parse(props), 'appConfig', 'offer') ?? null;
  } catch {
    return null; // broken JSON: the generic reader still reads the page
  }
}

const recruitee: Source = {
  id: 'site:recruitee',
  matches: (ctx) => hostIs(ctx, /(^|\.)recruitee\.com$/) || /^\/o\/[^/]+\/?$/.test(ctx.u?.pathname ?? ''),
  read(ctx: Context): Reading | null {
    const offer = offerOf(ctx);
    if (!offer || typeof offer !== 'object') return null;
    const r: Reading = {};
    const translations = dig(offer, 'translations');
    const lang = str(dig(offer, 'primaryLangCode')) ?? 'en';
    const title = str(dig(translations, lang, 'title'));
    if (!title) return null;
    r.title = found(cleanText(title, 300));
    r.posting = true;
    const workplace: Workplace | null = dig(offer, 'remote')
      ? 'remote'
      : dig(offer, 'hybrid')
        ? 'hybrid'
        : dig(offer, 'onSite')
          ? 'onsite'
          : null;
    r.workplace = found(workplace);
    r.employmentType = found(mapped(str(dig(offer, 'employmentType')), EMPLOYMENT));
    r.seniority = found(mapped(str(dig(offer, 'experience')), SENIORITY));
    const degree = mapped(str(dig(offer, 'education')), EDUCATION);
    if (degree) r.education = found([degree]);
    const min = Number(dig(offer, 'salary', 'min'));
    const max = Number(dig(offer, 'salary', 'max'));
    if (min > 0 || max > 0) {
      r.salary = found({
        min: min > 0 ? min : max,
        max: max > 0 ? max : null,
        currency: str(dig(offer, 'salary', 'currency'))?.toUpperCase() ?? null,
        period: mapped(str(dig(offer, 'salary', 'period')), PERIOD),
      });
    }
    // The flags are the employer's own choice, over words in the text ("remote-first culture").
    r.authoritative = ['workplace'];
    return r;
  },
};
export default recruitee;
