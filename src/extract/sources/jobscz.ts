// jobs.cz (www.jobs.cz/rpd/<id>/ and company-branded /fp/<company>/<id>/):
// the heading (.JobDescriptionHeading h1, or h1 on branded pages), the
// company and address as icon rows (.IconWithText with a hidden label
// "Společnost"/"Adresa", or dl.icon-description dt/dd), the reply button
// (a[data-track-event="JD.Reply"] → /jof/<id>/), the rich text
// (.content-rich-text, [data-jobad="body"]). Search pages list
// article.SearchResultCard items.
import { $$, textOf } from '../dom';
import { cleanText } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { first, hostIs, linkAt, textAt } from './site-kit';

function iconFacts(ctx: Context, r: Reading) {
  // New layout: <div class="IconWithText"><span class="accessibility-hidden">Společnost</span><p>…</p></div>
  for (const row of $$(ctx.doc, '.IconWithText, [data-test="jd-info-company"], [data-test="jd-info-location"]', 10)) {
    const label = cleanText(
      textOf(first(row, ['.accessibility-hidden', '.visually-hidden']) ?? row, 100),
    ).toLowerCase();
    const value = first(row, ['p', 'a', 'span:not(.accessibility-hidden)']);
    const text = value ? cleanText(textOf(value, 300)) : '';
    if (!text) continue;
    if (/spole|company/.test(label)) r.company ??= found(text, value);
    else if (/adres|míst|location|lokal/.test(label)) r.locations ??= found([text], value);
  }
  // Older and branded layout: <dl class="icon-description"><dt>…Společnost</dt><dd>…</dd>
  for (const dt of $$(ctx.doc, 'dl.icon-description dt', 10)) {
    const label = cleanText(textOf(dt, 100)).toLowerCase();
    const dd = dt.nextElementSibling;
    const text = dd ? cleanText(textOf(dd, 300)) : '';
    if (!text) continue;
    if (/spole|company/.test(label)) r.company ??= found(text, dd);
    else if (/adres|míst|location/.test(label)) r.locations ??= found([text], dd);
  }
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
