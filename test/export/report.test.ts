import { expect, test } from 'vitest';
import { applicationsIn, applicationsReport, REPORT_COLUMNS, reportToCsv } from '../../src/export/report';
import { applyPatch } from '../../src/model/job-patch';
import type { SavedJob } from '../../src/model/saved-job';
import { makeJob } from './make-job';

const applied = makeJob({
  title: 'Applied one',
  status: 'interviewing',
  history: [
    { status: 'saved', at: '2026-02-27T09:00:00.000Z' },
    { status: 'applied', at: '2026-03-02T09:00:00.000Z' },
    { status: 'interviewing', at: '2026-03-20T14:00:00.000Z' },
    { status: 'offer', at: '2026-04-02T14:00:00.000Z' },
  ],
});
const onlySaved = makeJob({ title: 'Only saved', history: [{ status: 'saved', at: '2026-03-05T09:00:00.000Z' }] });

test('the report lists every status change in the range, oldest first, of jobs acted on', () => {
  const rows = applicationsReport([onlySaved, applied], '2026-03-01', '2026-03-31');
  expect(rows.map((r) => [r.at.slice(0, 10), r.status, r.job.posting.title])).toEqual([
    ['2026-03-02', 'applied', 'Applied one'],
    ['2026-03-20', 'interviewing', 'Applied one'],
  ]);
  expect(applicationsReport([applied], '', '')).toHaveLength(4);
  expect(applicationsReport([applied], '2026-05-01', '')).toHaveLength(0);
});

test('the report as CSV', () => {
  const csv = reportToCsv(applicationsReport([applied], '2026-03-01', '2026-03-31'));
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe(REPORT_COLUMNS.join(','));
  expect(lines[1]).toBe(`2026-03-02 09:00,applied,Applied one,Acme,"Lisbon, Portugal",${applied.url},`);
  // The CV version sent with the application, by name, last (issue 18).
  const sent = reportToCsv(
    applicationsReport([{ ...applied, cvSent: 'Backend, English' }], '2026-03-01', '2026-03-31'),
  );
  expect(sent.trimEnd().split('\r\n')[1]?.endsWith(',"Backend, English"')).toBe(true);
});

test('applications: each job once, where it first reached applied or a later stage', () => {
  const h = (...events: [SavedJob['status'], string][]) =>
    makeJob({ history: events.map(([status, day]) => ({ status, at: `${day}T10:00:00.000Z` })) });
  const jobs = {
    appliedInMarch: h(['saved', '2026-02-20'], ['applied', '2026-03-03'], ['interviewing', '2026-03-10']),
    straightToInterview: h(['saved', '2026-03-01'], ['interviewing', '2026-03-04']),
    straightToOffer: h(['saved', '2026-03-01'], ['offer', '2026-03-05']),
    rejectedAfterApplying: h(['saved', '2026-03-01'], ['applied', '2026-03-06'], ['rejected', '2026-03-20']),
    appliedInFebruary: h(['saved', '2026-02-01'], ['applied', '2026-02-10'], ['interviewing', '2026-03-12']),
    onlySaved: h(['saved', '2026-03-02']),
    rejectedWithoutApplied: h(['saved', '2026-03-01'], ['rejected', '2026-03-15']),
  };
  const titles = (list: SavedJob[]) => list.map((j) => j.posting.title);
  const all = Object.values(jobs);
  expect(titles(applicationsIn(all, '2026-03-01', '2026-03-31'))).toEqual(
    titles([
      jobs.appliedInMarch,
      jobs.straightToInterview,
      jobs.straightToOffer,
      jobs.rejectedAfterApplying,
      jobs.rejectedWithoutApplied,
    ]),
  );
  // Counted in February, never again in March, though it moved on in March (and is listed there).
  expect(titles(applicationsIn(all, '2026-02-01', '2026-02-28'))).toEqual(titles([jobs.appliedInFebruary]));
  expect(applicationsReport(all, '2026-03-01', '2026-03-31').map((r) => r.job)).toContain(jobs.appliedInFebruary);
  expect(applicationsIn(all, '', '')).toHaveLength(6);
});

test('a job moved to applied and back within a minute is no application and is not in the report', () => {
  const job = makeJob({ history: [{ status: 'saved', at: '2026-03-01T10:00:00.000Z' }] });
  const applied = applyPatch(job, { status: 'applied' }, new Date('2026-03-02T10:00:00.000Z'));
  const back = applyPatch(applied, { status: 'saved' }, new Date('2026-03-02T10:00:30.000Z'));
  expect(applicationsIn([applied], '', '')).toHaveLength(1);
  expect(applicationsIn([back], '', '')).toHaveLength(0);
  expect(applicationsReport([back], '', '')).toHaveLength(0);
});
