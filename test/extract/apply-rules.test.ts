// Site rules applied to what the reader read: each kind of rule on a real page
// of a site, only on its own site, and the headings the reader records for them.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { main, parseHtml } from '../../src/cli/main';
import { applyRules, placeAfter } from '../../src/extract/apply-rules';
import { extractJob } from '../../src/extract/index';
import type { SiteRule } from '../../src/model/site-rules';

const page = (n: 1 | 2) => readFileSync(join(import.meta.dirname, '../e2e/pages', `northwind-${n}.html`), 'utf8');
const URL2 = 'https://www.remotewlb.com/apply/perception-engineer';
const read = (rules: SiteRule[] = [], url = URL2) => extractJob(parseHtml(page(2), url), url, rules);
const base = {
  id: 'r1',
  site: 'remotewlb.com',
  at: '2026-03-02T09:00:00.000Z',
  from: { jobId: 'j1', title: 'Senior Robotics Engineer' },
};

test('the reader records the heading each item stood under', () => {
  const p = read();
  expect(p.provenance.requirements?.under).toEqual([
    'What you bring',
    'What you bring',
    'What you bring',
    'Sparkles on top',
    'Sparkles on top',
  ]);
  expect(p.provenance.benefits?.under).toEqual(['Why Northwind', 'Why Northwind']);
});

test('the heading an item stood under may be the last one inside an earlier block, nested deep', () => {
  const html =
    '<html><body><main><h1>Data Engineer</h1><section><div><h2>About us</h2><p>We sell maps.</p><div><h3>What you bring</h3></div></div></section>' +
    '<ul><li>Five years of SQL</li><li>Experience with Python</li></ul><h3>What we offer</h3><ul><li>Stock options</li><li>Free lunch</li></ul></main></body></html>';
  const p = extractJob(parseHtml(html, 'https://example.org/jobs/1'), 'https://example.org/jobs/1');
  expect(p.provenance.requirements?.under).toEqual(['What you bring', 'What you bring']);
});

test('a heading rule moves that heading’s items to its part, with their places on the page', () => {
  const before = read();
  const p = read([{ ...base, kind: 'heading', heading: 'sparkles on top:', part: 'niceToHave' }]);
  expect(p.niceToHave).toEqual(['Experience with lidar point clouds', 'Experience with CUDA and GPU programming']);
  expect(p.requirements).toHaveLength(3);
  expect(p.provenance.niceToHave?.at).toEqual(before.provenance.requirements?.at.slice(3));
  expect(p.provenance.niceToHave?.under).toEqual(['Sparkles on top', 'Sparkles on top']);
});

test('a heading rule to "not part of the posting" leaves its items out', () => {
  const p = read([{ ...base, kind: 'heading', heading: 'Why Northwind', part: 'none' }]);
  expect(p.benefits).toEqual([]);
  expect(p.provenance.benefits).toBeUndefined();
});

test('a company rule drops the words this site adds to the name', () => {
  expect(read().company).toBe('Northwind Robotics Talent Team');
  expect(read([{ ...base, kind: 'company-suffix', suffix: 'talent team' }]).company).toBe('Northwind Robotics');
});

test('a page rule says pages under a path are no posting', () => {
  const rule: SiteRule = { ...base, kind: 'not-posting', path: '/apply/' };
  expect(read([rule]).isJobPosting).toBe(false);
  expect(read([{ ...rule, path: '/search' }]).isJobPosting).toBe(true);
});

test("another site's rules change nothing, and no rules is the reader's own result", () => {
  const elsewhere: SiteRule = { ...base, site: 'jobs.lever.co', kind: 'company-suffix', suffix: 'Talent Team' };
  expect(read([elsewhere])).toEqual(read());
  const p = read();
  expect(applyRules(p, [])).toBe(p);
});

test('the CLI takes a rules file, and refuses one holding a hostile rule', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'jobmark-rules-'));
  const file = join(import.meta.dirname, '../e2e/pages/northwind-2.html');
  const rules = join(dir, 'rules.json');
  writeFileSync(rules, JSON.stringify({ rules: [{ ...base, kind: 'company-suffix', suffix: 'Talent Team' }] }));
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    expect(await main(['extract', file, '--url', URL2, '--rules', rules])).toBe(0);
    expect(JSON.parse(String(out.mock.calls[0]?.[0])).company).toBe('Northwind Robotics');
    writeFileSync(rules, JSON.stringify([{ ...base, kind: 'script', code: 'alert(1)' }]));
    expect(await main(['extract', file, '--url', URL2, '--rules', rules])).toBe(1);
    expect(String(err.mock.calls[0]?.[0])).toMatch(/Rule 1 .* is not a kind of rule Jobmark knows/);
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
});

test('a page rule that says pages under a path are postings wins over a shorter one that says they are not', () => {
  const none: SiteRule = { ...base, id: 'r2', kind: 'not-posting', path: '/apply/' };
  const posting: SiteRule = { ...base, id: 'r3', kind: 'posting', path: '/apply/perception' };
  expect(read([none, posting]).isJobPosting).toBe(true);
  expect(read([none, posting]).title).toBe(read().title);
  // A posting rule on a page the reader reads as one changes nothing.
  expect(read([posting])).toEqual(read());
});

test('on a job system of many companies, a rule for one company’s board changes only that board’s pages', () => {
  const url = (company: string) => `https://boards.greenhouse.io/${company}/jobs/4002`;
  const rule: SiteRule = {
    ...base,
    site: 'boards.greenhouse.io',
    board: 'northwind',
    kind: 'heading',
    heading: 'Sparkles on top',
    part: 'niceToHave',
  };
  expect(read([rule], url('northwind')).niceToHave).toHaveLength(2);
  expect(read([rule], url('globex')).niceToHave).toHaveLength(0);
  // A rule for the whole host (none of a board) reads every board so.
  const { board: _one, ...everywhere } = rule;
  expect(read([everywhere as SiteRule], url('globex')).niceToHave).toHaveLength(2);
});

test('a place rule reads the place the site writes after its label, in the line or on the next', () => {
  expect(placeAfter('Title\nHome port: Porto\nMore', 'Home port:')).toBe('Porto');
  expect(placeAfter('Title\nhome PORT – Aveiro, Portugal', 'Home port')).toBe('Aveiro, Portugal');
  expect(placeAfter('Title\nHome port\nAveiro\nMore', 'Home port:')).toBe('Aveiro');
  // Not another word that starts so, nor a line that is no place.
  expect(placeAfter('Home ports we serve: 12', 'Home port:')).toBeNull();
  expect(placeAfter('Home port: 1234', 'Home port:')).toBeNull();
  expect(placeAfter('Home port: ' + 'x'.repeat(101), 'Home port:')).toBeNull();
  expect(placeAfter('Nothing here', 'Home port:')).toBeNull();
});

test('a place rule makes the labelled place the posting’s place, on its own site only', () => {
  const harbor = readFileSync(join(import.meta.dirname, '../e2e/pages/harbor-2.html'), 'utf8');
  const url = 'https://apply.workable.com/tidewater/j/1002';
  const rule: SiteRule = {
    ...base,
    site: 'apply.workable.com',
    board: 'tidewater',
    kind: 'place-label',
    label: 'Home port:',
  };
  const reading = (rules: SiteRule[], at = url) => extractJob(parseHtml(harbor, at), at, rules);
  expect(reading([]).locations).toEqual([]);
  expect(reading([rule]).locations).toEqual(['Aveiro']);
  expect(reading([rule], 'https://apply.workable.com/globex/j/1002').locations).toEqual([]);
});
