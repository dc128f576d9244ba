// A job whose history is written as "status@day" steps, for the insights' tests.
import type { SavedJob, Status } from '../../../src/model/saved-job';
import { makeJob } from '../make-job';

/** `steps`: ['saved@2026-03-02', 'applied@2026-03-04T12:00'] (UTC, noon when no time is given). */
export function jobWith(steps: string[], overrides: Parameters<typeof makeJob>[0] = {}): SavedJob {
  const history = steps.map((step) => {
    const [status, at] = step.split('@') as [Status, string];
    return { status, at: new Date(at.includes('T') ? `${at}Z` : `${at}T12:00Z`).toISOString() };
  });
  return makeJob({ history, status: history.at(-1)!.status, savedAt: history[0]!.at, ...overrides });
}
