// jobs.cz (www.jobs.cz/rpd/<id>/ and company-branded /fp/<company>/<id>/):
// the heading (.JobDescriptionHeading h1, or h1 on branded pages), the
// company and address as icon rows (.IconWithText with a hidden label
// "Společnost"/"Adresa", or dl.icon-description dt/dd), the reply button
// (a[data-track-event="JD.Reply"] → /jof/<id>/), the rich text
// (.content-rich-text, [data-jobad="body"]). Search pages list
// article.SearchResultCard items.
import type { Education } from '../../model/posting';
import { $$, textOf } from '../dom';
import { employmentTypeFrom } from '../facts/employment';
import { outranks } from '../labels';
import { findSalary } from '../salary';
import { cleanText } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { first, hostIs, linkAt, textAt } from './site-kit';

// Degree levels the "Požadované vzdělání" / "Required education" row names. Secondary
// school ("Středoškolské …") and the broad "Vysokoškolské" (any university degree) name
// no one level, so they give nothing.
const DEGREES: readonly [RegExp, Education][] = [
  [/bakalář|bachelor/i, 'bachelor'],
  [/magist|master|inženýr/i, 'master'],
  [/doktor|ph\.?\s?d/i, 'phd'],
];

/** One labelled row of the position facts ("Společnost", "Typ pracovního poměru", …). */
function infoFact(label: string, text: string, el: Element | null, r: Reading) {
  if (/spole|company/.test(label)) r.company ??= found(text, el);
  else if (/adres|míst|location|lokal/.test(label)) r.locations ??= found([text], el);
  else if (/pracovního poměru|smluvního vztahu|employment form/.test(label)) {
    // "Práce na plný úvazek, práce na zkrácený úvazek": jobs.cz's row lists the main form first,
    // so the first form that names a type is the job's (elsewhere a choice of hours states
    // neither); a contract ("práce na živnostenský list (IČO)") outranks the hours of another row.
    const type = text
      .split(/,\s*/)
      .map((form) => employmentTypeFrom(form))
      .find((form) => form !== null);
    if (type && (!r.employmentType || outranks(type, r.employmentType.value, text))) r.employmentType = found(type, el);
  } else if (/vzdělání|education/.test(label)) {
    const levels = DEGREES.filter(([re]) => re.test(text)).map(([, level]) => level);
    if (levels.length) r.education ??= found(levels, el);
  } else if (/^mzda|^plat$|salary/.test(label)) {
    const parsed = findSalary(text);
    if (parsed) {
      r.salary ??= found(parsed.salary, el);
      r.salaryText ??= found(parsed.text, el);
    }
  }
}

function iconFacts(ctx: Context, r: Reading) {
  // New layout: <div class="IconWithText"><span class="accessibility-hidden">Společnost</span><p>…</p></div>
  for (const row of $$(ctx.doc, '.IconWithText, [data-test="jd-info-company"], [data-test="jd-info-location"]', 40)) {
    const label = cleanText(
      textOf(first(row, ['.accessibility-hidden', '.visually-hidden']) ?? row, 100),
    ).toLowerCase();
    const value = first(row, ['p', 'a', 'span:not(.accessibility-hidden)']);
    const text = value ? cleanText(textOf(value, 300)) : '';
    if (text) infoFact(label, text, value, r);
  }
  // Older and branded layout: <dl class="icon-description"><dt>…Společnost</dt><dd>…</dd>;
  // rows without a hidden label carry it in the dd: <span class="muted">Required education: </span>…
  for (const dt of $$(ctx.doc, 'dl.icon-description dt', 30)) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName !== 'DD') continue;
    const muted = first(dd, ['.muted']);
    const label = cleanText(textOf(dt, 100) || (muted ? textOf(muted, 100) : '')).toLowerCase();
    const full = cleanText(textOf(dd, 600));
    const lead = muted ? cleanText(textOf(muted, 100)) : '';
    const text = lead && full.startsWith(lead) ? full.slice(lead.length).trim() : full;
    if (text) infoFact(label, text, dd, r);
  }
  // The address is a map link in its own paragraph on the standard page (no label).
  const map = first(ctx.doc, ['a[data-track-event="JD.Map"]']);
  const place = map ? cleanText(textOf(map, 300)) : '';
  if (map && place) r.locations ??= found([place], map);
}

const jobscz: Source = {
  id: 'site:jobscz',
  matches: (ctx) => hostIs(ctx, /(^|\.)jobs\.cz$/),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    r.title = textAt(ctx.doc, ['.JobDescriptionHeading h1', 'h1[data-test="jd-title"]', 'h1'], 300);
    if (!r.title || $$(ctx.doc, 'article.SearchResultCard', 3).length >= 2) {
      return $$(ctx.doc, 'article.SearchResultCard', 3).length >= 2 ? { posting: false } : null;
    }
    r.posting = true;
    iconFacts(ctx, r);
    r.applyUrl = linkAt(ctx, ['a[data-track-event="JD.Reply"]', 'a#reply-button-top', 'a[href*="/jof/"]']);
    // The benefit icons below the text: a "Benefity" label, then one .IconWithText per benefit.
    const label = $$(ctx.doc, 'p.text-secondary', 20).find((p) => /^benefit/i.test(cleanText(textOf(p, 50))));
    const icons = label?.parentElement ? $$(label.parentElement, '.IconWithText p', 60) : [];
    if (icons.length) r.benefits = { value: icons.map((p) => cleanText(textOf(p, 300))), at: icons };
    const body = first(ctx.doc, ['[data-jobad="body"]', '.content-rich-text', '.content.orig-frame', '[role="main"]']);
    if (body) r.body = body;
    r.authoritative = ['company', 'locations'];
    return r;
  },
};
export default jobscz;
