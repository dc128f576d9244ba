// Greenhouse: the new job boards (job-boards.greenhouse.io, Remix: .job__title,
// .job__location, .job__description, .job__pay-ranges) and the old boards
// (boards.greenhouse.io: #header .app-title, .company-name, .location,
// #content), also embedded on career sites as #grnhse_app.
import { cleanText } from '../text';
import { type Context, found, type Reading, type Source } from '../types';
import { first, hasClass, hostIs, textAt } from './site-kit';

const greenhouse: Source = {
  id: 'site:greenhouse',
  matches: (ctx) => hostIs(ctx, /(^|\.)greenhouse\.io$/) || hasClass(ctx, 'job__title', 'app-title'),
  read(ctx: Context): Reading | null {
    const r: Reading = {};
    r.title = textAt(ctx.doc, ['.job__title h1', '.job__title', '#header .app-title', '.app-title'], 300);
    if (!r.title) return null;
    r.posting = true;
    const company = textAt(ctx.doc, ['#header .company-name', '.company-name'], 200);
    if (company) company.value = company.value.replace(/^at\s+/i, '');
    // "Job Application for <title> at <company>" is the new boards' document title.
    const fromTitle = /\bat\s+(.+)$/.exec(cleanText(ctx.doc.title))?.[1] ?? null;
    r.company = company ?? found(fromTitle) ?? found(ctx.u?.pathname.split('/')[1] ?? null);
    const loc = textAt(ctx.doc, ['.job__location', '#header .location', '.location'], 300);
    if (loc) r.locations = { value: loc.value.split(/\s*[|;]\s*/).filter(Boolean), at: loc.at };
    // The new boards embed the job's state (Remix): its "published_at" is the date posted.
    for (const s of ctx.index.scripts.slice(0, 100)) {
      const text = s.textContent ?? '';
      const m =
        text.length < 3_000_000 ? /"(?:published_at|first_published)"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(text) : null;
      if (m) {
        r.datePosted = found(m[1]!);
        break;
      }
    }
    const body = first(ctx.doc, ['.job__description', '#content', '.job-post-content']);
    if (body) r.body = body;
    r.authoritative = ['locations'];
    return r;
  },
};
export default greenhouse;
