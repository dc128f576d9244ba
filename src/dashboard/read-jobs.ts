// Reads every saved job in slices of the primary key, handing each slice over as
// it arrives. One getAll() of 10,000 postings (tens of megabytes) blocks the page
// for over a second while it is deserialised; slices of 1,000 keep it answering
// keys and clicks in between, and the table fills in as they come.
import type { SavedJob } from '../model/saved-job';
import type { JobmarkDatabase } from '../store/db';

const SLICE = 1_000;

export async function readAllJobs(db: JobmarkDatabase, onSlice: (jobs: SavedJob[]) => void): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const slice: SavedJob[] = await db.getAll('jobs', range, SLICE);
    if (slice.length) onSlice(slice);
    if (slice.length < SLICE) return;
    after = slice[slice.length - 1]!.id;
    // Let the page paint and handle input between slices.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
