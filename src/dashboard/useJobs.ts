// The saved jobs, read straight from the store (the dashboard is an extension
// page, in the store's origin). The newest 30 come first, in one request (recentJobs),
// so the table paints at once even with 10,000 jobs; the rest
// follow in slices after that first paint. Jobs are read again when the tab comes back into view: the
// popup or another tab may have saved or changed some meanwhile.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SavedJob } from '../model/saved-job';
import { type JobmarkDatabase, openStore } from '../store/db';
import { recentJobs } from '../store/jobs';
import { readAllJobs } from './read-jobs';

/**
 * A screenful: rows are 29 px below a 280 px header, so 30 fill a window 1,150 px high (21 at
 * 900). Fewer is faster to read and draw (first rows painted ~240–280 ms against ~305 with 50);
 * a taller window gets the rest with the first slice, a moment later.
 */
const FIRST = 30;

export interface JobsState {
  db: JobmarkDatabase | null;
  jobs: SavedJob[];
  /** False while only part of the jobs has been read. */
  complete: boolean;
  error: string | null;
}

/** The list after this page wrote `written` (changed or new records) and deleted `removed`. */
export function withWrites(jobs: readonly SavedJob[], written: readonly SavedJob[], removed: readonly string[]) {
  const byId = new Map(written.map((job) => [job.id, job]));
  const gone = new Set(removed);
  const kept = jobs.filter((job) => !gone.has(job.id)).map((job) => byId.get(job.id) ?? job);
  const known = new Set(kept.map((job) => job.id));
  return [...written.filter((job) => !known.has(job.id) && !gone.has(job.id)), ...kept];
}

const readFirst = async () => {
  const db = await openStore();
  return { db, first: await recentJobs(db, FIRST) };
};
/** Started when the page loads, before Preact has rendered anything: the first read is on the critical path. */
let firstRead: ReturnType<typeof readFirst> | null = typeof indexedDB === 'undefined' ? null : readFirst();
// A failed early read is retried by the component, which reports its error.
firstRead?.catch(() => {
  firstRead = null;
});

const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useJobs() {
  const [state, setState] = useState<JobsState>({ db: null, jobs: [], complete: false, error: null });
  // A newer read supersedes an older one still running.
  const generation = useRef(0);
  // Writes made while a read runs: the read may have fetched those records before
  // they changed, so they are applied again on top of what it read.
  const during = useRef<{ written: readonly SavedJob[]; removed: readonly string[] }[] | null>(null);

  /** With `shown`, the table fills in slice by slice; without, the old list stays until the new one is whole. */
  const readAll = useCallback(async (db: JobmarkDatabase, shown?: SavedJob[]) => {
    const mine = ++generation.current;
    during.current = [];
    const byId = new Map<string, SavedJob>();
    await readAllJobs(db, (slice) => {
      if (mine !== generation.current) return;
      for (const job of slice) byId.set(job.id, job);
      if (!shown) return;
      // Until the read ends, jobs read earlier (the newest, shown first) stay listed.
      const seen = shown.filter((job) => !byId.has(job.id));
      setState((s) => ({ ...s, jobs: [...seen, ...byId.values()] }));
    });
    if (mine !== generation.current) return;
    const jobs = (during.current ?? []).reduce<SavedJob[]>(
      (list, w) => withWrites(list, w.written, w.removed),
      [...byId.values()],
    );
    during.current = null;
    setState({ db, jobs, complete: true, error: null });
  }, []);

  const reload = useCallback(async () => {
    try {
      const db = await openStore();
      await readAll(db);
    } catch (e) {
      setState((s) => ({ ...s, error: message(e) }));
    }
  }, [readAll]);

  useEffect(() => {
    (async () => {
      try {
        const { db, first } = await (firstRead ?? readFirst());
        firstRead = null;
        if (first.length < FIRST) return setState({ db, jobs: first, complete: true, error: null });
        setState({ db, jobs: first, complete: false, error: null });
        await afterPaint();
        await readAll(db, first);
      } catch (e) {
        setState((s) => ({ ...s, error: message(e) }));
      }
    })();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      generation.current++;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [readAll, reload]);

  /** Records written by this page: replace or add them in memory instead of reading everything again. */
  const apply = useCallback((written: SavedJob[], removed: readonly string[] = []) => {
    during.current?.push({ written, removed });
    setState((s) => ({ ...s, jobs: withWrites(s.jobs, written, removed) }));
  }, []);

  return { ...state, reload, apply };
}
