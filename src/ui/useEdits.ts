// A saved job as the person sees it while their edits travel to the store.
//
// Each edit goes to the one writer (the background, or the store in the
// dashboard) and comes back as the record stored. A reply describes the record
// when *that* edit was written: a newer edit made while it was on its way (a
// star clicked just after the notes were sent) is not in it. Rendering the reply
// alone would undo the person's newer click on screen until its own reply came.
// So every edit not yet answered is applied on top of the record the page holds,
// and leaves only when its own write has settled (written, or failed with an
// error shown and the stored value back).
import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { applyPatch, type JobPatch } from '../model/job-patch';
import type { SavedJob } from '../model/saved-job';

interface Pending {
  readonly patch: JobPatch;
}

/** The job with the person's unanswered edits on top, and the function that makes an edit. */
export function useEdits(
  job: SavedJob,
  write: (patch: JobPatch) => Promise<unknown>,
): [shown: SavedJob, edit: (patch: JobPatch) => Promise<void>] {
  const [pending, setPending] = useState<readonly Pending[]>([]);
  const writer = useRef(write);
  writer.current = write;

  const shown = useMemo(() => pending.reduce((record, p) => applyPatch(record, p.patch), job), [job, pending]);
  const edit = useCallback(async (patch: JobPatch) => {
    const mine: Pending = { patch };
    setPending((list) => [...list, mine]);
    try {
      await writer.current(patch);
    } finally {
      setPending((list) => list.filter((p) => p !== mine));
    }
  }, []);
  return [shown, edit];
}
