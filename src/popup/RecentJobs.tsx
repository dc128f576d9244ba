// The last jobs saved, each a link to its posting.
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
                  {job.posting.title ?? job.url}
                </a>
              ) : (
                <span>{job.posting.title ?? job.url}</span>
              )}
              {job.posting.company && <span> · {job.posting.company}</span>}
              <span class="status"> · {job.status}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
