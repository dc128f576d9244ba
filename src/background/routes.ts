// What the background does for each message, checked against the message map:
// a handler object must cover every message with the right types. Each message
// also says who may send it and how its request is validated. The browser's
// APIs come in as Services, so the routes run in a unit test with
// fake-indexeddb and fake tabs.

import { applyRules } from '../extract/apply-rules';
import { packsForLang } from '../extract/words/declared-packs';
import { isLanguageCode, type LanguageCode } from '../extract/words/lexicons';
import type { JobEdit, MessageName, Request, Response } from '../messages';
import { canonicalUrl } from '../model/canonical';
import { MAX_LIST_LINKS, wholeBoardList } from '../model/closed-list';
import type { CorrectionEdit } from '../model/correction-edit';
import type { JobPosting } from '../model/posting';
import type { SavedJob } from '../model/saved-job';
import { isStatus } from '../model/saved-job';
import { isPanelSettings } from '../model/settings';
import { type PageRule, pageSays, ruleFits, type SiteRule, scopeOf, siteOf } from '../model/site-rules';
import { hasProtoKey, isJobPostingShape, isObject, isText, isTextList, isWebUrl } from '../model/validate';
import { correctionEditProblem } from '../model/validate-corrections';
import { recordBoardList } from '../store/board-list';
import type { JobmarkDatabase } from '../store/db';
import { findJob, saveJob, updateJob } from '../store/jobs';
import { getProfile } from '../store/profile';
import { recordReading } from '../store/revisits';
import { addRule, rulesForSite } from '../store/rules';
import { getSetting, setSetting } from '../store/settings';
import { pageNotes } from './page-notes';

/** A content script in a web page, or one of Jobmark's own pages (popup, dashboard). */
export type Origin = 'page' | 'extension';

export interface Context {
  origin: Origin;
  /** The tab a content script runs in; undefined for extension pages without a tab. */
  tabId: number | undefined;
  /** The address of the page that sent it, as the browser tells it (never as the message says). */
  url?: string;
}

/** What the routes need from the browser; background/index.ts gives the real ones. */
export interface Services {
  db(): Promise<JobmarkDatabase>;
  /**
   * Ask the reader in a tab to read its page, injecting it first if it is not there
   * (allowed on the job sites, the sites the person added, and after the person's gesture); null if it cannot.
   */
  readTab(tabId: number, words?: readonly LanguageCode[]): Promise<JobPosting | null>;
  /** Show in a tab whether its posting is saved: the toolbar badge, and the page panel when the change came from elsewhere. */
  showSaved(tabId: number, job: SavedJob | null, tellPage: boolean): void;
  /** Whether pages of `origin` are read automatically. */
  siteIsAutomatic(origin: string): Promise<boolean>;
  /** Read pages of `origin` automatically from now on (its permission must be granted already). */
  enableSite(origin: string): Promise<void>;
  /** Count the follow-ups due today again and show the count on the badge; returns it. */
  dueChanged(): Promise<number>;
  /** Turn follow-up reminders on or off (background/due.ts). */
  setReminders(on: boolean): Promise<void>;
  /** Run the word packs of these languages in a tab's page, beside its reader (sites.ts injectWords). */
  injectWords(tabId: number, languages: readonly LanguageCode[]): Promise<void>;
  /**
   * Where the page in a tab is and the addresses it links to ({ at, links }), as the page gives them
   * (unchecked); null where it cannot be read.
   */
  pageLinks(tabId: number): Promise<unknown>;
}

interface Route<K extends MessageName> {
  from: readonly Origin[];
  valid: (req: unknown) => req is Request<K>;
  /** Why a request that is not valid was refused, in words for the person (else: malformed). */
  problem?: (req: unknown) => string | null;
  handle: (req: Request<K>, ctx: Context) => Promise<Response<K>>;
}
export type Routes = { [K in MessageName]: Route<K> };

const isTabId = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An http(s) origin and nothing else: "https://example.com" or with a port. */
export function isWebOrigin(v: unknown): v is string {
  if (!isText(v, 300)) return false;
  try {
    const url = new URL(v);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === v;
  } catch {
    return false;
  }
}

export function isJobEdit(v: unknown): v is JobEdit {
  if (!isObject(v)) return false;
  const known = ['status', 'tags', 'notes', 'rating', 'followUp', 'correct'];
  return (
    Object.keys(v).every((key) => known.includes(key)) &&
    (v.status === undefined || isStatus(v.status)) &&
    (v.tags === undefined || (isTextList(v.tags, 100) && v.tags.every((t) => t.length <= 200))) &&
    (v.notes === undefined || isText(v.notes, 100_000)) &&
    (v.rating === undefined ||
      (Number.isInteger(v.rating) && (v.rating as number) >= 0 && (v.rating as number) <= 5)) &&
    (v.followUp === undefined || v.followUp === null || (isText(v.followUp, 10) && DATE.test(v.followUp))) &&
    (v.correct === undefined || correctionEditProblem(v.correct) === null)
  );
}

/**
 * A posting as a page may send it (the page is hostile, and so is what the reader
 * in it answers): the right shape, no "__proto__" key, and, when it is a posting,
 * a web address, which becomes the saved job's key and the link to it.
 */
const isPagePosting = (v: unknown): v is JobPosting =>
  isJobPostingShape(v) && !hasProtoKey(v) && (!v.isJobPosting || isWebUrl(v.url));

/**
 * The posting with its apply link kept only if it is a web address: a page's
 * apply button may say javascript:, and the rest of the posting is still worth saving.
 */
function withWebApplyUrl(posting: JobPosting): JobPosting {
  if (posting.applyUrl === null || isWebUrl(posting.applyUrl)) return posting;
  const { applyUrl: _dropped, ...provenance } = posting.provenance;
  return { ...posting, applyUrl: null, provenance };
}

const hasPosting = (req: unknown): req is { posting: JobPosting } => isObject(req) && isPagePosting(req.posting);

/** The posting as shown, and the reader's own result where the site's rules changed it. */
interface Reading {
  posting: JobPosting;
  read?: JobPosting;
}

/** Whether `url` is the sender's own page (tracking parameters aside). */
const sameAddress = (url: string, sender: string | undefined): boolean =>
  sender !== undefined && isWebUrl(url) && canonicalUrl(url) === canonicalUrl(sender);

/** Whether `url` is a page of the sender's own site: a page corrects or rules only its own site. */
const sameSite = (url: string, sender: string | undefined): boolean =>
  sender !== undefined && siteOf(url) !== null && siteOf(url) === siteOf(sender);

/**
 * `postingByTab`: the last posting each tab reported, so an edit made in the popup
 * or dashboard reaches the panel of every tab showing that job. Lost when the
 * worker sleeps. The popup never relies on it: it asks the tab (postingIn).
 */
export function makeRoutes(services: Services, postingByTab = new Map<number, JobPosting>()): Routes {
  /**
   * What the tab shows now, read now: a single-page site may have changed its job
   * since the reader last reported it, so what the popup shows and saves is never
   * an earlier job of the same tab.
   */
  async function postingIn(tabId: number): Promise<Reading | null> {
    const answer = await services.readTab(tabId);
    const reading = isPagePosting(answer) ? await withRules(answer) : null;
    if (reading?.posting.isJobPosting) postingByTab.set(tabId, reading.posting);
    else postingByTab.delete(tabId);
    return reading;
  }

  /** The rules for the page at `url`: its site's, and on a job system of many companies, its board's. */
  async function rulesFor(url: string): Promise<SiteRule[]> {
    const scope = scopeOf(url);
    if (!scope) return [];
    return (await rulesForSite(await services.db(), scope.site)).filter((r) => ruleFits(r, scope));
  }

  /** The reader's own result from a page, with the site's rules laid over it here, where the rules are kept. */
  async function withRules(own: JobPosting): Promise<Reading> {
    const read = withWebApplyUrl(own);
    if (!read.isJobPosting) return { posting: read };
    const posting = applyRules(read, await rulesFor(read.url));
    return posting === read ? { posting } : { posting, read };
  }

  /** "This page is (not) a posting", from the popup: a rule for the page's site under its path. */
  function pageRuleRoute<K extends 'rules/posting' | 'rules/not-posting'>(kind: PageRule['kind']): Route<K> {
    return {
      from: ['extension'],
      valid: (req): req is Request<K> =>
        isObject(req) && Object.keys(req).length === 1 && isWebUrl(req.url) && siteOf(req.url as string) !== null,
      async handle(req) {
        await pageRule(req.url, kind);
        return { ok: true } as Response<K>;
      },
    };
  }

  /** Save what a page shows, or find it saved, and keep a correction of it if one comes (the page panel). */
  async function saveFromPage(own: JobPosting, tabId: number | undefined, edit?: CorrectionEdit) {
    const { posting, read } = await withRules(own);
    if (!posting.isJobPosting) throw new Error('This page is not a job posting.');
    const db = await services.db();
    let { job } = await saveJob(db, posting, new Date(), read);
    if (edit) job = await updateJob(db, job.id, { correct: edit });
    if (tabId !== undefined) {
      postingByTab.set(tabId, posting);
      services.showSaved(tabId, job, false);
    }
    return { job };
  }

  /** Remember what the person says of the page at `url`: a posting, or not one, under its path. */
  async function pageRule(url: string, kind: PageRule['kind']): Promise<void> {
    const scope = scopeOf(url);
    if (!scope) throw new Error('Only a web page can be remembered for its site.');
    const rule: SiteRule = {
      id: crypto.randomUUID(),
      ...scope,
      at: new Date().toISOString(),
      from: null,
      kind,
      path: new URL(url).pathname,
    };
    await addRule(await services.db(), rule);
  }

  async function savedFor(posting: JobPosting): Promise<SavedJob | null> {
    if (!posting.isJobPosting) return null;
    return (await findJob(await services.db(), posting.url, posting)) ?? null;
  }

  return {
    'page/maybe-posting': {
      from: ['page'],
      valid: (req): req is Request<'page/maybe-posting'> =>
        isObject(req) &&
        Object.keys(req).every((key) => key === 'lang') &&
        (req.lang === undefined || isText(req.lang, 100)),
      async handle(req, { tabId }) {
        // The reader reports what it finds with 'page/read', as on every read. With it, the word packs of the
        // language the page declares (nothing but words: a page that says another language gets other words).
        if (tabId !== undefined) await services.readTab(tabId, packsForLang(req.lang));
        return { ok: true };
      },
    },
    'page/said-posting': {
      from: ['page'],
      valid: (req): req is Request<'page/said-posting'> => isObject(req) && Object.keys(req).length === 0,
      async handle(_req, { url }) {
        return { posting: url !== undefined && pageSays(url, await rulesFor(url)) === 'posting' };
      },
    },
    'page/read': {
      from: ['page'],
      valid: hasPosting,
      async handle(req, { tabId, url }) {
        if (tabId === undefined) return { job: null };
        const { posting } = await withRules(req.posting);
        if (posting.isJobPosting) postingByTab.set(tabId, posting);
        else postingByTab.delete(tabId);
        // A saved posting read again at its own address (the sender's, as the browser tells it: a page
        // speaks only of itself) keeps the reading where it changed, or is marked closed (issue 18).
        const revisited = sameAddress(posting.url, url) ? await recordReading(await services.db(), posting) : null;
        // A board's whole list (by the sender's address, whatever the reader made of it): the saved jobs of
        // that board it no longer shows, having shown them, are closed (model/closed-list.ts).
        if (url && wholeBoardList(url)) {
          const page = await services.pageLinks(tabId);
          // Only the list that asked: a tab gone on to another page meanwhile says nothing of this list.
          if (isObject(page) && isText(page.at) && sameAddress(page.at, url) && isTextList(page.links, MAX_LIST_LINKS))
            await recordBoardList(await services.db(), url, page.links);
        }
        const job = posting.isJobPosting ? (revisited ?? (await savedFor(posting))) : null;
        services.showSaved(tabId, job, false);
        const notes = posting.isJobPosting ? pageNotes(posting, job, await getProfile(await services.db())) : null;
        return notes ? { job, notes } : { job };
      },
    },
    'page/rules': {
      from: ['page'],
      valid: (req): req is Request<'page/rules'> => isObject(req) && Object.keys(req).length === 0,
      async handle(_req, { url }) {
        // Only the sender's own site's rules (on a job system of many companies, its board's):
        // a page learns nothing of what Jobmark knows of other sites.
        return { rules: url ? await rulesFor(url) : [] };
      },
    },
    'page/words': {
      from: ['page'],
      valid: (req): req is Request<'page/words'> =>
        isObject(req) &&
        Object.keys(req).length === 1 &&
        Array.isArray(req.languages) &&
        req.languages.length > 0 &&
        req.languages.length <= 20 &&
        req.languages.every((code) => typeof code === 'string' && code !== 'en' && isLanguageCode(code)),
      async handle(req, { tabId }) {
        // Only into the sender's own tab: a page brings in nothing but words, and only for itself.
        if (tabId !== undefined) await services.injectWords(tabId, req.languages as LanguageCode[]);
        return { ok: true };
      },
    },
    'page/correct': {
      from: ['page'],
      valid: (req): req is Request<'page/correct'> =>
        hasPosting(req) &&
        req.posting.isJobPosting &&
        Object.keys(req).length === 2 &&
        correctionEditProblem((req as { edit?: unknown }).edit) === null,
      problem: (req) => (isObject(req) ? correctionEditProblem(req.edit) : null),
      async handle(req, { tabId, url }) {
        if (!sameSite(req.posting.url, url)) throw new Error('A page can correct only a posting of its own site.');
        // A correction is kept with the job: correcting a posting not saved yet saves it.
        return saveFromPage(req.posting, tabId, req.edit);
      },
    },
    'page/is-posting': {
      from: ['page'],
      valid: (req): req is Request<'page/is-posting'> => isObject(req) && Object.keys(req).length === 0,
      async handle(_req, { url }) {
        // The sender's own address, as the browser tells it: a page states this of itself only.
        if (!url || !isWebUrl(url)) throw new Error('Only a web page can be remembered as a posting.');
        await pageRule(url, 'posting');
        return { ok: true };
      },
    },
    'page/save': {
      from: ['page'],
      valid: (req): req is Request<'page/save'> => hasPosting(req) && req.posting.isJobPosting,
      handle: (req, { tabId }) => saveFromPage(req.posting, tabId),
    },
    'panel/get': {
      from: ['page'],
      valid: (req): req is Request<'panel/get'> => isObject(req),
      async handle() {
        return { panel: await getSetting(await services.db(), 'panel') };
      },
    },
    'panel/set': {
      from: ['page'],
      valid: (req): req is Request<'panel/set'> => isObject(req) && isPanelSettings(req.panel),
      async handle({ panel }) {
        // Rebuilt from the checked fields only, so nothing else a page sends is stored.
        await setSetting(await services.db(), 'panel', { collapsed: panel.collapsed, corner: panel.corner });
        return { ok: true };
      },
    },
    'tab/posting': {
      from: ['extension'],
      valid: (req): req is Request<'tab/posting'> => isObject(req) && isTabId(req.tabId),
      async handle({ tabId }) {
        const posting = (await postingIn(tabId))?.posting ?? null;
        return { posting, job: posting ? await savedFor(posting) : null };
      },
    },
    'tab/save': {
      from: ['extension'],
      valid: (req): req is Request<'tab/save'> => isObject(req) && isTabId(req.tabId),
      async handle({ tabId }) {
        const reading = await postingIn(tabId);
        if (!reading?.posting.isJobPosting) throw new Error('This page is not a job posting.');
        const { job } = await saveJob(await services.db(), reading.posting, new Date(), reading.read);
        services.showSaved(tabId, job, true);
        return { job };
      },
    },
    'job/update': {
      from: ['extension'],
      valid: (req): req is Request<'job/update'> => isObject(req) && isText(req.id, 100) && isJobEdit(req.edit),
      // A correction refused says what is wrong with it ("The salary's maximum is below its minimum").
      problem: (req) =>
        isObject(req) && isObject(req.edit) && req.edit.correct !== undefined
          ? correctionEditProblem(req.edit.correct)
          : null,
      async handle({ id, edit }) {
        const job = await updateJob(await services.db(), id, edit);
        for (const [tabId, posting] of postingByTab) {
          if ((await savedFor(posting))?.id === id) services.showSaved(tabId, job, true);
        }
        if (edit.followUp !== undefined) await services.dueChanged();
        return { job };
      },
    },
    'rules/not-posting': pageRuleRoute('not-posting'),
    'rules/posting': pageRuleRoute('posting'),
    'due/changed': {
      from: ['extension'],
      valid: (req): req is Request<'due/changed'> => isObject(req) && Object.keys(req).length === 0,
      async handle() {
        return { due: await services.dueChanged() };
      },
    },
    'reminders/set': {
      from: ['extension'],
      valid: (req): req is Request<'reminders/set'> =>
        isObject(req) && Object.keys(req).length === 1 && typeof req.on === 'boolean',
      async handle({ on }) {
        await services.setReminders(on);
        return { ok: true };
      },
    },
    'site/status': {
      from: ['extension'],
      valid: (req): req is Request<'site/status'> => isObject(req) && isWebOrigin(req.origin),
      async handle({ origin }) {
        return { automatic: await services.siteIsAutomatic(origin) };
      },
    },
    'site/enable': {
      from: ['extension'],
      valid: (req): req is Request<'site/enable'> => isObject(req) && isWebOrigin(req.origin),
      async handle({ origin }) {
        await services.enableSite(origin);
        return { ok: true };
      },
    },
  };
}

/** Check a message's sender and shape, then run its route; any refusal or error becomes a Failure. */
export async function dispatch(
  routes: Routes,
  message: unknown,
  origin: Origin | null,
  tabId: number | undefined,
  url?: string,
) {
  if (!isObject(message) || !('jobmark' in message)) return undefined;
  const { jobmark: name, req } = message;
  if (typeof name !== 'string' || !Object.hasOwn(routes, name)) return { error: `Unknown message: ${String(name)}` };
  const route = routes[name as MessageName];
  if (origin === null || !route.from.includes(origin)) return { error: `${name} refused from this sender` };
  if (!route.valid(req)) {
    const problem = route.problem?.(req);
    return { error: problem ? `${name} refused: ${problem}` : `${name} refused: malformed request` };
  }
  try {
    // The route was looked up by this name, so its request type matches.
    return await (route.handle as (r: unknown, c: Context) => Promise<unknown>)(req, { origin, tabId, url });
  } catch (error) {
    return { error: storageMessage(error) };
  }
}

/** A storage failure in words a person can act on. */
export function storageMessage(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const text = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError')
    return 'Jobmark could not save: the browser says its storage is full. Free some space and try again; nothing was lost.';
  if (/blocked/i.test(text))
    return 'Jobmark could not open its storage: another Jobmark page holds an older version open. Close other Jobmark tabs and try again.';
  return text;
}
