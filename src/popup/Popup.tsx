// The toolbar popup: the current page's posting (or that it is not one), Save
// job / Saved, editing the saved job; on any other page, what is due today; the
// last saved jobs and the dashboard.
// Storage errors are shown in an alert and the person's input is kept.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { fitOf } from '../fit/fit';
import type { JobEdit } from '../messages';
import { withCorrections } from '../model/corrections';
import { hasProfile, type Profile } from '../model/profile';
import { compareReadings, describeChanges } from '../model/revisit';
import type { SavedJob } from '../model/saved-job';
import { FitView } from '../ui/FitView';
import type { PopupApi, TabState } from './api';
import { DueToday } from './DueToday';
import { JobEditor } from './JobEditor';
import { RecentJobs } from './RecentJobs';

const RECENT = 5;

/** 'failed': the tab could not be read (its error is shown); nothing is claimed about the page. */
type View = { state: 'loading' } | { state: 'failed' } | ({ state: 'ready' } & TabState);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function Popup({ api, tabId }: { api: PopupApi; tabId: number | null }) {
  const [view, setView] = useState<View>({ state: 'loading' });
  // null until read, and when it cannot be read: "No jobs saved yet" would then be untrue.
  const [recent, setRecent] = useState<SavedJob[] | null>(null);
  // null until read, and when it cannot be read.
  const [due, setDue] = useState<SavedJob[] | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  // The person's profile, when they have one: the posting's fit is shown against it.
  const [profile, setProfile] = useState<Profile | null>(null);
  useEffect(
    () =>
      void api.profile?.().then(
        (p) => setProfile(hasProfile(p) ? p : null),
        () => {},
      ),
    [api],
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Edits are numbered as they are sent: a reply to an older edit that arrives after a
  // newer one's describes an older record, and is not shown.
  const sent = useRef(0);
  const shownReply = useRef(0);

  const refreshLists = useCallback(() => {
    api.recent(RECENT).then(setRecent, (e) => setError(messageOf(e)));
    api.due().then(setDue, (e) => setError(messageOf(e)));
    api.tags().then(setTags, () => {});
  }, [api]);

  useEffect(() => {
    const none: TabState = { posting: null, job: null, origin: null, automatic: false };
    (tabId === null ? Promise.resolve(none) : api.tabState(tabId))
      .then((state) => setView({ state: 'ready', ...state }))
      .catch((e) => {
        setView({ state: 'failed' });
        setError(messageOf(e));
      });
    refreshLists();
  }, [api, tabId, refreshLists]);

  const setJob = (job: SavedJob) => setView((v) => (v.state === 'ready' ? { ...v, job } : v));

  async function save() {
    if (tabId === null) return;
    setBusy(true);
    try {
      setJob(await api.save(tabId));
      setError(null);
      refreshLists();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  async function edit(job: SavedJob, change: JobEdit) {
    const mine = ++sent.current;
    try {
      const stored = await api.update(job.id, change);
      if (mine > shownReply.current) {
        shownReply.current = mine;
        setJob(stored);
      }
      setError(null);
      if (change.tags || change.status) refreshLists();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  /** Remember that this page is (or is not) a posting, then read the tab again: its panel and highlights follow. */
  async function pageIs(url: string, posting: boolean) {
    if (tabId === null) return;
    try {
      await (posting ? api.isPosting(url) : api.notPosting(url));
      const state = await api.tabState(tabId);
      setView({ state: 'ready', ...state });
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function enableSite(origin: string) {
    try {
      if (await api.enableSite(origin)) setView((v) => (v.state === 'ready' ? { ...v, automatic: true } : v));
    } catch (e) {
      setError(messageOf(e));
    }
  }

  const job = view.state === 'ready' ? view.job : null;
  // What the tab shows, with the person's corrections of the saved job laid over it.
  const posting =
    view.state === 'ready' && view.posting?.isJobPosting ? withCorrections(view.posting, job?.corrections) : null;

  // What changed on the page since the person saved it (the last reading kept with the job).
  const latest = job?.revisits?.at(-1);
  const changes = job && latest ? describeChanges(compareReadings(job.posting, latest.posting)) : [];

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Jobmark</h1>
        <a href="../dashboard/index.html" target="_blank" rel="noopener">
          Dashboard
        </a>
      </header>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {view.state === 'loading' && <p aria-live="polite">Reading this page…</p>}
      {view.state === 'ready' && !posting && <p>This page is not a job posting.</p>}
      {view.state === 'ready' && !posting && view.posting && (
        <p>
          <button type="button" class="link" onClick={() => void pageIs(view.posting!.url, true)}>
            This page is a job posting
          </button>
        </p>
      )}
      {view.state === 'ready' && !posting && due && <DueToday jobs={due} />}
      {posting && (
        <section aria-label="This page" class="this-page">
          <h2>{posting.title}</h2>
          {(posting.company || posting.locations.length > 0) && (
            <p>{[posting.company, posting.locations.join(' · ')].filter(Boolean).join(' — ')}</p>
          )}
          {changes.length > 0 && <p class="changed">Changed since you saved it: {changes.join('; ')}</p>}
          {profile && <FitView fit={fitOf(posting, profile, job?.asks)} />}
          {job ? (
            <>
              <p class="saved" aria-live="polite">
                Saved
              </p>
              <JobEditor key={job.id} job={job} tagSuggestions={tags} onEdit={(change) => edit(job, change)} />
            </>
          ) : (
            <>
              <button type="button" class="primary" disabled={busy} onClick={save}>
                {busy ? 'Saving…' : 'Save job'}
              </button>
              <button type="button" class="link" onClick={() => void pageIs(posting.url, false)}>
                This is not a job posting
              </button>
            </>
          )}
        </section>
      )}
      {view.state === 'ready' && view.origin && !view.automatic && (
        <p>
          <button type="button" onClick={() => enableSite(view.origin as string)}>
            Read {new URL(view.origin).host} automatically
          </button>
        </p>
      )}
      {recent && <RecentJobs jobs={recent} />}
    </main>
  );
}
