// What is due today (and overdue), shown when the tab holds no posting: each job
// a link that opens it in the dashboard, and a link to the dashboard's Due view.
import { companyOf, titleOf } from '../export/fields';
import { localDay } from '../model/due';
import type { SavedJob } from '../model/saved-job';
import { DueDate } from '../ui/DueDate';

const DASHBOARD = '../dashboard/index.html';

export function DueToday({ jobs }: { jobs: SavedJob[] }) {
  const today = localDay();
  return (
    <section aria-labelledby="due-heading" class="due-today">
      <h2 id="due-heading">Due today</h2>
      {jobs.length === 0 ? (
        <p>No follow-ups due today.</p>
      ) : (
        <ul class="recent" aria-label="Follow-ups due today">
          {jobs.map((job) => (
            <li key={job.id}>
              <a href={`${DASHBOARD}#job=${encodeURIComponent(job.id)}`} target="_blank" rel="noopener">
                {titleOf(job)}
              </a>
              {companyOf(job) && <span> · {companyOf(job)}</span>} <DueDate day={job.followUp} today={today} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`${DASHBOARD}#due`} target="_blank" rel="noopener">
          Every follow-up
        </a>
      </p>
    </section>
  );
}
