// What changed since the person saved the posting (issue 18): each later reading
// that differed, with its date, said fact by fact and item by item against the one
// before; and when the posting was found closed. Posting text is shown as text.
import { dateTimeOf } from '../export/fields';
import { compareReadings, describeChanges, type ReadingChange } from '../model/revisit';
import type { SavedJob } from '../model/saved-job';

const PART_WORDS = {
  requirements: 'requirement',
  niceToHave: 'nice-to-have',
  responsibilities: 'responsibility',
  benefits: 'benefit',
} as const;

function Items({ changes }: { changes: ReadingChange[] }) {
  const lines = changes.flatMap((c) =>
    c.kind === 'items'
      ? [
          ...c.added.map((text) => `Added ${PART_WORDS[c.part]}: ${text}`),
          ...c.removed.map((text) => `Removed ${PART_WORDS[c.part]}: ${text}`),
        ]
      : [],
  );
  if (!lines.length) return null;
  return (
    <ul>
      {lines.map((line, i) => (
        // Keyed by place: two items may read the same.
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

export function Revisits({ job }: { job: SavedJob }) {
  const revisits = job.revisits ?? [];
  if (!revisits.length && !job.closedAt) return null;
  return (
    <section class="revisits" aria-label="Since you saved it">
      <h3>Since you saved it</h3>
      {job.closedAt && (
        <p class="closed">
          <strong>Posting closed</strong>:{' '}
          {job.closedBy === 'list' ? "its board's list no longer showed it" : 'its page held no posting'} on{' '}
          {dateTimeOf(job.closedAt).slice(0, 10)}. The posting below is as you saved it.
        </p>
      )}
      <ol>
        {revisits.map((r, i) => {
          const changes = compareReadings(i ? revisits[i - 1]!.posting : job.posting, r.posting);
          return (
            <li key={r.at}>
              <time dateTime={r.at}>{dateTimeOf(r.at).slice(0, 10)}</time>: {describeChanges(changes).join('; ')}
              <Items changes={changes} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
