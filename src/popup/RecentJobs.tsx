// The last jobs saved, each a link to its posting.
import { companyOf, titleOf } from '../export/fields';
import type { SavedJob } from '../model/saved-job';
import { isWebUrl } from '../model/validate';

export function RecentJobs({ jobs }: { jobs: SavedJob[] }) {
  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">Last saved</h2>
      {jobs.length === 0 ? (
        <p>No jobs saved yet.</p>
      ) : (
        <ul class="recent" aria-label="Last saved jobs">
          {jobs.map((job) => (
            <li key={job.id}>
              {/* Checked again here: a record may predate the checks on the way in. */}
              {isWebUrl(job.url) ? (
                <a href={job.url} target="_blank" rel="noopener noreferrer">
                  {titleOf(job)}
                </a>
              ) : (
                <span>{titleOf(job)}</span>
              )}
              {companyOf(job) && <span> · {companyOf(job)}</span>}
              <span class="status"> · {job.status}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
