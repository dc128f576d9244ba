// The applications report over a date range, on screen, as CSV, and printable:
// the print style sheet hides everything but the report (and its controls).
import { useMemo, useState } from 'preact/hooks';
import { companyOf, dateTimeOf, titleOf } from '../export/fields';
import { applicationsIn, applicationsReport, reportToCsv } from '../export/report';
import { plural } from '../model/plural';
import type { SavedJob } from '../model/saved-job';
import { downloadText, fileName } from './download';

const day = (d: Date) => d.toISOString().slice(0, 10);

export function Report({ jobs }: { jobs: SavedJob[] }) {
  const now = new Date();
  const [from, setFrom] = useState(day(new Date(now.getFullYear(), now.getMonth(), 1, 12)));
  const [to, setTo] = useState(day(now));
  const rows = useMemo(() => applicationsReport(jobs, from, to), [jobs, from, to]);
  const applications = useMemo(() => applicationsIn(jobs, from, to).length, [jobs, from, to]);

  return (
    <section class="report" aria-labelledby="report-title">
      <h2 id="report-title">
        Applications from {from || 'the start'} to {to || 'today'}
      </h2>
      <div class="no-print controls">
        <label>
          From
          <input type="date" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label>
          To
          <input type="date" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </label>
        <button
          type="button"
          onClick={() =>
            downloadText(fileName(`report ${from} ${to}`, 'csv'), reportToCsv(rows), 'text/csv;charset=utf-8')
          }
        >
          Download report (CSV)
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p class="totals">
        {plural(applications, 'application')}, {plural(rows.length, 'status change')}.
      </p>
      <p class="hint how">
        How this counts: a job is one application, in the dates where it first reached applied or a later stage
        (interviewing, offer, rejected, withdrawn or ghosted), so a job that went straight to interviewing counts. The
        table lists every status change in these dates of the jobs acted on; a job only saved is left out. A status
        changed back within a minute, or undone, is not in the history; corrections a person made are kept with it.
        Dates are UTC.
      </p>
      <table class="jobs">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Status</th>
            <th scope="col">Job</th>
            <th scope="col">Company</th>
            <th scope="col">Address</th>
            <th scope="col">CV sent</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ at, status, job }) => (
            <tr key={`${job.id}${at}${status}`}>
              <td>
                <time dateTime={at}>{dateTimeOf(at)}</time>
              </td>
              <td>{status}</td>
              <td>{titleOf(job)}</td>
              <td>{companyOf(job)}</td>
              <td class="url">{job.url}</td>
              <td>{job.cvSent ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
