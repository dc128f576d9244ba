// The dashboard: every saved job, in its own tab. Reads and writes through its
// api (api.ts: the store, or a test's fake); after a write the changed records
// replace the old ones in memory, so 10,000 jobs are not read again.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { titleOf } from '../export/fields';
import { shownPosting } from '../model/corrections';
import { isDue, localDay } from '../model/due';
import type { EventCorrection } from '../model/history';
import type { JobPatch } from '../model/job-patch';
import { plural } from '../model/plural';
import { EMPTY_PROFILE, hasProfile, type Profile } from '../model/profile';
import type { SavedJob, Status } from '../model/saved-job';
import type { SiteRule } from '../model/site-rules';
import type { DashboardApi, Undone } from './api';
import { Board } from './Board';
import { BulkBar } from './BulkBar';
import { Due } from './Due';
import { ExportBar } from './ExportBar';
import { type Entry, entryOf, withFit } from './entries';
import { Filters } from './Filters';
import { type Filters as FilterState, filterEntries, NO_FILTERS, narrows, shortlistName } from './filter';
import { ImportPanel } from './ImportPanel';
import { Insights } from './insights/Insights';
import { JobView } from './JobView';
import { ProfileView } from './ProfileView';
import { Report } from './Report';
import { Rules } from './Rules';
import { DEFAULT_SORT, type Sort, sortEntries } from './sort';
import { Table } from './Table';
import { useJobs } from './useJobs';

export const VIEWS = ['table', 'board', 'due', 'insights', 'report', 'rules', 'profile'] as const;
export type View = (typeof VIEWS)[number];
const VIEW_NAMES: Record<View, string> = {
  table: 'Table',
  board: 'Board',
  due: 'Due',
  insights: 'Insights',
  report: 'Report',
  rules: 'Site rules',
  profile: 'Profile',
};
const PAGE = 100;

/** Where the page opens: a view, and a job to open once it is read (the popup's links say which). */
export interface Start {
  view?: View;
  open?: string | null;
}

interface Notice {
  text: string;
  undo?: () => Promise<void>;
}

/**
 * Filter results, kept for the jobs as they are now: typing on filters the last
 * result instead of every job (it can only narrow), and deleting back finds the
 * result each shorter query had. Any change to the jobs or the sort starts afresh.
 */
function useFiltered(sorted: Entry[], filters: FilterState): Entry[] {
  const memo = useRef<{ source: Entry[]; last: FilterState; results: Map<string, Entry[]> } | null>(null);
  return useMemo(() => {
    if (memo.current?.source !== sorted) memo.current = { source: sorted, last: NO_FILTERS, results: new Map() };
    const m = memo.current;
    const key = JSON.stringify(filters);
    let result = m.results.get(key);
    if (!result) {
      const previous = m.results.get(JSON.stringify(m.last));
      result = filterEntries(previous && narrows(m.last, filters) ? previous : sorted, filters);
      if (m.results.size > 100) m.results.clear();
      m.results.set(key, result);
    }
    m.last = filters;
    return result;
  }, [sorted, filters]);
}

export function Dashboard({ api, start = {} }: { api: DashboardApi; start?: Start }) {
  const { jobs, complete, error, apply } = useJobs(api);
  const [view, setView] = useState<View>(start.view ?? 'table');
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<string | null>(start.open ?? null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // What Jobmark learnt of sites: read again after anything that may teach or bring rules (a correction, an import).
  const [rules, setRules] = useState<SiteRule[]>([]);
  const readRules = () => void api.rules().then(setRules, () => {});
  useEffect(readRules, [api]);
  // The person's profile: every job's fit is weighed against it.
  const [profile, setProfile] = useState<Profile>(EMPTY_PROFILE);
  useEffect(() => void api.profile().then(setProfile, () => {}), [api]);
  const fitted = hasProfile(profile) ? profile : null;

  const entries = useMemo(() => jobs.map((job) => withFit(entryOf(job), fitted)), [jobs, fitted]);
  const sorted = useMemo(() => sortEntries(entries, sort), [entries, sort]);
  const shown = useFiltered(sorted, filters);
  const tags = useMemo(() => [...new Set(jobs.flatMap((j) => j.tags))].sort(), [jobs]);
  const skills = useMemo(() => [...new Set(jobs.flatMap((j) => shownPosting(j).skills))].sort(), [jobs]);
  const openJob = open ? jobs.find((j) => j.id === open) : undefined;
  const today = localDay();
  const dueNow = useMemo(() => jobs.filter((j) => isDue(j.followUp, today)).length, [jobs, today]);
  // Bulk actions touch only selected jobs that are still shown: a job filtered out of sight is never deleted by surprise.
  const chosen = useMemo(() => shown.filter((e) => selected.has(e.job.id)).map((e) => e.job.id), [shown, selected]);

  const fail = (e: unknown) => setNotice({ text: `That did not work: ${e instanceof Error ? e.message : String(e)}` });
  // Undo reverses only what its own change did, weighed against the store as it is
  // now: an edit made meanwhile elsewhere (the popup, another tab) is kept, and said so.
  const undoable = (text: string, undo: () => Promise<Undone>): Notice => ({
    text,
    undo: async () => {
      const { records, keptNewer } = await undo();
      apply(records);
      setNotice({
        text: keptNewer
          ? `Undone, except ${plural(keptNewer, 'job')} changed elsewhere since: kept as ${keptNewer === 1 ? 'it is' : 'they are'} now.`
          : 'Undone.',
      });
    },
  });

  const update = async (ids: string[], patch: (job: SavedJob) => JobPatch, text: string) => {
    try {
      const change = await api.update(ids, patch);
      apply(change.after);
      setNotice(undoable(text, () => api.undoUpdate(change)));
      if (change.after.some((job, i) => job.corrections !== change.before[i]?.corrections)) readRules();
    } catch (e) {
      fail(e);
    }
  };
  /** A correction of one event of a job's history; says so when the event had changed meanwhile. */
  const correct = async (job: SavedJob, correction: EventCorrection) => {
    try {
      const change = await api.update([job.id], () => ({ event: correction }));
      apply(change.after);
      const [was, now] = [change.before[0], change.after[0]];
      if (!was || !now || JSON.stringify(was.history) === JSON.stringify(now.history)) {
        setNotice({ text: 'Nothing was changed: that event is no longer in the history (it was changed elsewhere).' });
        return;
      }
      const text = correction.to ? 'History corrected, with its reason.' : 'Event deleted, with its reason.';
      setNotice(undoable(`${text} “${titleOf(job)}”.`, () => api.undoUpdate(change)));
    } catch (e) {
      fail(e);
    }
  };
  const move = (id: string, status: Status) => {
    const job = jobs.find((j) => j.id === id);
    if (job && job.status !== status) {
      void update([id], () => ({ status }), `Moved “${titleOf(job)}” to ${status}.`);
    }
  };
  const remove = async () => {
    try {
      const removed = await api.remove(chosen);
      apply(
        [],
        removed.map((j) => j.id),
      );
      setSelected(new Set());
      setNotice(undoable(`Deleted ${plural(removed.length, 'job')}.`, () => api.undoRemove(removed)));
    } catch (e) {
      fail(e);
    }
  };
  const select = (list: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of list) on ? next.add(id) : next.delete(id);
    setSelected(next);
  };
  const changeFilters = (next: FilterState) => {
    setFilters(next);
    setLimit(PAGE);
  };

  return (
    <main class="dashboard">
      <header class="top no-print">
        <h1>Saved jobs</h1>
        <nav aria-label="Views">
          {VIEWS.map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {VIEW_NAMES[v]}
              {v === 'due' && dueNow > 0 && <span class="pill"> ({dueNow})</span>}
            </button>
          ))}
        </nav>
      </header>
      {error && <p role="alert">Could not open your saved jobs: {error}</p>}
      {/* Always there, so a screen reader hears each message as it comes. */}
      <div class={`notice no-print${notice ? '' : ' empty'}`} role="status">
        {notice && (
          <>
            {notice.text}{' '}
            {notice.undo && (
              <button type="button" onClick={() => void notice.undo?.().catch(fail)}>
                Undo
              </button>
            )}
            <button type="button" aria-label="Dismiss message" onClick={() => setNotice(null)}>
              ×
            </button>
          </>
        )}
      </div>
      <div class="no-print">
        <ImportPanel
          api={api}
          saved={complete ? jobs : undefined}
          onImported={(text, written) => {
            setNotice({ text });
            apply(written);
            readRules();
            void api.profile().then(setProfile, () => {});
          }}
        />
      </div>
      {complete && jobs.length === 0 && !error && (
        <p>No saved jobs yet. Open a job posting and press Save job, or import a file.</p>
      )}
      {view === 'profile' ? (
        <ProfileView
          profile={profile}
          onSave={async (next) => {
            setProfile(await api.saveProfile(next));
            setNotice({ text: 'Profile saved: every job’s fit is weighed against it.' });
          }}
        />
      ) : view === 'rules' ? (
        <Rules
          rules={rules}
          jobs={jobs}
          onOpen={setOpen}
          onRemove={(rule) =>
            void api.removeRule(rule.id).then((readAgain) => {
              setRules((list) => list.filter((r) => r.id !== rule.id));
              // The saved jobs the rule changed, read again without it, show so at once.
              apply(readAgain);
              setNotice({ text: `Rule removed: ${rule.site} reads as the reader reads it.` });
            }, fail)
          }
        />
      ) : view === 'report' ? (
        <Report jobs={jobs} />
      ) : view === 'insights' ? (
        <Insights jobs={jobs} complete={complete} />
      ) : view === 'due' ? (
        <Due
          jobs={jobs}
          onOpen={setOpen}
          onDone={(job) => void update([job.id], () => ({ followUp: null }), `Follow-up of “${titleOf(job)}” done.`)}
          reminders={api.reminders}
          setReminders={api.setReminders}
        />
      ) : (
        jobs.length > 0 && (
          <>
            <Filters filters={filters} onChange={changeFilters} tags={tags} skills={skills} withFit={fitted !== null} />
            <div class="summary">
              <p aria-live="polite" class="count" data-testid="result-count">
                {shown.length === jobs.length
                  ? plural(jobs.length, 'saved job')
                  : `${shown.length.toLocaleString('en-US')} of ${plural(jobs.length, 'saved job')}`}
                {!complete && ' (reading the rest…)'}
              </p>
              <ExportBar
                jobs={() => shown.map((e) => e.job)}
                profile={fitted}
                rules={rules}
                name={shortlistName(filters)}
                onMessage={(text) => setNotice({ text })}
              />
            </div>
            {chosen.length > 0 && (
              <BulkBar
                count={chosen.length}
                onTag={(tag, add) =>
                  void update(
                    chosen,
                    (job) => ({
                      tags: add ? [...job.tags, tag] : job.tags.filter((t) => t.toLowerCase() !== tag.toLowerCase()),
                    }),
                    `${add ? 'Tagged' : 'Untagged'} ${plural(chosen.length, 'job')} “${tag}”.`,
                  )
                }
                onStatus={(status) =>
                  void update(chosen, () => ({ status }), `Set ${plural(chosen.length, 'job')} to ${status}.`)
                }
                onDelete={() => void remove()}
                onClear={() => setSelected(new Set())}
              />
            )}
            {view === 'table' ? (
              <div class="table-scroll">
                {/* Scrolls sideways inside itself where the columns need more than the window, as the board does. */}
                <Table
                  entries={shown}
                  limit={limit}
                  onMore={() => setLimit(limit + PAGE)}
                  sort={sort}
                  onSort={setSort}
                  selected={selected}
                  onSelect={select}
                  onOpen={setOpen}
                  withFit={fitted !== null}
                />
              </div>
            ) : (
              <Board entries={shown} onMove={move} onOpen={setOpen} />
            )}
          </>
        )
      )}
      {openJob && (
        <JobView
          job={openJob}
          profile={fitted}
          cvs={profile.cvs?.map((cv) => cv.name)}
          onClose={() => setOpen(null)}
          onChange={(patch) => update([openJob.id], () => patch, 'Saved.')}
          onCorrect={(correction) => correct(openJob, correction)}
        />
      )}
    </main>
  );
}
