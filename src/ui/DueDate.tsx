// A follow-up date as every view shows it: the day, and beside it whether it is
// overdue, today or this week (in words, not only in colour). Never wraps.
import { DUE_WORDS, dueState } from '../model/due';

export function DueDate({ day, today }: { day: string | null; today: string }) {
  const state = dueState(day, today);
  if (!day || !state) return null;
  const words = DUE_WORDS[state];
  return (
    <span class={`due-date due-${state}`}>
      <time dateTime={day}>{day}</time>
      {/* The space stays outside both unbreakable parts: the words may go below the day in a narrow column. */}
      {words && (
        <>
          {' '}
          <span class="due-words">{words}</span>
        </>
      )}
    </span>
  );
}
