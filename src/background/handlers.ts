// What the background does for each message, checked against the message map:
// a handler object must cover every message with the right types. Each message
// also says who may send it and how its request is validated.
import type { MessageName, Request, Response } from '../messages';
import type { JobPosting } from '../model/posting';
import { isJobPostingShape, isObject } from '../model/validate';

/** A content script in a web page, or one of Jobmark's own pages (popup, dashboard). */
export type Origin = 'page' | 'extension';

export interface Context {
  origin: Origin;
  /** The tab a content script runs in; undefined for extension pages without a tab. */
  tabId: number | undefined;
}

interface Route<K extends MessageName> {
  from: readonly Origin[];
  valid: (req: unknown) => req is Request<K>;
  handle: (req: Request<K>, ctx: Context) => Promise<Response<K>>;
}
type Routes = { [K in MessageName]: Route<K> };

/** The last posting each tab showed: what the popup and the badge report. */
const postingByTab = new Map<number, JobPosting>();

export function forgetTab(tabId: number): void {
  postingByTab.delete(tabId);
}

export const routes: Routes = {
  'page/read': {
    from: ['page'],
    valid: (req): req is Request<'page/read'> => isObject(req) && isJobPostingShape(req.posting),
    async handle({ posting }, { tabId }) {
      if (tabId !== undefined) postingByTab.set(tabId, posting);
      return { ok: true };
    },
  },
  'tab/posting': {
    from: ['extension'],
    valid: (req): req is Request<'tab/posting'> => isObject(req) && Number.isInteger(req.tabId),
    async handle({ tabId }) {
      return { posting: postingByTab.get(tabId) ?? null };
    },
  },
};
