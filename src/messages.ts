// One typed map from message name to request and response; the only place that
// calls runtime.sendMessage and tabs.sendMessage. The background checks every
// request against this map before it acts (background/routes.ts): a
// message's sender and shape are never trusted. Messages the other way, from the
// background to the content script in a tab, have a map of their own.
import type { CorrectionEdit } from './model/correction-edit';
import type { JobPatch } from './model/job-patch';
import type { PageNotes } from './model/page-notes';
import type { JobPosting } from './model/posting';
import type { SavedJob } from './model/saved-job';
import type { PanelSettings } from './model/settings';
import type { SiteRule } from './model/site-rules';
import { runtime } from './platform-runtime';

/** What a person may change on a saved job, as it crosses the wire. */
export type JobEdit = JobPatch;

/** Messages to the background, from a content script ('page/…') or from Jobmark's own pages. */
export interface MessageMap {
  /**
   * Content script's quick check: this page may be a posting; load the reader into the tab and read it.
   * `lang`: the language the page declares (its lang attribute), whose word packs come with the reader.
   */
  'page/maybe-posting': { req: { lang?: string }; res: { ok: true } };
  /**
   * Content script's quick check found no sign of a posting: has the person said pages here are
   * postings ("This page is a job posting")? Only of the sender's own page, as the browser names it.
   */
  'page/said-posting': { req: Record<string, never>; res: { posting: boolean } };
  /**
   * Content script: what this tab shows now (a posting, or not); answered with the job if it is saved.
   * Every posting a content script sends is the reader's own result: the background lays the site's
   * rules over it itself, so what a page sends never decides what a rule did.
   */
  'page/read': { req: { posting: JobPosting }; res: { job: SavedJob | null; notes?: PageNotes } };
  /**
   * Content script: the person corrected what the page panel shows (saving the job first if it is not
   * saved yet). Only for a posting of the sender's own site.
   */
  'page/correct': { req: { posting: JobPosting; edit: CorrectionEdit }; res: { job: SavedJob } };
  /** Content script: the person says, in the panel, that the page it runs in is a job posting. */
  'page/is-posting': { req: Record<string, never>; res: { ok: true } };
  /** Content script: the rules learnt for its page's site (the site is the sender's, never what the page says). */
  'page/rules': { req: Record<string, never>; res: { rules: SiteRule[] } };
  /**
   * Content script: the page reader read a page in these languages (codes of extract/words/lexicons.ts)
   * and lacks their words: inject their packs into its tab (extract/words/word-packs.ts).
   */
  'page/words': { req: { languages: string[] }; res: { ok: true } };
  /** Content script: the page panel's Save job. */
  'page/save': { req: { posting: JobPosting }; res: { job: SavedJob } };
  /** Content script: where the page panel sits and whether it is collapsed. */
  'panel/get': { req: Record<string, never>; res: { panel: PanelSettings } };
  'panel/set': { req: { panel: PanelSettings }; res: { ok: true } };
  /** Popup: the posting in a tab (read now if the person's click allows it) and its saved job. */
  'tab/posting': { req: { tabId: number }; res: { posting: JobPosting | null; job: SavedJob | null } };
  /** Popup: save the posting a tab shows. */
  'tab/save': { req: { tabId: number }; res: { job: SavedJob } };
  /** Popup and dashboard: edit a saved job. */
  'job/update': { req: { id: string; edit: JobEdit }; res: { job: SavedJob } };
  /** Popup: the person says the page at this address is not a job posting: pages of its site under its path read as none. */
  'rules/not-posting': { req: { url: string }; res: { ok: true } };
  /** Popup: the person says the page at this address is a job posting, whatever the reader found. */
  'rules/posting': { req: { url: string }; res: { ok: true } };
  /** Popup: is this site read automatically (by the manifest or the person's choice)? */
  'site/status': { req: { origin: string }; res: { automatic: boolean } };
  /** Popup: read this site automatically from now on; the popup has asked for its permission first. */
  'site/enable': { req: { origin: string }; res: { ok: true } };
  /** Dashboard: it wrote jobs (a follow-up date may have changed): count what is due again for the badge. */
  'due/changed': { req: Record<string, never>; res: { due: number } };
  /** Dashboard: turn follow-up reminders on (it has asked for the notifications permission first) or off. */
  'reminders/set': { req: { on: boolean }; res: { ok: true } };
}

export interface ContentReadRequest {
  force: boolean;
  tellIfNone: boolean;
  save: boolean;
}

/** Messages from the background to the content script of one tab. */
export interface ContentMessageMap {
  /**
   * Read the page now. `force`: the person asked, so read it even where the quick
   * check says no; `tellIfNone`: say on the page when there is no posting (the
   * keyboard shortcut and context menu have no popup to say it); `save`: save it
   * too, from the page, so the page panel shows the outcome or a storage error.
   */
  'content/read': { req: ContentReadRequest; res: { posting: JobPosting } };
  /** The job shown in this tab was saved or edited elsewhere (the popup). */
  'content/saved': { req: { job: SavedJob | null }; res: { ok: true } };
}

export type MessageName = keyof MessageMap;
export type Request<K extends MessageName> = MessageMap[K]['req'];
export type Response<K extends MessageName> = MessageMap[K]['res'];
export type ContentMessageName = keyof ContentMessageMap;
export type ContentRequest<K extends ContentMessageName> = ContentMessageMap[K]['req'];
export type ContentResponse<K extends ContentMessageName> = ContentMessageMap[K]['res'];

/** What travels on the wire. */
export interface Envelope<K extends MessageName | ContentMessageName = MessageName> {
  jobmark: K;
  req: K extends MessageName ? Request<K> : K extends ContentMessageName ? ContentRequest<K> : never;
}

/** An error the background sends back instead of a response, with a message for people. */
export interface Failure {
  error: string;
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && typeof (value as Failure).error === 'string';
}

function unwrap<T>(name: string, answer: unknown): T {
  if (isFailure(answer)) throw new Error(answer.error);
  if (answer === undefined) throw new Error(`No answer to ${name}`);
  return answer as T;
}

/** Send one message to the background and get its typed answer; a refusal or storage error throws with its message. */
export async function send<K extends MessageName>(name: K, req: Request<K>): Promise<Response<K>> {
  const envelope = { jobmark: name, req } as Envelope<K>;
  return unwrap(name, await runtime().sendMessage(envelope));
}

/** The transport for messages to a tab's content script (browser.tabs.sendMessage, given by the background). */
export type TabSender = (tabId: number, message: unknown) => Promise<unknown>;

/** Send one message to the content script in a tab; throws when none listens there. */
export async function sendToTab<K extends ContentMessageName>(
  tabSend: TabSender,
  tabId: number,
  name: K,
  req: ContentRequest<K>,
): Promise<ContentResponse<K>> {
  const envelope = { jobmark: name, req } as Envelope<K>;
  return unwrap(name, await tabSend(tabId, envelope));
}
