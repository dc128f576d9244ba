// Checks for site rules, wherever they come from (a backup, the CLI's rules
// file): a rule is data the reader consults, so one that is not exactly a known
// kind with short texts is refused whole, saying why. Pages never send rules:
// the store learns them only from a person's corrections (store/rules.ts).
import { ITEM_PLACES } from './corrections';
import { BOARD, RULE_KINDS, type SiteRule } from './site-rules';
import { hasProtoKey, isIsoTime, isObject } from './validate';

const MAX_WORDS = 200;
const SITE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;
const shortText = (v: unknown, max = MAX_WORDS): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= max && !/\p{Cc}/u.test(v);
const hasOnly = (v: Record<string, unknown>, keys: string[]) => Object.keys(v).every((k) => keys.includes(k));
const BASE = ['id', 'site', 'board', 'at', 'from', 'kind'];

/** Why `v` is not a site rule; null when it is. */
export function ruleProblem(v: unknown): string | null {
  if (!isObject(v) || hasProtoKey(v)) return 'it is not an object';
  if (!shortText(v.id, 100)) return 'its "id" is missing or not text';
  if (typeof v.site !== 'string' || v.site.length > 253 || !SITE.test(v.site))
    return `its "site" ${JSON.stringify(String(v.site).slice(0, 60))} is not a host name`;
  if (v.board !== undefined && !(typeof v.board === 'string' && BOARD.test(v.board)))
    return 'its "board" is not the name of a company’s board (letters, digits, dot, dash)';
  if (!isIsoTime(v.at)) return 'its "at" is not an ISO 8601 time';
  const from = v.from;
  if (
    from !== null &&
    !(
      isObject(from) &&
      hasOnly(from, ['jobId', 'title']) &&
      shortText(from.jobId, 200) &&
      typeof from.title === 'string' &&
      from.title.length <= 2_000
    )
  )
    return 'its "from" is not a job (an id and a title) or null';
  if (typeof v.kind !== 'string' || !RULE_KINDS.includes(v.kind as never))
    return `its "kind" ${JSON.stringify(String(v.kind).slice(0, 40))} is not a kind of rule Jobmark knows`;
  switch (v.kind) {
    case 'heading':
      if (!hasOnly(v, [...BASE, 'heading', 'part'])) return 'it holds fields a heading rule has not';
      if (!shortText(v.heading)) return 'its "heading" is not short text';
      return typeof v.part === 'string' && (ITEM_PLACES as readonly string[]).includes(v.part)
        ? null
        : 'its "part" is not a part of a posting';
    case 'company-suffix':
      if (!hasOnly(v, [...BASE, 'suffix'])) return 'it holds fields a company rule has not';
      return shortText(v.suffix, 100) && /[\p{L}\p{N}]/u.test(v.suffix) ? null : 'its "suffix" is not short text';
    case 'place-label':
      if (!hasOnly(v, [...BASE, 'label'])) return 'it holds fields a place rule has not';
      return shortText(v.label, 60) && /\p{L}/u.test(v.label) ? null : 'its "label" is not a few words';
    default:
      if (!hasOnly(v, [...BASE, 'path'])) return 'it holds fields a page rule has not';
      return shortText(v.path, 500) && v.path.startsWith('/') ? null : 'its "path" is not a path beginning with /';
  }
}

/** A checked rule, rebuilt from its known fields (call after ruleProblem() returned null). */
export function cleanRule(r: SiteRule): SiteRule {
  const base = {
    id: r.id,
    site: r.site,
    ...(r.board !== undefined && { board: r.board }),
    at: r.at,
    from: r.from && { jobId: r.from.jobId, title: r.from.title },
  };
  switch (r.kind) {
    case 'heading':
      return { ...base, kind: r.kind, heading: r.heading, part: r.part };
    case 'company-suffix':
      return { ...base, kind: r.kind, suffix: r.suffix };
    case 'not-posting':
    case 'posting':
      return { ...base, kind: r.kind, path: r.path };
    case 'place-label':
      return { ...base, kind: r.kind, label: r.label };
  }
}

/** A list of rules from a file: each checked; throws an Error naming the first that is not a rule. */
export function parseRules(data: unknown, where = 'this file'): SiteRule[] {
  if (!Array.isArray(data)) throw new Error(`The rules in ${where} are not a list.`);
  if (data.length > 10_000) throw new Error(`${where} holds more than 10,000 rules.`);
  return data.map((rule, i) => {
    const problem = ruleProblem(rule);
    if (problem) throw new Error(`Rule ${i + 1} in ${where} is not valid: ${problem}.`);
    return cleanRule(rule as SiteRule);
  });
}
