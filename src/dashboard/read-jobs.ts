// Reads every saved job in slices of the primary key, handing each slice over as
// it arrives. One getAll() of 10,000 postings (tens of megabytes) blocks the page
// for over a second while it is deserialised; slices of 1,000 keep it answering
// keys and clicks in between, and the table fills in as they come. The next slice
// is asked for before this one is handed over, so the store reads it while the
// page renders this one.
import type { SavedJob } from '../model/saved-job';
import type { JobmarkDatabase } from '../store/db';

const SLICE = 1_000;

export async function readAllJobs(
  db: JobmarkDatabase,
  onSlice: (jobs: SavedJob[]) => void,
  size = SLICE,
): Promise<void> {
  const read = (after: string | null): Promise<SavedJob[]> =>
    db.getAll('jobs', after === null ? null : IDBKeyRange.lowerBound(after, true), size);
  let slice = await read(null);
  for (;;) {
    const next = slice.length < size ? null : read(slice[slice.length - 1]!.id);
    // Were onSlice to throw, the read already asked for must not end as an unhandled rejection.
    next?.catch(() => {});
    if (slice.length) onSlice(slice);
    if (!next) return;
    // Let the page paint and handle input between slices.
    await new Promise((resolve) => setTimeout(resolve, 0));
    slice = await next;
  }
}
