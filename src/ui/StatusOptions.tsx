// The statuses as <option>s, in the order an application goes: every status picker uses it.
import { STATUSES } from '../model/saved-job';

export function StatusOptions() {
  return (
    <>
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {s}
        </option>
      ))}
    </>
  );
}
