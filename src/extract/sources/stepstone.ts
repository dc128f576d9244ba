// StepStone-platform boards: stepstone.de (/stellenangebote--<slug>--<id>-inline.html)
// and its sister sites, Totaljobs (/job/<slug>/<company>-job<id>), CWJobs, Caterer,
// Jobsite, NIjobs, IrishJobs. One React app serves them all and marks its parts with
// data-at hooks: the heading (data-at="header-job-title"), a metadata list
// (metadata-company-name, -location, -salary, -contract-type, -work-type, -online-date)
// and the ad body (job-ad-content, one article per section: section-text-description,
// -profile, -weoffer on StepStone, a single section-text-jobDescription on Totaljobs).
// JSON-LD, where the page has it, is read by the json-ld source; this one reads what
// the visitor sees, so a page without it (or rendered after its scripts ran) still
// gives company, place, salary and type. Result lists mark each card data-at="job-item".
import { isoDate } from '../dates';
import { $$ } from '../dom';
import { employmentTypeFrom } from '../facts/employment';
import { workplaceFrom } from '../facts/workplace';
import { type Context, found, type Reading, type Source } from '../types';
import { first, hostIs, payAt, textAt } from './site-kit';

const HOSTS =
  /(^|\.)(stepstone\.(de|at|be|nl|fr|pl|co\.uk)|totaljobs\.com|cwjobs\.co\.uk|caterer\.com|jobsite\.co\.uk|nijobs\.com|irishjobs\.ie)$/;

const stepstone: Source = {
  id: 'site:stepstone',
  matches: (ctx) => hostIs(ctx, HOSTS),
  read(ctx: Context): Reading | null {
    const title = textAt(ctx.doc, ['[data-at="header-job-title"]'], 300);
    if (!title) {
      // A result list: many cards and no job header.
      return $$(ctx.doc, '[data-at="job-item"]', 3).length >= 2 ? { posting: false } : null;
    }
    const r: Reading = { posting: true, title };
    r.company = textAt(ctx.doc, ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]'], 200);
    const place = textAt(ctx.doc, ['[data-at="metadata-location"]'], 300);
    if (place) r.locations = found([place.value], place.at[0]);

    const sal = textAt(ctx.doc, ['[data-at="metadata-salary"]', '[data-at="salary-range"]'], 200);
    Object.assign(r, payAt(sal));

    // The contract type says contract, temporary or internship; the work type says the
    // hours ("Vollzeit", "Full time"). "Permanent"/"Feste Anstellung" say neither.
    const contract = textAt(ctx.doc, ['[data-at="metadata-contract-type"]'], 200);
    const work = textAt(ctx.doc, ['[data-at="metadata-work-type"]'], 200);
    const fromContract = contract ? employmentTypeFrom(contract.value) : null;
    const fromWork = work ? employmentTypeFrom(work.value) : null;
    if (fromContract) r.employmentType = found(fromContract, contract?.at[0] ?? null);
    else if (fromWork) r.employmentType = found(fromWork, work?.at[0] ?? null);
    const wp = work ? workplaceFrom(work.value) : null;
    if (wp) r.workplace = found(wp, work?.at[0] ?? null);

    // "Erschienen: vor 3 Tagen" is relative; only a <time datetime> inside gives a date.
    const time = first(ctx.doc, ['[data-at="metadata-online-date"] time[datetime]']);
    const date = isoDate(time?.getAttribute('datetime'));
    if (date) r.datePosted = found(date, time);

    const body = first(ctx.doc, ['[data-at="job-ad-content"]', '[data-atx-component="JobAdContent"]']);
    if (body) r.body = body;
    // The badge beats a JSON-LD "FULL_TIME" default and an address without the region.
    r.authoritative = ['company', 'locations', 'workplace'];
    return r;
  },
};
export default stepstone;
