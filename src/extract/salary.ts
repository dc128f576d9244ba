// Reads pay off job-posting text and off schema.org baseSalary values.
//
// How it works: numbers are read by a hand-written scanner (not one big regex),
// so grouping separators ("120,000", "60.000", "50 000", "120'000", Indian
// "12,00,000") and decimals ("133,600.00") are told apart by counting digits,
// and the whole scan stays linear on hostile input (long digit runs, thousands
// of currency signs). Around each number small regexes look at a bounded slice
// only: a currency before or after, a multiplier ("k", "tis."), a period
// ("per year", "/h", "měsíčně"). Two amounts joined by a dash or "to" make a
// range. Amounts that are not pay (funding in millions, 401(k), percentages,
// stipends, meal vouchers) are dropped, and the first amount that looks like a
// salary (a range, a period, or a salary word before it) wins over a stray
// single figure.

import type { Salary, SalaryPeriod } from '../model/posting';
import { currentWords, PERIOD_ORDER, perWords, sharedPattern } from './words';

export interface SalaryMatch {
  salary: Salary;
  /** The salary as written on the page ("$150-190k", "£45,000 per annum"). */
  text: string;
  /** Offset of the first character in the input. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

// ---------------------------------------------------------------------------
// Currencies

const ISO_CODES = [
  'USD',
  'EUR',
  'GBP',
  'CHF',
  'CZK',
  'PLN',
  'INR',
  'JPY',
  'CNY',
  'RMB',
  'CAD',
  'AUD',
  'NZD',
  'SEK',
  'NOK',
  'DKK',
  'HUF',
  'RON',
  'BGN',
  'BRL',
  'MXN',
  'SGD',
  'HKD',
  'ZAR',
  'ILS',
  'TRY',
  'KRW',
  'UAH',
  'AED',
  'ISK',
] as const;
const CODE_ALT = ISO_CODES.join('|');

/** Dollar-like symbols with a country prefix; bare "$" is USD. */
const DOLLAR_PREFIXES: Record<string, string> = {
  US: 'USD',
  CA: 'CAD',
  C: 'CAD',
  A: 'AUD',
  AU: 'AUD',
  NZ: 'NZD',
  S: 'SGD',
  SG: 'SGD',
  HK: 'HKD',
  R: 'BRL',
  MX: 'MXN',
};

const SYMBOL_ALT = String.raw`(?:US|CA|C|AU|A|NZ|SG|S|HK|R|MX)?\$|€|£|₹|¥|￥|₩|₴|₪|Kč|zł|kr\.?|Fr\.|Ft|lei|CHF`;

// A currency written just before the number: "$", "USD ", "US$", "Kč ", "CHF ".
const CURRENCY_BEFORE_RE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${CODE_ALT})\s?(${SYMBOL_ALT})?|(${SYMBOL_ALT}))[\s\u00a0\u202f]?$`,
  'u',
);
// A currency written just after the number: " EUR", " €", "Kč", ",- Kč", " euros".
const currencyAfter = perWords((words) =>
  sharedPattern(
    String.raw`^(?:,-)?[\s\u00a0\u202f]?(?:(${CODE_ALT})|(${SYMBOL_ALT})|(${words.CURRENCY_NAME_ALT}))(?![\p{L}])`,
    'u',
  ),
);
// A currency in brackets or alone after a range: "/year (USD)", "… USD".
const CODE_IN_WORDS_RE = new RegExp(String.raw`\b(${CODE_ALT})\b`);
const CURRENCY_TAIL_RE = new RegExp(String.raw`^[\s\u00a0]*\(?(${CODE_ALT})\)?(?![\p{L}])`, 'u');

function currencyOf(token: string): string | null {
  const { CURRENCY_BY_NAME } = currentWords();
  const written = token.trim();
  const upper = written.toUpperCase();
  if ((ISO_CODES as readonly string[]).includes(upper)) return upper === 'RMB' ? 'CNY' : upper;
  if (written.endsWith('$')) {
    const prefix = written.slice(0, -1).toUpperCase();
    return prefix === '' ? 'USD' : (DOLLAR_PREFIXES[prefix] ?? 'USD');
  }
  const lower = written.toLowerCase();
  const named = CURRENCY_BY_NAME.get(lower);
  if (named) return named;
  switch (lower) {
    case '€':
      return 'EUR';
    case '£':
      return 'GBP';
    case '₹':
      return 'INR';
    case '¥':
    case '￥':
      return 'JPY';
    case '₩':
      return 'KRW';
    case '₴':
      return 'UAH';
    case '₪':
      return 'ILS';
    case 'kč':
      return 'CZK';
    case 'zł':
      return 'PLN';
    case 'fr.':
      return 'CHF';
    case 'ft':
      return 'HUF';
    case 'lei':
      return 'RON';
    case 'kr':
    case 'kr.':
      return 'KR'; // resolved against the surrounding text, see resolveKrona
  }
  return null;
}

// "kr" is Swedish, Norwegian or Danish (or Icelandic): only the page can say which, by a code
// or by the places and languages of a country (a group per country, in KRONA_COUNTRIES order).
const KRONA_COUNTRIES = ['SEK', 'NOK', 'DKK'] as const;
const kronaContext = perWords((words) =>
  sharedPattern(
    [
      String.raw`\b(SEK|NOK|DKK|ISK)\b`,
      ...KRONA_COUNTRIES.map((code) => String.raw`\b(${words.KRONA_PLACES_ALT(code)})\b`),
    ].join('|'),
    'i',
  ),
);

function resolveKrona(text: string, at: number): string | null {
  const around = text.slice(Math.max(0, at - 400), at + 400);
  const match = kronaContext().exec(around);
  if (!match) return null;
  if (match[1]) return match[1].toUpperCase();
  return KRONA_COUNTRIES[match.slice(2).findIndex((group) => group !== undefined)] ?? null;
}

/** Currencies whose salaries are quoted in the same magnitudes as the US dollar. */
const MAJOR = new Set(['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'SGD']);

// ---------------------------------------------------------------------------
// Periods

const L = String.raw`(?![\p{L}])`;
// Words that may stand between an amount and its period: "brutto/Jahr", "gross per year", "base, per annum".
const periodAfter = perWords((words) => {
  const filler = String.raw`(?:[\s\u00a0\u202f\u200b-\u200d\u2060\ufeff,;:()+–-]|${words.GROSS_NET_ALT}|(?:${CODE_ALT}))*`;
  return sharedPattern(`^${filler}(?:${words.PERIOD_ALT})${L}`, 'iu');
});
const periodExact = perWords((words) => sharedPattern(String.raw`^\s*(?:${words.PERIOD_ALT})\s*$`, 'iu'));

function periodFromGroups(match: RegExpExecArray): SalaryPeriod | null {
  for (let i = 0; i < PERIOD_ORDER.length; i++) if (match[i + 1] !== undefined) return PERIOD_ORDER[i] ?? null;
  return null;
}

// ---------------------------------------------------------------------------
// Numbers

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
const GROUP_SEPS = new Set([',', '.', ' ', '\u00a0', '\u202f', '\u2009', "'", '’']);

interface RawNumber {
  start: number;
  end: number;
  value: number;
  /** Written with a grouping separator or decimals ("120,000", "1.5"): not a bare "150". */
  formatted: boolean;
  /** Too many digits to be pay (a serial number, an ID): skipped, but its end is still known. */
  tooLong: boolean;
}

// Indian grouping: "12,00,000" (lakh). Checked on a short slice only, so it can never run long.
const LAKH_RE = /^\d{1,2}(?:,\d{2})+,\d{3}(?!\d)/;

function countDigits(s: string, i: number): number {
  let k = i;
  while (k < s.length && isDigit(s.charCodeAt(k))) k++;
  return k - i;
}

/** Reads the number starting at i (a digit). Never looks further than the number itself plus a few characters. */
function readNumber(s: string, i: number): RawNumber {
  const lakh = LAKH_RE.exec(s.slice(i, i + 24));
  if (lakh) {
    const value = Number(lakh[0].replace(/,/g, ''));
    return { start: i, end: i + lakh[0].length, value, formatted: true, tooLong: false };
  }
  const intLen = countDigits(s, i);
  let j = i + intLen;
  let digits = s.slice(i, j);
  let formatted = false;
  let sep: string | null = null;
  if (intLen <= 3) {
    // Past five groups it is no amount any more; stop there so a long chain is read once, not re-read.
    for (let groups = 0; groups < 5; groups++) {
      const ch = s[j];
      if (ch === undefined || !GROUP_SEPS.has(ch) || (sep !== null && ch !== sep)) break;
      if (countDigits(s, j + 1) !== 3) break;
      sep = ch;
      digits += s.slice(j + 1, j + 4);
      j += 4;
      formatted = true;
    }
  }
  let value = Number(digits);
  // Decimals: one or two digits after "." or "," ("133,600.00", "1.5k", "12,50 €").
  const dch = s[j];
  if ((dch === '.' || dch === ',') && dch !== sep) {
    const n = countDigits(s, j + 1);
    if (n === 1 || n === 2) {
      value += Number(`0.${s.slice(j + 1, j + 1 + n)}`);
      j += 1 + n;
      formatted = true;
    }
  }
  return { start: i, end: j, value, formatted, tooLong: digits.length > 12 };
}

interface Amount {
  /** Start including a currency written before the number. */
  start: number;
  numStart: number;
  /** End including multiplier and a currency written after. */
  end: number;
  value: number;
  /** The number as written, before its multiplier. */
  base: number;
  /** 1, or what "k", "lakh", "crore" multiplied it by. */
  factor: number;
  currency: string | null;
  /** The currency was an ISO code or a word, not a symbol ("$ … CAD" means CAD). */
  codeCurrency: boolean;
  /** A multiplier was written ("k"). */
  multiplied: boolean;
  formatted: boolean;
  /** "12 LPA": lakhs per annum. */
  lpa: boolean;
}

function readAmount(text: string, num: RawNumber): Amount | 'reject' {
  const { NOT_MONEY_AFTER, THOUSAND, LAKH_SUFFIX, LAKH_PER_YEAR, CRORE_SUFFIX, MILLION } = currentWords();
  let end = num.end;
  let value = num.value;
  let factor = 1;
  let multiplied = false;
  let lpa = false;
  const after = text.slice(end, end + 24);
  if (NOT_MONEY_AFTER.test(after)) return 'reject';
  const thousand = THOUSAND.exec(after);
  const lakh = thousand ? null : LAKH_SUFFIX.exec(after);
  if (thousand) {
    factor = 1000;
    end += thousand[0].length;
    multiplied = true;
  } else if (lakh) {
    factor = 100_000;
    end += lakh[0].length;
    multiplied = true;
    lpa = LAKH_PER_YEAR.test(lakh[0]);
  } else if (CRORE_SUFFIX.test(after)) {
    const crore = CRORE_SUFFIX.exec(after)!;
    factor = 10_000_000;
    end += crore[0].length;
    multiplied = true;
  } else if (MILLION.test(after)) {
    // Millions are funding, revenue or headcount, not a salary.
    return 'reject';
  }

  value *= factor;
  let currency: string | null = null;
  let codeCurrency = false;
  let start = num.start;
  const before = text.slice(Math.max(0, num.start - 8), num.start);
  const cb = CURRENCY_BEFORE_RE.exec(before);
  if (cb) {
    const code = cb[1];
    const sym = cb[2] ?? cb[3];
    // "USD $120,000": the code decides; "CA$" and "C$" carry their own country.
    currency = code ? currencyOf(code) : sym ? currencyOf(sym) : null;
    codeCurrency = code !== undefined;
    start = num.start - (before.length - cb.index);
  } else if (num.start > 0 && isLetter(text[num.start - 1])) {
    // Glued to a word ("H1B", "COVID-19", "W2"): not an amount.
    return 'reject';
  }
  const ca = currencyAfter().exec(text.slice(end, end + 16));
  if (ca) {
    const c = currencyOf(ca[1] ?? ca[2] ?? ca[3] ?? '');
    if (c && (currency === null || ca[1] !== undefined || ca[3] !== undefined)) {
      // A code after a symbol wins ("$100,000 CAD").
      if (currency === null || currency === 'USD' || currency === c) {
        currency = c;
        codeCurrency = ca[1] !== undefined || ca[3] !== undefined;
      }
    }
    if (c) end += ca[0].length;
  }
  if (currency === 'KR') currency = resolveKrona(text, num.start) ?? 'KR';
  return {
    start,
    numStart: num.start,
    end,
    value,
    base: num.value,
    factor,
    currency,
    codeCurrency,
    multiplied,
    formatted: num.formatted,
    lpa,
  };
}

/**
 * The amounts in the text, in order, at most MAX_AMOUNTS of them: a posting
 * names a handful, so a page with thousands is a price list or noise and its
 * tail need not be read. Linear: each character is looked at a bounded number of times.
 */
const MAX_AMOUNTS = 1000;
function scanAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  let i = 0;
  const n = text.length;
  while (i < n && out.length < MAX_AMOUNTS) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
    const prev = text[i - 1];
    // Inside a dotted or dashed code ("v2.3", "1-800-…", "12/2024"): skip the whole run.
    const glued = prev === '.' || prev === '/' || prev === '#';
    const num = glued ? null : readNumber(text, i);
    if (num?.tooLong) {
      i = num.end;
      continue;
    }
    if (!num) {
      i += Math.max(1, countDigits(text, i));
      continue;
    }
    const amount = readAmount(text, num);
    if (amount !== 'reject') out.push(amount);
    i = Math.max(num.end, amount === 'reject' ? num.end : amount.end);
    if (i <= num.start) i = num.start + 1;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Plausibility

/** Upper bounds of a plausible amount per period in dollar-like currencies. */
const MAX_BY_PERIOD: Record<SalaryPeriod, number> = {
  hour: 2_000,
  day: 20_000,
  week: 100_000,
  month: 500_000,
  year: 10_000_000,
};
/**
 * Lower bounds. A yearly figure under 5,000 in a dollar-like currency (four times that in one of
 * smaller units) is an allowance, not pay: "$2,000 a year for learning", "5 000 kr per år" for sport.
 */
const MIN_BY_PERIOD: Record<SalaryPeriod, number> = { hour: 1, day: 10, week: 50, month: 100, year: 5_000 };

function plausible(min: number, max: number, currency: string | null, period: SalaryPeriod | null): boolean {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min <= 0 || max <= 0 || max > 1e10) return false;
  // Currencies with small units (JPY, INR, CZK, HUF…) quote far larger numbers.
  const major = currency !== null && MAJOR.has(currency);
  const scale = major ? 1 : 1000;
  if (period === null) return max <= 1e7 * scale;
  const floor = period === 'year' && !major ? MIN_BY_PERIOD.year * 4 : MIN_BY_PERIOD[period];
  return min >= floor && max <= MAX_BY_PERIOD[period] * scale;
}

/** A period a reader would assume when none is written. */
function inferPeriod(min: number, max: number, currency: string | null): SalaryPeriod | null {
  if (currency === null) return null;
  if (MAJOR.has(currency)) {
    if (min >= 10_000) return 'year';
    if (max < 200) return 'hour';
    return null;
  }
  // Czech and Polish pay is quoted per month; a figure in that band can mean nothing else.
  if (currency === 'CZK' && min >= 10_000 && max <= 300_000) return 'month';
  if (currency === 'PLN' && min >= 3_000 && max <= 60_000) return 'month';
  return null;
}

// ---------------------------------------------------------------------------
// Text

interface Candidate {
  match: SalaryMatch;
  score: number;
}

/** Where the last match of a global regex starts in a short string, or -1. */
function lastIndex(re: RegExp, s: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    at = m.index;
    if (m[0] === '') re.lastIndex++;
  }
  return at;
}

function lastPeriodBefore(window: string): SalaryPeriod | null {
  const { PERIOD_BEFORE } = currentWords();
  let found: SalaryPeriod | null = null;
  PERIOD_BEFORE.lastIndex = 0;
  for (let match = PERIOD_BEFORE.exec(window); match; match = PERIOD_BEFORE.exec(window)) {
    const group = match.slice(1).findIndex((written) => written !== undefined);
    found = PERIOD_ORDER[group] ?? found;
  }
  return found;
}

/**
 * The words before an amount, cut at the last digit so they belong to this amount only; the end
 * of a range read alone ("items weighing up to 20-40 pounds") has the words before its start.
 */
function wordsBefore(raw: string): string {
  const lastDigit = raw.search(/\d[^\d]*$/);
  if (lastDigit < 0) return raw;
  const after = raw.slice(lastDigit + 1);
  if (!/^\s*[-–—]\s*$/.test(after)) return after;
  const start = raw.slice(0, lastDigit + 1).replace(/[\d.,\s]+$/, '');
  const digit = start.search(/\d[^\d]*$/);
  return digit >= 0 ? start.slice(digit + 1) : start;
}

function buildCandidate(text: string, first: Amount, second: Amount | null): Candidate | null {
  const { PAY_WORDS, NOT_PAY_BEFORE, NOT_PAY_AFTER, OPEN_ABOVE_BEFORE } = currentWords();
  const a = first;
  const b = second ?? first;
  let lo = a.value;
  let hi = b.value;
  if (second) {
    // "$150-190k", "₹8 - 12 lakhs": the multiplier written once applies to both ends.
    if (b.factor > 1 && a.factor === 1 && !a.formatted && a.base <= b.base) lo = a.base * b.factor;
    if (a.factor > 1 && b.factor === 1 && !b.formatted && b.base >= a.base) hi = b.base * a.factor;
    if (lo > hi) [lo, hi] = [hi, lo];
    // Two unrelated numbers ("1 - 500000") are not a range.
    if (hi / lo > 20) return null;
  }
  let currency = a.currency ?? b.currency;
  if (a.currency && b.currency && a.currency !== b.currency) {
    if (b.codeCurrency && !a.codeCurrency) currency = b.currency;
    else return null;
  }

  let end = b.end;
  // "£55,000+": open above.
  const plus = !second && /^\+/.test(text.slice(end, end + 1));
  if (plus) end += 1;
  let period: SalaryPeriod | null = a.lpa || b.lpa ? 'year' : null;
  let explicitPeriod = period !== null;
  // After the amount: a period and/or a bracketed currency, in either order ("/year (USD)").
  for (let k = 0; k < 3; k++) {
    const slice = text.slice(end, end + 48);
    const pm = period === null ? periodAfter().exec(slice) : null;
    if (pm) {
      period = periodFromGroups(pm);
      explicitPeriod = true;
      end += pm[0].length;
      continue;
    }
    const cm = CURRENCY_TAIL_RE.exec(slice);
    if (cm?.[1]) {
      const c = currencyOf(cm[1]);
      if (currency === null || currency === 'USD' || currency === c) currency = c;
      end += cm[0].length;
      continue;
    }
    break;
  }

  // The words just before the amount, cut at the last digit so they belong to this amount only.
  const rawBefore = text.slice(Math.max(0, a.start - 90), a.start);
  const before = wordsBefore(rawBefore);
  if (period === null) {
    period = lastPeriodBefore(before);
    if (period !== null) explicitPeriod = true;
  }
  if (currency === null) {
    // "Salary ranges (USD): 133,600 - 200,400".
    const cm = CODE_IN_WORDS_RE.exec(before.slice(-40));
    if (cm?.[1]) currency = currencyOf(cm[1]);
  }
  if (currency === 'KR') currency = null;

  // A perk word close before the amount makes it a perk, unless a salary word stands after it
  // ("Relocation and visa support. Salary: $120k").
  const salaryAt = lastIndex(PAY_WORDS, before);
  const salaryWord = salaryAt >= 0;
  const perkAt = lastIndex(NOT_PAY_BEFORE, before);
  const notPay =
    (perkAt >= 0 && perkAt > salaryAt && before.length - perkAt <= 45) || NOT_PAY_AFTER.test(text.slice(end, end + 40));
  if (notPay) return null;
  // A bare number is pay only when the page says so ("salary to 120K", "mzda 58 000").
  if (currency === null && !salaryWord) return null;
  if (currency === null && !a.multiplied && !b.multiplied && !a.formatted && !b.formatted && !explicitPeriod)
    return null;

  if (period === null) period = inferPeriod(lo, hi, currency);
  if (!plausible(lo, hi, currency, period)) return null;
  // A lone small figure with no period and no salary word is a price, not pay.
  if (!second && !explicitPeriod && !salaryWord && period === null) return null;

  const score = (second ? 1 : 0) + (explicitPeriod ? 1 : 0) + (salaryWord ? 2 : 0);
  const from = second ? null : OPEN_ABOVE_BEFORE.exec(before);
  // The text as written starts at "From" where the page opens the range with it.
  const start = from ? a.start - before.length + from.index : a.start;
  const written = text.slice(start, end).replace(/[\s\u00a0,;:(–-]+$/u, '');
  return {
    match: {
      salary: { min: lo, max: from || plus ? null : hi, currency, period },
      text: written.trim(),
      start,
      end: start + written.length,
    },
    score,
  };
}

/**
 * The salary of a posting's text: the first salary, unless the line it stands on is about a
 * signing or relocation bonus, a referral reward or a budget and names no pay (findSalary reads
 * a perk word only shortly before the amount; a posting's line says it anywhere).
 */
export function salaryInText(text: string): SalaryMatch | null {
  const { PERK_LINE, PAY_LINE } = currentWords();
  // An amount on a line about a perk ("12 000 Kč příspěvek do Cafeterie") is passed over, and the
  // pay looked for in the lines after it.
  for (let from = 0; from < text.length; ) {
    const rest = findSalary(from ? text.slice(from) : text);
    if (!rest) return null;
    const found = from ? { ...rest, start: rest.start + from, end: rest.end + from } : rest;
    const lineEnd = text.indexOf('\n', found.end) >>> 0;
    const line = text.slice(text.lastIndexOf('\n', found.start) + 1, lineEnd);
    if (!PERK_LINE.test(line) || PAY_LINE.test(line)) return found;
    from = Math.min(lineEnd, text.length) + 1;
  }
  return null;
}

/**
 * The first salary in a text. A range, a written period or a salary word before
 * it marks an amount as pay; when one such amount exists, a stray single figure
 * before it ("Post a job for $299") does not win.
 */
export function findSalary(text: string): SalaryMatch | null {
  const { RANGE_GAP, GRADED_RANGE_GAP } = currentWords();
  if (!text) return null;
  const amounts = scanAmounts(text);
  let fallback: SalaryMatch | null = null;
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    const next = amounts[i + 1];
    let cand: Candidate | null = null;
    if (next && next.start - a.end <= 16 && RANGE_GAP.test(text.slice(a.end, next.start))) {
      cand = buildCandidate(text, a, next);
      if (cand) i++;
    }
    // "$105,123 to GS-15 Step 10 $136,659": the grade's own numbers stand between the two ends.
    for (let j = i + 1; !cand && j < i + 4 && j < amounts.length; j++) {
      const gap = text.slice(a.end, amounts[j]!.start);
      if (gap.length > 30) break;
      if (!GRADED_RANGE_GAP.test(gap)) continue;
      cand = buildCandidate(text, a, amounts[j]!);
      if (cand) i = j;
    }
    if (!cand) cand = buildCandidate(text, a, null);
    if (!cand) continue;
    if (cand.score >= 1) return cand.match;
    fallback ??= cand.match;
  }
  return fallback;
}

// ---------------------------------------------------------------------------
// Structured data

function periodFromUnit(unit: unknown): SalaryPeriod | null {
  if (typeof unit !== 'string') return null;
  const u = unit
    .trim()
    .toUpperCase()
    .replace(/^PER[\s_-]*/, '');
  switch (u) {
    case 'HOUR':
    case 'HOURLY':
    case 'HR':
    case 'HUR':
      return 'hour';
    case 'DAY':
    case 'DAILY':
      return 'day';
    case 'WEEK':
    case 'WEEKLY':
    case 'WEE':
    case 'WK':
      return 'week';
    case 'MONTH':
    case 'MONTHLY':
    case 'MON':
    case 'MTH':
      return 'month';
    case 'YEAR':
    case 'YEARLY':
    case 'ANNUAL':
    case 'ANNUALLY':
    case 'ANNUM':
    case 'ANN':
    case 'YR':
      return 'year';
  }
  const m = periodExact().exec(unit);
  return m ? periodFromGroups(m) : null;
}

function structuredNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (!s) return null;
  if (/^-?\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const at = s.search(/\d/);
  if (at < 0 || s.slice(0, at).includes('-')) return null;
  const num = readNumber(s, at);
  if (num.tooLong) return null;
  const amount = readAmount(s, num);
  return amount === 'reject' ? null : amount.value;
}

function structuredCurrency(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.trim();
  if (/^[A-Za-z]{3}$/.test(t)) return t.toUpperCase();
  const c = currencyOf(t);
  return c === 'KR' ? null : c;
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/**
 * A schema.org baseSalary (MonetaryAmount with a QuantitativeValue) as a Salary,
 * also the loose forms sites publish: numbers as strings, the value as a bare
 * number, "per hour" units, no currency, arrays. Null for anything not a
 * plausible positive amount.
 */
export function salaryFromStructured(baseSalary: unknown): Salary | null {
  if (Array.isArray(baseSalary)) {
    for (const item of baseSalary) {
      const s = salaryFromStructured(item);
      if (s) return s;
    }
    return null;
  }
  if (typeof baseSalary === 'number') {
    return finishStructured(baseSalary, baseSalary, null, null);
  }
  if (typeof baseSalary === 'string') {
    const found = findSalary(baseSalary);
    if (found) return found.salary;
    const n = structuredNumber(baseSalary);
    return n === null ? null : finishStructured(n, n, null, null);
  }
  const o = asRecord(baseSalary);
  if (!o) return null;
  const currency = structuredCurrency(o.currency) ?? structuredCurrency(o.salaryCurrency);
  let value: unknown = o.value ?? o;
  if (Array.isArray(value)) value = value[0];
  const qv = asRecord(value);
  if (!qv) {
    const n = structuredNumber(value);
    const period = periodFromUnit(o.unitText) ?? periodFromUnit(o.unitCode);
    return n === null ? null : finishStructured(n, n, currency, period);
  }
  const lo = structuredNumber(qv.minValue);
  const hi = structuredNumber(qv.maxValue);
  const single = structuredNumber(qv.value);
  const min = lo ?? single ?? hi;
  const max = hi ?? single ?? lo;
  if (min === null || max === null) return null;
  const period =
    periodFromUnit(qv.unitText) ??
    periodFromUnit(qv.unitCode) ??
    periodFromUnit(o.unitText) ??
    periodFromUnit(o.unitCode);
  return finishStructured(min, max, currency ?? structuredCurrency(qv.currency), period);
}

function finishStructured(a: number, b: number, currency: string | null, period: SalaryPeriod | null): Salary | null {
  const min = Math.min(a, b);
  const max = Math.max(a, b);
  const p = period ?? inferPeriod(min, max, currency);
  if (!plausible(min, max, currency, p)) return null;
  return { min, max, currency, period: p };
}
