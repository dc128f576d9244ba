// The Due view: every job with a follow-up date, overdue and today's first, then
// the rest of the week and later, each with Done (the follow-up is cleared, and
// can be undone). And the optional reminder: a browser notification when a
// follow-up comes due, which asks for the notifications permission only when
// the person turns it on.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { companyOf, titleOf } from '../export/fields';
import { DUE_STATES, type DueState, dueState, localDay } from '../model/due';
import type { SavedJob } from '../model/saved-job';
import { DueDate } from '../ui/DueDate';

/** Follow-ups listed at first in each group; "Show more" adds as many again (thousands would slow the view's first draw). */
const PER_GROUP = 100;

const HEADINGS: Record<DueState, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  week: 'This week',
  later: 'Later',
};

interface Props {
  jobs: readonly SavedJob[];
  onOpen: (id: string) => void;
  onDone: (job: SavedJob) => void;
  reminders: () => Promise<boolean>;
  setReminders: (on: boolean) => Promise<boolean>;
}

/** The jobs with a follow-up, by where their date stands from today, each group earliest first. */
export function dueGroups(jobs: readonly SavedJob[], today: string): Record<DueState, SavedJob[]> {
  const groups: Record<DueState, SavedJob[]> = { overdue: [], today: [], week: [], later: [] };
  for (const job of jobs) {
    const state = dueState(job.followUp, today);
    if (state) groups[state].push(job);
  }
  for (const list of Object.values(groups)) {
    list.sort((a, b) => (a.followUp! < b.followUp! ? -1 : a.followUp! > b.followUp! ? 1 : 0));
  }
  return groups;
}

export function Due({ jobs, onOpen, onDone, reminders, setReminders }: Props) {
  const today = localDay();
  const groups = useMemo(() => dueGroups(jobs, today), [jobs, today]);
  const [more, setMore] = useState<Partial<Record<DueState, number>>>({});
  const limit = (state: DueState) => more[state] ?? PER_GROUP;
  const any = DUE_STATES.some((s) => groups[s].length > 0);

  return (
    <section class="due-view" aria-labelledby="due-title">
      <h2 id="due-title">Follow-ups</h2>
      <Reminders read={reminders} write={setReminders} />
      {!any && (
        <p>
          No follow-up dates yet. Open a job (from the table or the board) or the popup on its posting, and set “Follow
          up on”.
        </p>
      )}
      {DUE_STATES.map((state) =>
        groups[state].length ? (
          <section key={state} class={`due-group due-group-${state}`} aria-labelledby={`due-${state}`}>
            <h3 id={`due-${state}`}>
              {HEADINGS[state]} <span class="count">{groups[state].length}</span>
            </h3>
            <ul>
              {groups[state].slice(0, limit(state)).map((job) => {
                const title = titleOf(job);
                return (
                  <li key={job.id} class="due-item">
                    <DueDate day={job.followUp} today={today} />
                    <span class="what">
                      <button type="button" class="link" onClick={() => onOpen(job.id)}>
                        {title}
                      </button>
                      <span class="meta">{[companyOf(job), job.status].filter(Boolean).join(' · ')}</span>
                    </span>
                    <button type="button" aria-label={`Done: ${title}`} onClick={() => onDone(job)}>
                      Done
                    </button>
                  </li>
                );
              })}
            </ul>
            {groups[state].length > limit(state) && (
              <button
                type="button"
                class="more"
                onClick={() => setMore({ ...more, [state]: limit(state) + PER_GROUP })}
              >
                Show more ({groups[state].length - limit(state)})
              </button>
            )}
          </section>
        ) : null,
      )}
    </section>
  );
}

/** The reminder switch. Its state is read from the background's setting and the browser's permission. */
function Reminders({ read, write }: { read: () => Promise<boolean>; write: (on: boolean) => Promise<boolean> }) {
  const [on, setOn] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    read().then(setOn, () => setOn(false));
  }, [read]);
  const change = async (want: boolean) => {
    try {
      const now = await write(want);
      setOn(now);
      setNote(
        now
          ? 'Reminders on: a notification at 9:00 on the day a follow-up comes due.'
          : want
            ? 'Your browser did not allow notifications, so reminders stay off.'
            : 'Reminders off.',
      );
    } catch (e) {
      setNote(`Could not change reminders: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <div class="reminders">
      <label>
        <input
          type="checkbox"
          checked={on === true}
          disabled={on === null}
          onChange={(e) => void change(e.currentTarget.checked)}
        />
        Remind me with a browser notification when a follow-up comes due
      </label>
      <p class="hint">
        Jobmark asks your browser for permission to show notifications when you turn this on, and gives it back when you
        turn it off. {note}
      </p>
    </div>
  );
}
