// A job's status history in the job view, and its corrections: any event's date
// or status can be corrected, or the event deleted, always with a reason, which
// is kept and listed under the history (model/history.ts).
import { useState } from 'preact/hooks';
import { dateTimeOf } from '../export/fields';
import { correctionsOf, type EventCorrection, sameEvent } from '../model/history';
import type { HistoryEdit, SavedJob, Status, StatusChange } from '../model/saved-job';
import { StatusOptions } from '../ui/StatusOptions';

interface Props {
  job: SavedJob;
  onCorrect: (correction: EventCorrection) => Promise<void>;
}

const named = (e: StatusChange) => `${e.status} on ${dateTimeOf(e.at)}`;

/** A correction in words: what the event was, what it became (or that it was deleted), and why. */
export function describeEdit(edit: HistoryEdit): string {
  const what = edit.to ? `${named(edit.from)} became ${named(edit.to)}` : `${named(edit.from)} deleted`;
  return `${what}. Reason: “${edit.reason}”`;
}

export function History({ job, onCorrect }: Props) {
  const [open, setOpen] = useState<StatusChange | null>(null);
  const edits = job.historyEdits ?? [];
  return (
    <section aria-label="Status history" class="history">
      <h3>Status history</h3>
      <ol>
        {job.history.map((event) => {
          const editing = open !== null && sameEvent(open, event);
          const corrected = correctionsOf(job, event)[0];
          const label = `Correct the ${event.status} event of ${dateTimeOf(event.at)}`;
          return (
            <li key={`${event.at}${event.status}`}>
              <span class="event">
                <time dateTime={event.at}>{dateTimeOf(event.at)}</time> <span class="status">{event.status}</span>
                {corrected && <span class="hint"> (corrected on {dateTimeOf(corrected.at).slice(0, 10)})</span>}
                <button
                  type="button"
                  class="small"
                  aria-label={label}
                  aria-expanded={editing}
                  onClick={() => setOpen(editing ? null : event)}
                >
                  Correct
                </button>
              </span>
              {editing && (
                <EventForm
                  event={event}
                  label={label}
                  only={job.history.length === 1}
                  onDone={() => setOpen(null)}
                  onCorrect={onCorrect}
                />
              )}
            </li>
          );
        })}
      </ol>
      {edits.length > 0 && (
        <>
          <h4 id="corrections-title">Corrections</h4>
          <ul class="corrections" aria-labelledby="corrections-title">
            {[...edits].reverse().map((edit) => (
              <li key={`${edit.at}${edit.from.at}${edit.from.status}`}>
                <time dateTime={edit.at}>{dateTimeOf(edit.at)}</time> — {describeEdit(edit)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface FormProps {
  event: StatusChange;
  label: string;
  /** The job's only event: it can be corrected, not deleted. */
  only: boolean;
  onDone: () => void;
  onCorrect: (correction: EventCorrection) => Promise<void>;
}

function EventForm({ event, label, only, onDone, onCorrect }: FormProps) {
  const [status, setStatus] = useState<Status>(event.status);
  // The day as the history shows it; the time of day is kept as it was.
  const [day, setDay] = useState(event.at.slice(0, 10));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const to: StatusChange = { status, at: `${day}${event.at.slice(10)}` };
  const unchanged = sameEvent(to, event);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(to.at));
  const ready = reason.trim() !== '' && !busy;

  const send = async (correction: EventCorrection) => {
    setBusy(true);
    try {
      await onCorrect(correction);
      onDone();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="event-form"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        if (ready && valid && !unchanged) void send({ from: event, to, reason });
      }}
    >
      <label>
        Status
        <select value={status} onChange={(e) => setStatus(e.currentTarget.value as Status)}>
          <StatusOptions />
        </select>
      </label>
      <label>
        Date
        <input type="date" required value={day} onInput={(e) => setDay(e.currentTarget.value)} />
      </label>
      <label class="reason">
        Reason (kept with the history)
        <input type="text" required maxLength={2000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      <div class="actions">
        <button type="submit" disabled={!ready || !valid || unchanged}>
          Save correction
        </button>
        <button
          type="button"
          class="danger"
          disabled={!ready || only}
          onClick={() => void send({ from: event, to: null, reason })}
        >
          Delete event
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      {only && <p class="hint">A job keeps at least one event: this one can be corrected, not deleted.</p>}
    </form>
  );
}
