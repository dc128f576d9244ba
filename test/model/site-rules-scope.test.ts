// What a rule is for (a site, or one company's board on a job system of many
// companies), the rules a person states of a page (a posting, or not one), and the
// checks every rule from a file passes.
import { expect, test } from 'vitest';
import { shownPosting } from '../../src/model/corrections';
import { applyPatch } from '../../src/model/job-patch';
import { rulesLearnt } from '../../src/model/learn-rules';
import { describeRule, describeScope, pageSays, type SiteRule, sameSubject, scopeOf } from '../../src/model/site-rules';
import { correctionEditProblem } from '../../src/model/validate-corrections';
import { ruleProblem } from '../../src/model/validate-rules';
import { makeJob } from '../export/make-job';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const base = { id: 'r', site: 'remotewlb.com', at: NOW.toISOString(), from: null };
const page = (kind: 'posting' | 'not-posting', path: string, at = base.at): SiteRule => ({
  ...base,
  id: `${kind}${path}`,
  kind,
  path,
  at,
});

test('on a job system of many companies, a page’s scope is the company’s board; elsewhere its host', () => {
  expect(scopeOf('https://boards.greenhouse.io/Northwind/jobs/4001')).toEqual({
    site: 'boards.greenhouse.io',
    board: 'northwind',
  });
  expect(scopeOf('https://jobs.lever.co/acme/1234')).toEqual({ site: 'jobs.lever.co', board: 'acme' });
  expect(scopeOf('https://www.remotewlb.com/apply/1')).toEqual({ site: 'remotewlb.com' });
  // A path that names no board (the system's own pages) is the host.
  expect(scopeOf('https://boards.greenhouse.io/')).toEqual({ site: 'boards.greenhouse.io' });
  expect(scopeOf('https://jobs.lever.co/%3Cscript%3E/1')).toEqual({ site: 'jobs.lever.co' });
});

test('a rule learnt on a company’s board is for that board, and says so', () => {
  const job = makeJob({ url: 'https://jobs.lever.co/acme/1', company: 'Acme Talent Team' });
  const [rule] = rulesLearnt(job, { kind: 'fact', field: 'company', value: 'Acme' }, NOW, () => 'n');
  expect(rule).toMatchObject({ site: 'jobs.lever.co', board: 'acme', kind: 'company-suffix' });
  expect(describeScope(rule!)).toBe('The board of “acme” on jobs.lever.co');
  expect(describeScope({ site: 'remotewlb.com' })).toBe('Every page of remotewlb.com');
  expect(ruleProblem(rule)).toBeNull();
});

test('a page is a posting or not by the rule of the longest path it lies under; for one path the newer says', () => {
  const url = 'https://www.remotewlb.com/jobs/view/7';
  expect(pageSays(url, [])).toBeNull();
  expect(pageSays(url, [page('not-posting', '/jobs/')])).toBe('not-posting');
  expect(pageSays(url, [page('not-posting', '/jobs/'), page('posting', '/jobs/view/')])).toBe('posting');
  expect(pageSays(url, [page('posting', '/jobs/', '2026-01-01T00:00:00.000Z'), page('not-posting', '/jobs/')])).toBe(
    'not-posting',
  );
  expect(pageSays('https://globex.example/jobs/view/7', [page('posting', '/jobs/')])).toBeNull();
  // "A posting" and "not a posting" of one path are one subject: the newer replaces the older.
  expect(sameSubject(page('posting', '/a'), page('not-posting', '/a'))).toBe(true);
  expect(sameSubject(page('posting', '/a'), page('posting', '/b'))).toBe(false);
  expect(describeRule(page('posting', '/apply/x'))).toBe('Pages under /apply/x are job postings');
});

test('a hostile rule of the new kinds is refused, saying what is wrong', () => {
  expect(ruleProblem(page('posting', '/apply'))).toBeNull();
  expect(ruleProblem(page('posting', 'apply'))).toMatch(/path beginning with \//);
  expect(ruleProblem({ ...page('posting', '/a'), code: 'x' })).toMatch(/fields a page rule has not/);
  expect(ruleProblem({ ...page('posting', '/a'), board: '../evil' })).toMatch(/"board"/);
  expect(ruleProblem({ ...page('posting', '/a'), board: 'acme' })).toBeNull();
  expect(ruleProblem({ ...page('posting', '/a'), board: 7 })).toMatch(/"board"/);
});

test('a place marked on the page after its label adds it to the places and teaches where the site writes it', () => {
  const job = makeJob({ url: 'https://apply.workable.com/tidewater/j/1', posting: { locations: [] } as never });
  const edit = { kind: 'place', text: ' Porto ', label: 'Home port:' } as const;
  const [rule] = rulesLearnt(job, edit, NOW, () => 'n');
  expect(rule).toMatchObject({
    site: 'apply.workable.com',
    board: 'tidewater',
    kind: 'place-label',
    label: 'Home port:',
  });
  expect(describeRule(rule!)).toBe('The place is what follows “Home port:”');
  expect(ruleProblem(rule)).toBeNull();
  // Marked with no label before it: a place for this job, and nothing for the site.
  expect(rulesLearnt(job, { ...edit, label: null }, NOW)).toEqual([]);
  const corrected = applyPatch(job, { correct: edit }, NOW);
  expect(shownPosting(corrected).locations).toEqual(['Porto']);
  expect(applyPatch(corrected, { correct: edit }, NOW).corrections).toEqual(corrected.corrections);
  // One place rule per site: a newer label replaces the older.
  expect(sameSubject(rule!, { ...rule!, id: 'o', label: 'Where:' } as SiteRule)).toBe(true);
});

test('a hostile place or place rule is refused, saying why', () => {
  expect(correctionEditProblem({ kind: 'place', text: 'Porto', label: null })).toBeNull();
  expect(correctionEditProblem({ kind: 'place', text: 'Porto', label: 'x'.repeat(61) })).toMatch(/words before it/);
  expect(correctionEditProblem({ kind: 'place', text: 'x'.repeat(301), label: null })).toMatch(/at most 300/);
  expect(correctionEditProblem({ kind: 'place', text: 'Porto', label: null, path: [1] })).toMatch(/names its text/);
  const rule = { ...base, kind: 'place-label', label: 'Home port:' };
  expect(ruleProblem(rule)).toBeNull();
  expect(ruleProblem({ ...rule, label: '12345' })).toMatch(/"label"/);
  expect(ruleProblem({ ...rule, label: 'x'.repeat(61) })).toMatch(/"label"/);
  expect(ruleProblem({ ...rule, selector: 'div.k + span' })).toMatch(/fields a place rule has not/);
});
