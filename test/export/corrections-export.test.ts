// A corrected fact wins in every file Jobmark writes; the JSON backup carries the
// corrections beside the values read, and refuses corrections a file made up.
import { expect, test } from 'vitest';
import { jobsToCsv } from '../../src/export/csv';
import { BACKUP_VERSION, jobsToJson, parseBackup, parseJsonBackup } from '../../src/export/json';
import { jobsToMarkdown } from '../../src/export/markdown';
import { planImport } from '../../src/export/merge';
import { reportToCsv } from '../../src/export/report';
import { applyPatch } from '../../src/model/job-patch';
import { makeJob } from './make-job';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const job = [
  { kind: 'fact', field: 'company', value: 'Acme Robotics' },
  { kind: 'fact', field: 'locations', value: ['Porto, Portugal'] },
  { kind: 'fact', field: 'salary', value: { min: 70000, max: null, currency: 'EUR', period: 'year' } },
] as const satisfies Parameters<typeof applyPatch>[1]['correct'][];
const corrected = job.reduce((j, correct) => applyPatch(j, { correct }, NOW), makeJob({ company: 'Acme | Careers' }));

test('CSV, Markdown and the report show the corrected facts', () => {
  const csv = jobsToCsv([corrected]);
  expect(csv).toContain('Acme Robotics,"Porto, Portugal",hybrid,"EUR from 70,000 per year",70000,,EUR,year');
  expect(csv).not.toContain('Careers');
  expect(jobsToMarkdown([corrected])).toContain('Acme Robotics · Porto, Portugal');
  expect(reportToCsv([{ at: NOW.toISOString(), status: 'applied', job: corrected }])).toContain('Acme Robotics');
});

test('the JSON backup carries both the values read and the corrections, and reads back the same', () => {
  const text = jobsToJson([corrected], NOW);
  const [back] = parseJsonBackup(text);
  expect(back?.posting.company).toBe('Acme | Careers');
  expect(back?.corrections).toEqual(corrected.corrections);
  expect(JSON.parse(text).version).toBe(BACKUP_VERSION);
});

test('a backup with a hostile correction is refused, saying which job and why', () => {
  const hostile = {
    ...corrected,
    corrections: { facts: { company: { value: { toString: 1 }, at: NOW.toISOString() } }, moves: [] },
  };
  expect(() => parseJsonBackup(jobsToJson([hostile as never]))).toThrow(/Job 1 .* corrected company is not valid/);
});

test('merging takes the corrections with the posting of the later edit', () => {
  const older = { ...corrected, corrections: undefined, updatedAt: '2026-01-01T00:00:00.000Z' };
  const [merged] = planImport([older], [corrected]).write;
  expect(merged?.corrections).toEqual(corrected.corrections);
});

const rule = {
  id: 'r1',
  site: 'remotewlb.com',
  at: NOW.toISOString(),
  from: { jobId: corrected.id, title: 'Engineer' },
  kind: 'company-suffix',
  suffix: 'Talent Team',
} as const;

test('the backup carries every site rule, and reads them back', () => {
  const back = parseBackup(jobsToJson([corrected], NOW, [rule]));
  expect(back.rules).toEqual([rule]);
  // A backup of version 2 had no rules: it reads with none.
  const v2 = JSON.stringify({ format: 'jobmark-backup', version: 2, jobs: [] });
  expect(parseBackup(v2).rules).toEqual([]);
});

test('a backup holding a hostile rule is refused whole, saying which rule and why', () => {
  const text = jobsToJson([corrected], NOW).replace(
    '"rules": []',
    JSON.stringify({ rules: [{ ...rule, kind: 'script', code: 'alert(1)' }] }).slice(1, -1),
  );
  expect(() => parseBackup(text)).toThrow(
    'Rule 1 in this backup is not valid: its "kind" "script" is not a kind of rule Jobmark knows.',
  );
});

test('the backup carries added items, the reader’s own result beside a posting rules changed, and every kind of rule', () => {
  const read = { ...corrected.posting, company: 'Acme Talent Team' };
  const withAdds = applyPatch(
    { ...corrected, read },
    { correct: { kind: 'add', to: 'benefits', text: 'A four-day week', path: [1, 3] } },
    NOW,
  );
  const rules = [
    {
      id: 'b',
      site: 'jobs.lever.co',
      board: 'acme',
      at: NOW.toISOString(),
      from: null,
      kind: 'posting',
      path: '/acme/1',
    },
    {
      id: 'p',
      site: 'jobs.lever.co',
      board: 'acme',
      at: NOW.toISOString(),
      from: null,
      kind: 'place-label',
      label: 'Home port:',
    },
  ] as const;
  const back = parseBackup(jobsToJson([withAdds], NOW, [...rules]));
  expect(back.jobs[0]?.corrections?.adds).toEqual([
    { to: 'benefits', text: 'A four-day week', path: [1, 3], at: NOW.toISOString() },
  ]);
  expect(back.jobs[0]?.read).toEqual(read);
  expect(back.rules).toEqual(rules);
  // A reading kept beside the posting that is not one is refused with the file.
  const hostile = jobsToJson([{ ...withAdds, read: { ...read, url: 'javascript:alert(1)' } }], NOW);
  expect(() => parseBackup(hostile)).toThrow(/reading's "url"/);
});
