import { expect, test } from 'vitest';
import { applicationsReport, REPORT_COLUMNS, reportToCsv } from '../../src/export/report';
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
  expect(lines[1]).toBe(`2026-03-02 09:00,applied,Applied one,Acme,"Lisbon, Portugal",${applied.url}`);
});
