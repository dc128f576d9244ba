// What the popup needs, as an interface (the Dark Reader habit): the real one
// talks to the background and reads the store; a test gives a fake and renders
// the popup without an extension behind it. Every write goes through the
// background, the one writer.
import { type JobEdit, send } from '../messages';
import { localDay } from '../model/due';
import type { JobPosting } from '../model/posting';
import type { Profile } from '../model/profile';
import type { SavedJob } from '../model/saved-job';
import { requestSitePermission, tabUrl } from '../platform';
import { openStore } from '../store/db';
import { followUpsBetween } from '../store/due';
import { recentJobs, tagCounts } from '../store/jobs';
import { getProfile } from '../store/profile';

export interface TabState {
  posting: JobPosting | null;
  job: SavedJob | null;
  /** The tab's web origin, when known (for "read this site automatically"). */
  origin: string | null;
  automatic: boolean;
}

export interface PopupApi {
  tabState(tabId: number): Promise<TabState>;
  save(tabId: number): Promise<SavedJob>;
  update(id: string, edit: JobEdit): Promise<SavedJob>;
  recent(n: number): Promise<SavedJob[]>;
  /** The jobs whose follow-up is today or has passed, earliest first. */
  due(): Promise<SavedJob[]>;
  tags(): Promise<string[]>;
  /** The person says the page at `url` is no job posting: remembered for its site, under its path. */
  notPosting(url: string): Promise<void>;
  /** The person says the page at `url` is a job posting, whatever the reader found: remembered the same way. */
  isPosting(url: string): Promise<void>;
  /** Ask for the site's permission (in the click), then read it automatically; false if the person said no. */
  enableSite(origin: string): Promise<boolean>;
  /** The person's profile, to show how the page's posting fits it (absent: no fit is shown). */
  profile?(): Promise<Profile>;
}

function webOrigin(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

export const extensionApi: PopupApi = {
  async tabState(tabId) {
    const { posting, job } = await send('tab/posting', { tabId });
    const origin = webOrigin(posting?.url) ?? webOrigin(await tabUrl(tabId));
    const automatic = origin ? (await send('site/status', { origin })).automatic : false;
    return { posting, job, origin, automatic };
  },
  async save(tabId) {
    return (await send('tab/save', { tabId })).job;
  },
  async update(id, edit) {
    return (await send('job/update', { id, edit })).job;
  },
  async recent(n) {
    return recentJobs(await openStore(), n);
  },
  async due() {
    return followUpsBetween(await openStore(), null, localDay());
  },
  async tags() {
    return (await tagCounts(await openStore())).map((t) => t.tag);
  },
  async notPosting(url) {
    await send('rules/not-posting', { url });
  },
  async isPosting(url) {
    await send('rules/posting', { url });
  },
  async profile() {
    return getProfile(await openStore());
  },
  async enableSite(origin) {
    // The request comes first, while the click still counts as the person's gesture.
    if (!(await requestSitePermission(origin))) return false;
    await send('site/enable', { origin });
    return true;
  },
};
