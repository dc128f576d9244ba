// Remote OK (remoteok.com, formerly remoteok.io): a job page is the board
// with one expanded row: tr.job (data-id, data-url, data-company,
// h2[itemprop=title], h3[itemprop=name], .location badges, .tags) followed by
// its tr.expand row (.description .markdown); related jobs follow in the same
// table, each with its own (collapsed) expand row. Every job is remote; the
// location badges are regions ("🇪🇺 Europe", "🌏 Worldwide") or time zones, and
// one badge may be the pay ("💰 $70k - $120k").
import { $$, textOf } from '../dom';
import { findSalary } from '../salary';
import { cleanText, stripDecoration } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { first, hostIs, textAt } from './site-kit';

const PAY_BADGE = /\$|💰|salary|€|£/i;

const remoteok: Source = {
  id: 'site:remoteok',
  matches: (ctx) => hostIs(ctx, /(^|\.)remoteok\.(?:com|io)$/),
  read(ctx: Context): Reading | null {
    const rows = $$(ctx.doc, 'tr.job', 100);
    const row = ownRow(ctx, rows);
    // A board of rows with none of them this page's job is a list.
    if (!row && rows.length > 1) return { posting: false };
    const scope = row ?? ctx.doc;
    const r: Reading = {};
    r.title = textAt(scope, ['h2[itemprop="title"]', 'h2'], 300);
    if (!r.title) return rows.length > 1 ? { posting: false } : null;
    r.posting = true;
    r.company = textAt(scope, ['h3[itemprop="name"]', 'h3'], 200);
    r.workplace = found('remote' as const);
    const badges = $$(scope, '.location', 20).map((el) => ({ el, text: cleanText(textOf(el, 200)) }));
    // Every badge that is not the pay, flags dropped; one badge may list several ("Gmt-8, Gmt+7-10").
    const places = badges
      .filter((b) => b.text && !PAY_BADGE.test(b.text))
      .flatMap((b) => b.text.split(/\s*,\s*/).map((p) => ({ el: b.el, text: stripDecoration(p) })))
      .filter((p) => p.text);
    const seen = new Set<string>();
    const unique = places.filter((p) => !seen.has(p.text.toLowerCase()) && seen.add(p.text.toLowerCase()));
    if (unique.length) r.locations = { value: unique.map((p) => p.text), at: unique.map((p) => p.el) };
    // The pay badge, where the row's JSON-LD has no baseSalary: yearly figures unless it says otherwise.
    const pay = badges.find((b) => /💰/.test(b.text));
    const m = pay ? findSalary(pay.text.replace(/\*+$/, '')) : null;
    if (m && pay) r.salary = found({ ...m.salary, period: m.salary.period ?? 'year' }, pay.el);
    const desc = ownDescription(ctx, row);
    if (desc) r.body = desc;
    r.authoritative = ['locations', 'workplace'];
    return r;
  },
};

/**
 * The posting's own row: the one whose link is this page, else the one whose
 * data-id is the page's job id (/remote-jobs/99453 and /remote-jobs/99453-slug
 * are the same job), else the only row.
 */
function ownRow(ctx: Context, rows: Element[]): Element | null {
  const path = ctx.u?.pathname ?? '';
  const id = /\/remote-jobs\/(\d+)/.exec(path)?.[1];
  return (
    rows.find((tr) => path && (tr.getAttribute('data-url') ?? '') === path) ??
    rows.find((tr) => id && tr.getAttribute('data-id') === id) ??
    (rows.length === 1 ? rows[0]! : null)
  );
}

/** The description in the row's own expand row; related jobs below carry theirs too. */
function ownDescription(ctx: Context, row: Element | null): Element | null {
  const id = row?.getAttribute('data-id');
  if (id && /^\d+$/.test(id)) {
    const own = first(ctx.doc, [`tr.expand-${id} .description`, `tr.expand[data-id="${id}"] .description`]);
    if (own) return own;
    const next = row?.nextElementSibling;
    if (next?.classList.contains('expand')) return first(next, ['.description', '.markdown']) ?? next;
  }
  return first(ctx.doc, ['tr.expand .description', '.description .markdown', '.description']);
}
export default remoteok;
