// The board: a column per status. A card moves by dragging it to another column
// (HTML5 drag and drop), or from the keyboard: focus its title and press ← or →
// for the previous or next status, or pick one in its "Move to" list.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { companyOf, salaryOf, titleOf } from '../export/fields';
import { localDay } from '../model/due';
import { plural } from '../model/plural';
import { STATUSES, type Status } from '../model/saved-job';
import { DueDate } from '../ui/DueDate';
import { StatusOptions } from '../ui/StatusOptions';
import type { Entry } from './entries';

const PER_COLUMN = 50;

interface Props {
  entries: Entry[];
  onMove: (id: string, status: Status) => void;
  onOpen: (id: string) => void;
}

export function Board({ entries, onMove, onOpen }: Props) {
  const [over, setOver] = useState<Status | null>(null);
  const [more, setMore] = useState<Partial<Record<Status, number>>>({});
  // A card moved by keyboard lands in another column as a new element: give it the focus back,
  // in the same task as the move is drawn, so a key pressed once the card shows there reaches it.
  const refocus = useRef<string | null>(null);
  const board = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const id = refocus.current;
    if (!id) return;
    const card = [...(board.current?.querySelectorAll<HTMLElement>('[data-job]') ?? [])].find(
      (c) => c.dataset.job === id,
    );
    if (card) {
      card.focus();
      refocus.current = null;
    }
  });
  const today = localDay();
  const columns = new Map<Status, Entry[]>(STATUSES.map((s) => [s, []]));
  for (const entry of entries) columns.get(entry.job.status)?.push(entry);

  return (
    <div class="board" ref={board}>
      <p id="board-keys" class="hint board-keys">
        Drag a card to another column, or focus its title and press ← or → to move it to the previous or next status.
      </p>
      {STATUSES.map((status, column) => {
        const cards = columns.get(status) ?? [];
        const limit = more[status] ?? PER_COLUMN;
        return (
          <section
            key={status}
            class={`column${over === status ? ' drop' : ''}`}
            aria-label={`${status}: ${plural(cards.length, 'job')}`}
            onDragOver={(e) => {
              e.preventDefault();
              if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
              setOver(status);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              const id = e.dataTransfer?.getData('text/plain');
              if (id) onMove(id, status);
            }}
          >
            <h2>
              {status} <span class="count">{cards.length}</span>
            </h2>
            <ul>
              {cards.slice(0, limit).map(({ job }) => {
                const title = titleOf(job);
                return (
                  <li
                    key={job.id}
                    class="card"
                    draggable
                    onDragStart={(e) => e.dataTransfer?.setData('text/plain', job.id)}
                  >
                    <button
                      type="button"
                      class="link"
                      data-job={job.id}
                      aria-describedby="board-keys"
                      onClick={() => onOpen(job.id)}
                      onKeyDown={(e) => {
                        const to = e.key === 'ArrowRight' ? column + 1 : e.key === 'ArrowLeft' ? column - 1 : -1;
                        const next = STATUSES[to];
                        if (next) {
                          e.preventDefault();
                          refocus.current = job.id;
                          onMove(job.id, next);
                        }
                      }}
                    >
                      {title}
                    </button>
                    <div class="meta">{[companyOf(job), salaryOf(job)].filter(Boolean).join(' · ')}</div>
                    {job.followUp && (
                      <div class="meta follow-up">
                        Follow up <DueDate day={job.followUp} today={today} />
                      </div>
                    )}
                    <label class="move">
                      Move to
                      <select
                        value={job.status}
                        aria-label={`Move ${title} to`}
                        onChange={(e) => onMove(job.id, e.currentTarget.value as Status)}
                      >
                        <StatusOptions />
                      </select>
                    </label>
                  </li>
                );
              })}
            </ul>
            {cards.length > limit && (
              <button type="button" class="more" onClick={() => setMore({ ...more, [status]: limit + PER_COLUMN })}>
                Show more ({cards.length - limit})
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
