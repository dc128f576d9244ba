// Rules are learnt in the transaction that saves a correction, one per subject,
// read by site, and removed by id.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { notAPosting } from '../../src/model/posting';
import { updateJobs } from '../../src/store/bulk';
import { openStore } from '../../src/store/db';
import { saveJob, updateJob } from '../../src/store/jobs';
import { listRules, removeRule, rulesForSite } from '../../src/store/rules';

const posting = {
  ...notAPosting('https://www.remotewlb.com/apply/1'),
  isJobPosting: true,
  title: 'Robotics Engineer',
  company: 'Northwind Robotics Talent Team',
  requirements: ['Rust'],
  provenance: { requirements: { source: 'generic' as const, at: [null], under: ['Sparkles on top'] } },
};

test('a correction teaches its rule with it; a newer rule of the same subject replaces the older', async () => {
  const db = await openStore(`rules-${Math.random()}`);
  const { job } = await saveJob(db, posting);
  await updateJob(db, job.id, { correct: { kind: 'fact', field: 'company', value: 'Northwind Robotics' } });
  const heading = { kind: 'heading', heading: 'Sparkles on top', from: 'requirements' } as const;
  await updateJobs(db, [job.id], () => ({ correct: { ...heading, to: 'benefits' } }));
  await updateJobs(db, [job.id], () => ({ correct: { ...heading, to: 'niceToHave' } }));
  const rules = await rulesForSite(db, 'remotewlb.com');
  expect(rules.map((r) => r.kind).sort()).toEqual(['company-suffix', 'heading']);
  expect(rules.find((r) => r.kind === 'heading')).toMatchObject({ part: 'niceToHave', from: { jobId: job.id } });
  expect(await rulesForSite(db, 'jobs.lever.co')).toEqual([]);
  // A correction that states no rule (one item, a name changed outright) teaches nothing.
  await updateJob(db, job.id, { correct: { kind: 'fact', field: 'company', value: 'Globex' } });
  expect(await listRules(db)).toHaveLength(2);
  for (const rule of rules) await removeRule(db, rule.id);
  expect(await listRules(db)).toEqual([]);
});
