// Built In (builtin.com and its city sites: builtinsf.com, builtinnyc.com,
// builtinchicago.org, …; job pages at /job/<slug>/<id>): a job card
// ([data-id="job-card"]) with the title (h1), the company
// ([data-id="company-title"]) and a column of facts, each an icon and a label:
// the work arrangement ("In-Office", "Hybrid", "Remote", "Remote or Hybrid"), the
// location, the pay, the level. The arrangement is Built In's own field, which
// the merge trusts over what a description says in passing ("our hybrid
// policy…"). The posting's text is #job-post-body-<id>; dates and salary are
// in its JSON-LD.

import type { Workplace } from '../../model/posting';
import { $, $$, textOf } from '../dom';
import { cleanText } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { hostIs, textAt } from './site-kit';

const ARRANGEMENTS: Record<string, Workplace> = {
  'in-office': 'onsite',
  'in office': 'onsite',
  hybrid: 'hybrid',
  remote: 'remote',
  // Either way of working is offered: a hybrid arrangement is what a person can count on.
  'remote or hybrid': 'hybrid',
  'hybrid or remote': 'hybrid',
  'in-office or remote': 'hybrid',
  'in-office or hybrid': 'hybrid',
};

const builtin: Source = {
  id: 'site:builtin',
  matches: (ctx) => hostIs(ctx, /(^|\.)builtin[a-z]*\.(?:com|org)$/),
  read(ctx: Context): Reading | null {
    // The job's own card holds the page's h1; cards in lists of jobs do not.
    const card = $$(ctx.doc, '[data-id="job-card"]', 50).find((c) => c.querySelector('h1'));
    if (!card) return null;
    const r: Reading = {};
    r.title = textAt(card, ['h1'], 300);
    r.company = textAt(card, ['[data-id="company-title"]'], 200);
    for (const label of $$(card, 'span', 60)) {
      const workplace = ARRANGEMENTS[cleanText(textOf(label, 60)).toLowerCase()];
      if (workplace) {
        r.workplace = found(workplace, label);
        break;
      }
    }
    // The posting as written; above it Built In shows a summary it had an AI write.
    const body = $(ctx.doc, '[id^="job-post-body-"]');
    if (body) r.body = body;
    r.authoritative = ['workplace'];
    return r;
  },
};
export default builtin;
