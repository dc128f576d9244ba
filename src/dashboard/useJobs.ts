// The saved jobs, read through the dashboard's api (the store, or a test's fake).
// The newest 30 come first, in one request, so the table paints at once even with 10,000 jobs; the rest
// follow in slices after that first paint. Jobs are read again when the tab comes back into view: the
// popup or another tab may have saved or changed some meanwhile.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SavedJob } from '../model/saved-job';
import type { DashboardApi } from './api';

/**
 * A screenful: rows are 29 px below a 280 px header, so 30 fill a window 1,150 px high (21 at
 * 900). Fewer is faster to read and draw (first rows painted ~240–280 ms against ~305 with 50);
 * a taller window gets the rest with the first slice, a moment later.
 */
export const FIRST = 30;

export interface JobsState {
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

const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function useJobs(api: DashboardApi) {
  const [state, setState] = useState<JobsState>({ jobs: [], complete: false, error: null });
  // A newer read supersedes an older one still running.
  const generation = useRef(0);
  // Writes made while a read runs: the read may have fetched those records before
  // they changed, so they are applied again on top of what it read.
  const during = useRef<{ written: readonly SavedJob[]; removed: readonly string[] }[] | null>(null);

  /** With `shown`, the table fills in slice by slice; without, the old list stays until the new one is whole. */
  const readAll = useCallback(
    async (shown?: SavedJob[]) => {
      const mine = ++generation.current;
      during.current = [];
      const byId = new Map<string, SavedJob>();
      await api.readAll((slice) => {
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
      setState({ jobs, complete: true, error: null });
    },
    [api],
  );

  const reload = useCallback(async () => {
    try {
      await readAll();
    } catch (e) {
      setState((s) => ({ ...s, error: message(e) }));
    }
  }, [readAll]);

  useEffect(() => {
    (async () => {
      try {
        const first = await api.recent(FIRST);
        if (first.length < FIRST) return setState({ jobs: first, complete: true, error: null });
        setState({ jobs: first, complete: false, error: null });
        await afterPaint();
        await readAll(first);
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
  }, [api, readAll, reload]);

  /** Records written by this page: replace or add them in memory instead of reading everything again. */
  const apply = useCallback((written: SavedJob[], removed: readonly string[] = []) => {
    during.current?.push({ written, removed });
    setState((s) => ({ ...s, jobs: withWrites(s.jobs, written, removed) }));
  }, []);

  return { ...state, reload, apply };
}
