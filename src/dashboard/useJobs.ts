// The saved jobs, read straight from the store (the dashboard is an extension
// page, in the store's origin). The newest 200 come first, read by cursor, so the
// table paints at once even with 10,000 jobs; the rest follow in one read. Jobs
// are read again when the tab comes back into view: the popup or another tab may
// have saved or changed some meanwhile.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SavedJob } from '../model/saved-job';
import { type JobmarkDatabase, openStore } from '../store/db';
import { listJobs, recentJobs } from '../store/jobs';

const FIRST = 200;

export interface JobsState {
  db: JobmarkDatabase | null;
  jobs: SavedJob[];
  /** False while only the newest jobs are read. */
  complete: boolean;
  error: string | null;
}

export function useJobs(): JobsState & { reload: () => Promise<void>; replace: (jobs: SavedJob[]) => void } {
  const [state, setState] = useState<JobsState>({ db: null, jobs: [], complete: false, error: null });

  const reload = useCallback(async () => {
    try {
      const db = await openStore();
      const jobs = await listJobs(db);
      setState({ db, jobs, complete: true, error: null });
    } catch (e) {
      setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const db = await openStore();
        const first = await recentJobs(db, FIRST);
        if (cancelled) return;
        if (first.length < FIRST) return setState({ db, jobs: first, complete: true, error: null });
        setState({ db, jobs: first, complete: false, error: null });
        // Let the first rows paint before the long read.
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (!cancelled) await reload();
      } catch (e) {
        setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
      }
    })();
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);

  const replace = useCallback((jobs: SavedJob[]) => setState((s) => ({ ...s, jobs })), []);
  return { ...state, reload, replace };
}
