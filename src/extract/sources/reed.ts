// Reed (www.reed.co.uk/jobs/<slug>/<id>): the job header (h1, the posted-by
// line with the agency or employer, data-qa="salaryLbl", "regionLbl",
// "jobTypeLbl"), schema.org microdata (read by the microdata source), and
// the description (span[itemprop=description], .description).

import type { Context, Reading, Source } from '../types';
import { first, hostIs, payAt, textAt } from './site-kit';

const reed: Source = {
  id: 'site:reed',
  matches: (ctx) => hostIs(ctx, /(^|\.)reed\.co\.uk$/),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    r.title = textAt(ctx.doc, ['h1[data-qa="job-title"]', '.job-header h1', 'header.job-header h1', 'h1'], 300);
    if (!r.title) return null;
    r.posting = true;
    r.company = textAt(
      ctx.doc,
      ['[data-qa="recruiterName"]', '[itemprop="hiringOrganization"] [itemprop="name"]', '.posted-by a'],
      200,
    );
    const sal = textAt(ctx.doc, ['[data-qa="salaryLbl"]', '.salary'], 200);
    Object.assign(r, payAt(sal));
    const body = first(ctx.doc, ['[itemprop="description"]', '.description', '[data-qa="job-description"]']);
    if (body) r.body = body;
    return r;
  },
};
export default reed;
