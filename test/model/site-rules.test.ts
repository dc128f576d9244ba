// What a correction teaches about a site, and the checks every rule from a file passes.
import { expect, test } from 'vitest';
import { droppedSuffix, rulesLearnt } from '../../src/model/learn-rules';
import { describeRule, type SiteRule, siteOf } from '../../src/model/site-rules';
import { parseRules, ruleProblem } from '../../src/model/validate-rules';
import { makeJob } from '../export/make-job';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const rule: SiteRule = {
  id: 'r1',
  site: 'remotewlb.com',
  at: NOW.toISOString(),
  from: { jobId: 'j1', title: 'Engineer' },
  kind: 'heading',
  heading: 'Sparkles on top',
  part: 'niceToHave',
};

test('a site is its host without www', () => {
  expect(siteOf('https://www.RemoteWLB.com/apply/x')).toBe('remotewlb.com');
  expect(siteOf('javascript:alert(1)')).toBeNull();
});

test('a name corrected by dropping words at its end teaches the words; any other change teaches nothing', () => {
  expect(droppedSuffix('Northwind Robotics Talent Team', 'Northwind Robotics')).toBe('Talent Team');
  expect(droppedSuffix('Acme | Careers', 'acme')).toBe('| Careers');
  expect(droppedSuffix('Acmeco', 'Acme')).toBeNull();
  expect(droppedSuffix('Acme', 'Globex')).toBeNull();
  expect(droppedSuffix('Acme -', 'Acme')).toBeNull();
});

test('moving a heading’s part and dropping a suffix teach rules for the job’s site', () => {
  const job = makeJob({ url: 'https://www.remotewlb.com/apply/1', company: 'Northwind Robotics Talent Team' });
  const id = () => 'new';
  const [heading] = rulesLearnt(
    job,
    { kind: 'heading', heading: ' Sparkles  on top ', from: 'requirements', to: 'niceToHave' },
    NOW,
    id,
  );
  expect(heading).toEqual({ ...rule, id: 'new', from: { jobId: job.id, title: job.posting.title } });
  const [suffix] = rulesLearnt(job, { kind: 'fact', field: 'company', value: 'Northwind Robotics' }, NOW, id);
  expect(suffix).toMatchObject({ kind: 'company-suffix', suffix: 'Talent Team' });
  expect(describeRule(suffix!)).toBe('“Talent Team” is not part of the company’s name');
  expect(rulesLearnt(job, { kind: 'move', from: 'requirements', text: '5 years of Go', to: 'none' }, NOW, id)).toEqual(
    [],
  );
});

test('a heading a page made too long for a rule teaches nothing, rather than a rule a backup would refuse', () => {
  const job = makeJob({ url: 'https://www.remotewlb.com/apply/1' });
  const heading = 'Sparkles '.repeat(30);
  expect(rulesLearnt(job, { kind: 'heading', heading, from: 'requirements', to: 'niceToHave' }, NOW)).toEqual([]);
});

test('a hostile rule is refused, saying what is wrong', () => {
  expect(ruleProblem(rule)).toBeNull();
  expect(ruleProblem({ ...rule, kind: 'script', code: 'fetch("//evil")' })).toMatch(/not a kind of rule/);
  expect(ruleProblem({ ...rule, run: 'alert(1)' })).toMatch(/fields a heading rule has not/);
  expect(ruleProblem({ ...rule, site: 'evil.com/../x' })).toMatch(/not a host name/);
  expect(ruleProblem({ ...rule, heading: 'x'.repeat(201) })).toMatch(/heading/);
  expect(ruleProblem({ ...rule, part: '__proto__' })).toMatch(/part/);
  expect(ruleProblem(JSON.parse(`{"__proto__": {"polluted": true}, "id": "x"}`))).toMatch(/not an object/);
  expect(() => parseRules([rule, { ...rule, at: 'yesterday' }], 'rules.json')).toThrow(
    'Rule 2 in rules.json is not valid: its "at" is not an ISO 8601 time.',
  );
});
