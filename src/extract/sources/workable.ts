// Workable (apply.workable.com/<company>/j/<shortcode>/ and
// <company>.workable.com/j/<shortcode>): a React app whose rendered job view
// marks its parts with data-ui ("job-title" on the h1, "job-location",
// "job-type", "job-workplace", "job-description", "job-requirements",
// "job-benefits"); the server page carries JSON-LD. The company's board
// (apply.workable.com/<company>/) lists jobs with the same data-ui names on
// each card (an h2 title per job): a list, not a posting.
import { $$ } from '../dom';
import { employmentTypeFrom } from '../facts/employment';
import { workplaceFrom } from '../facts/workplace';
import { type Context, found, type Reading, type Source } from '../types';
import { first, hostIs, linkAt, textAt } from './site-kit';

const ui = (name: string) => `[data-ui="${name}"]`;
/** A job's own address: the shortcode after /j/. */
const JOB_PATH = /\/j\/[A-Za-z0-9]+/;

const workable: Source = {
  id: 'site:workable',
  matches: (ctx) => hostIs(ctx, /(^|\.)workable\.com$/),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    const onJobPage = JOB_PATH.test(ctx.u?.pathname ?? '');
    if (!onJobPage) {
      // The board: several job cards, each with its title.
      return $$(ctx.doc, ui('job-title'), 3).length > 1 ? { posting: false } : null;
    }
    r.title = textAt(ctx.doc, [`h1${ui('job-title')}`, ui('job-title'), 'h1'], 300);
    if (!r.title) return null;
    r.posting = true;
    // apply.workable.com/<company>/j/<code>, <company>.workable.com/j/<code>; apply.workable.com/j/<code>
    // names no company.
    const segment = ctx.u?.pathname.split('/')[1];
    const slug =
      ctx.u?.hostname === 'apply.workable.com'
        ? segment && segment !== 'j'
          ? segment
          : null
        : ctx.u?.hostname.split('.')[0];
    r.company = textAt(ctx.doc, [ui('company-name'), 'header a[aria-label] img[alt]'], 200) ?? found(slug ?? null);
    const loc = textAt(ctx.doc, [ui('job-location')], 200);
    if (loc) r.locations = found([loc.value], loc.at[0]);
    const type = textAt(ctx.doc, [ui('job-type')], 100);
    if (type) r.employmentType = found(employmentTypeFrom(type.value), type.at[0]);
    const wp = textAt(ctx.doc, [ui('job-workplace')], 100);
    if (wp) r.workplace = found(workplaceFrom(wp.value), wp.at[0]);
    r.applyUrl = linkAt(ctx, [`a${ui('apply-button')}`, 'a[href$="/apply/"]']);
    const body = first(ctx.doc, ['main', ui('job-description')]);
    if (body) r.body = body;
    return r;
  },
};
export default workable;
