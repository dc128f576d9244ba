// Remote OK (remoteok.com, formerly remoteok.io): a job page is the board
// with one expanded row: tr.job (data-company, h2[itemprop=title],
// h3[itemprop=name], .location badges, .tags) and td .description / .markdown.
// Every job is remote; the location badges are the time zones or regions.
import { $$, textOf } from '../dom';
import { cleanText } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { first, hostIs, textAt } from './site-kit';

const remoteok: Source = {
  id: 'site:remoteok',
  matches: (ctx) => hostIs(ctx, /(^|\.)remoteok\.(?:com|io)$/),
  read(ctx: Context): Reading | null {
    // The posting's own row: the one whose link is this page, else the first.
    const path = ctx.u?.pathname ?? '';
    const rows = $$(ctx.doc, 'tr.job', 50);
    const row =
      rows.find((tr) => path && (tr.getAttribute('data-url') ?? '') === path) ?? (rows.length === 1 ? rows[0] : null);
    const scope = row ?? ctx.doc;
    const r: Reading = {};
    r.title = textAt(scope, ['h2[itemprop="title"]', 'h2'], 300);
    if (!r.title) return rows.length > 1 ? { posting: false } : null;
    r.posting = true;
    r.company = textAt(scope, ['h3[itemprop="name"]', 'h3'], 200);
    r.workplace = found('remote' as const);
    const loc = $$(scope, '.location', 10)
      .map((el) => cleanText(textOf(el, 200)))
      .find((t) => t && !/\$|💰|salary/i.test(t));
    if (loc) r.locations = found(loc.split(/\s*,\s*/));
    const desc = first(ctx.doc, ['tr.expand .description', '.description .markdown', '.description']);
    if (desc) r.body = desc;
    r.authoritative = ['locations', 'workplace'];
    return r;
  },
};
export default remoteok;
