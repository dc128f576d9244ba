// Workday (*.myworkdayjobs.com, *.wd1.myworkdayjobs.com/…/job/…): the rendered
// job view marks every fact with data-automation-id (jobPostingHeader,
// locations, time, postedOn, remoteType, jobPostingDescription); the server
// shell carries only JSON-LD, whose hiringOrganization is a legal entity
// ("MDU Medtronic USA Inc"), so the company is the tenant the site is for.
import { $$, textOf } from '../dom';
import { employmentTypeFrom, workplaceFrom } from '../facts';
import { cleanText, fold } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { jobPostings } from './json-ld';
import { first, linkAt, textAt } from './site-kit';

const auto = (id: string) => `[data-automation-id="${id}"]`;

/** "medtronic.wd1.myworkdayjobs.com" → "medtronic"; "/en-US/MedtronicCareers/…" → "Medtronic". */
function tenant(ctx: Context): string | null {
  const host = ctx.u?.hostname ?? '';
  const m = /^([a-z0-9-]+)\.(?:wd\d+\.)?myworkday(?:jobs|site)\.com$/i.exec(host);
  const site = ctx.u?.pathname.split('/').find((p) => /careers?|jobs?$/i.test(p) && p.length > 6);
  const fromPath = site?.replace(/[-_]?(?:external)?[-_]?(?:careers?|jobs?)$/i, '');
  return fromPath || m?.[1] || null;
}

function companyName(ctx: Context): string | null {
  const t = tenant(ctx);
  if (!t) return null;
  // Prefer the spelling the legal entity uses ("MED Medtronic Inc" → "Medtronic").
  for (const p of jobPostings(ctx)) {
    const org = p.obj.hiringOrganization as { name?: unknown } | undefined;
    const name = typeof org?.name === 'string' ? cleanText(org.name) : '';
    const word = name.split(/\s+/).find((w) => fold(w) === fold(t));
    if (word) return word;
  }
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const workday: Source = {
  id: 'site:workday',
  matches: (ctx) => /(^|\.)myworkday(jobs|site)\.com$/.test(ctx.u?.hostname ?? ''),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    r.title = textAt(ctx.doc, [auto('jobPostingHeader')], 300);
    r.company = found(companyName(ctx));
    const locs = $$(ctx.doc, `${auto('locations')} dd, ${auto('locations')}`, 10)
      .map((el) => ({ el, t: cleanText(textOf(el, 300)).replace(/^locations?\s*/i, '') }))
      .filter((x) => x.t);
    if (locs.length) r.locations = { value: [locs[0]!.t], at: [locs[0]!.el] };
    const time = textAt(ctx.doc, [`${auto('time')} dd`, auto('time')], 100);
    if (time) r.employmentType = found(employmentTypeFrom(time.value), time.at[0]);
    const remote = textAt(ctx.doc, [`${auto('remoteType')} dd`, auto('remoteType')], 100);
    if (remote) r.workplace = found(workplaceFrom(remote.value), remote.at[0]);
    r.applyUrl = linkAt(ctx, [`a${auto('adventureButton')}`, `a${auto('applyManually')}`]);
    const body = first(ctx.doc, [auto('jobPostingDescription')]);
    if (body) r.body = body;
    if (r.title) r.posting = true;
    r.authoritative = ['company'];
    return r;
  },
};
export default workday;
