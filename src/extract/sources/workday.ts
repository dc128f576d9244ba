// Workday (*.myworkdayjobs.com, *.wd1.myworkdayjobs.com/…/job/…): the rendered
// job view marks every fact with data-automation-id (jobPostingHeader,
// locations, time, postedOn, remoteType, jobPostingDescription), each a
// <dl> whose <dd> holds the value (one <dd> per place for a job in several
// places; the <dt> label stays English in every language); the server shell
// carries only JSON-LD, whose hiringOrganization is a legal entity
// ("MDU Medtronic USA Inc"), so the company is the tenant the site is for.
// The search page (/<site>, /<site>/jobs) lists jobs as
// a[data-automation-id="jobTitle"] cards: a list, not a posting.
import { $, $$, textOf } from '../dom';
import { employmentTypeFrom } from '../facts/employment';
import { workplaceFrom } from '../facts/workplace';
import { cleanText, fold } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { jobPostings } from './json-ld';
import { first, linkAt, textAt } from './site-kit';

const auto = (id: string) => `[data-automation-id="${id}"]`;

/**
 * The values of one labelled box (<div data-automation-id=id><dl><dt>label</dt><dd>value</dd>…),
 * each with its element; the box's text without its label where it has no <dd>.
 */
function boxValues(ctx: Context, id: string, label: RegExp, max = 10): { el: Element; t: string }[] {
  const box = $(ctx.doc, auto(id));
  if (!box) return [];
  const dds = $$(box, 'dd', max);
  return (dds.length ? dds : [box])
    .map((el) => ({ el, t: cleanText(textOf(el, 300)).replace(label, '') }))
    .filter((x) => x.t);
}

/**
 * The tenant the site is for: "medtronic.wd1.myworkdayjobs.com" → "medtronic";
 * "/en-US/MedtronicCareers/…" → "Medtronic"; on the shared host
 * "wd1.myworkdaysite.com/recruiting/<tenant>/<site>/…" the path's; else the page's own
 * settings script (window.workday = { tenant: "medtronic", … }).
 */
function tenant(ctx: Context): string | null {
  const host = ctx.u?.hostname ?? '';
  const m = /^([a-z0-9-]+)\.(?:wd\d+\.)?myworkday(?:jobs|site)\.com$/i.exec(host);
  const fromHost = m && !/^wd\d+$/i.test(m[1]!) ? m[1]! : null;
  const parts = ctx.u?.pathname.split('/') ?? [];
  const site = parts.find((p) => /careers?|jobs?$/i.test(p) && p.length > 6);
  const fromPath = site?.replace(/[-_]?(?:external)?[-_]?(?:careers?|jobs?)$/i, '');
  const recruiting = parts.indexOf('recruiting');
  const fromShared = recruiting >= 0 ? parts[recruiting + 1] : null;
  return fromPath || fromHost || fromShared || settingsTenant(ctx);
}

/** `tenant: "medtronic"` in the page's settings script (read as text, never run). */
function settingsTenant(ctx: Context): string | null {
  for (const s of ctx.index.scripts.slice(0, 50)) {
    if (s.hasAttribute('src')) continue;
    const text = (s.textContent ?? '').slice(0, 20_000);
    if (!text.includes('window.workday')) continue;
    const m = /\btenant\s*:\s*["']([A-Za-z0-9_-]{2,60})["']/.exec(text);
    if (m) return m[1]!;
  }
  return null;
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
  // Else as the page writes the tenant's letters ("canadiansolar" → "Canadian Solar", "popmart" →
  // "POP MART"), else the tenant capitalised.
  return spelledInText(t, (ctx.doc.body?.textContent ?? '').slice(0, 20_000)) ?? t.charAt(0).toUpperCase() + t.slice(1);
}

/** A name written with capitals in a text, found by its letters, spaces, dots or dashes between them. */
function spelledInText(letters: string, text: string): string | null {
  if (!/^[A-Za-z0-9]{3,40}$/.test(letters)) return null;
  const spelled = new RegExp(`(?<![\\p{L}\\p{N}])${[...letters].join('[\\s.-]?')}(?![\\p{L}\\p{N}])`, 'giu');
  for (const match of text.matchAll(spelled)) if (/\p{Lu}/u.test(match[0])) return match[0];
  return null;
}

const workday: Source = {
  id: 'site:workday',
  matches: (ctx) => /(^|\.)myworkday(jobs|site)\.com$/.test(ctx.u?.hostname ?? ''),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    r.title = textAt(ctx.doc, [auto('jobPostingHeader')], 300);
    if (!r.title && $$(ctx.doc, `a${auto('jobTitle')}`, 3).length > 1) return { posting: false };
    r.company = found(companyName(ctx));
    // Every place the job names (one <dd> each).
    const locs = boxValues(ctx, 'locations', /^locations?\s*/i);
    if (locs.length) r.locations = { value: locs.map((x) => x.t), at: locs.map((x) => x.el) };
    const time = boxValues(ctx, 'time', /^time type\s*/i, 1)[0];
    if (time) r.employmentType = found(employmentTypeFrom(time.t), time.el);
    // The value alone: "remote type On-site" read whole would name remote and on-site both.
    const remote = boxValues(ctx, 'remoteType', /^remote type\s*/i, 1)[0];
    if (remote) r.workplace = found(workplaceFrom(remote.t), remote.el);
    r.applyUrl = linkAt(ctx, [`a${auto('adventureButton')}`, `a${auto('applyManually')}`]);
    const body = first(ctx.doc, [auto('jobPostingDescription')]);
    if (body) r.body = body;
    if (r.title) r.posting = true;
    // The rendered fields are what the page shows; its JSON-LD says TELECOMMUTE for a hybrid
    // role and names one place of several.
    r.authoritative = ['company', 'locations', 'workplace', 'employmentType'];
    return r;
  },
};
export default workday;
