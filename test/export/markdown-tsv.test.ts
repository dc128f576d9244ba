import { expect, test } from 'vitest';
import { escapeMarkdown, jobsToMarkdown } from '../../src/export/markdown';
import { jobsToTsv } from '../../src/export/tsv';
import { makeJob } from './make-job';

test('a Markdown shortlist links each job and lists its facts and notes', () => {
  const md = jobsToMarkdown(
    [makeJob({ title: 'Go Engineer', company: 'Acme', url: 'https://x.com/a', tags: ['remote'], notes: 'Call Ana' })],
    'Lisbon shortlist',
  );
  expect(md).toBe(
    '# Lisbon shortlist (1 job)\n\n' +
      '- **[Go Engineer](https://x.com/a)**\n' +
      '  Acme · Lisbon, Portugal · Hybrid · €60k–80k · status: saved · tags: remote\n' +
      '  > Call Ana\n',
  );
});

test('posting text cannot become markup, and only web addresses become links', () => {
  expect(escapeMarkdown('# [click](javascript:x) <img src=x> *bold*')).toBe(
    '\\# \\[click\\](javascript:x) \\<img src=x\\> \\*bold\\*',
  );
  const md = jobsToMarkdown([makeJob({ title: 'X', url: 'javascript:alert(1)' })]);
  expect(md).toContain('- **X**');
  expect(md).not.toContain('](javascript');
  expect(jobsToMarkdown([makeJob({ url: 'https://x.com/a (b)' })])).toContain('](https://x.com/a%20%28b%29)');
});

test("addresses in posting text and notes never become links; only the job's own link is one", () => {
  const md = jobsToMarkdown([
    makeJob({
      title: 'Apply at https://evil.example/x',
      company: 'www.evil.example',
      url: 'https://jobs.example.com/1',
      posting: { ...makeJob().posting, locations: ['HTTP://EVIL.EXAMPLE', 'ftp://files.evil.example'] },
      tags: ['mail bob@evil.example'],
      notes: 'write to first.last+jobs@evil.example or mailto:x@evil.example, see evil.example and WWW.Evil.Example',
    }),
  ]);
  // GitHub-flavoured Markdown autolinks (cmark-gfm's autolink extension):
  // "www." and a domain; http://, https:// or ftp:// and a domain; and an e-mail
  // address, which cmark-gfm recognises after escapes are resolved, so a backslash
  // before "@" does not stop it: a word joiner (U+2060, invisible) before it does.
  const outsideLinkTargets = md.replace(/\]\(https:\/\/jobs\.example\.com\/1\)/, '');
  expect(outsideLinkTargets).not.toMatch(/(?:https?|ftp):\/\//i);
  expect(outsideLinkTargets).not.toMatch(/www\./i);
  expect(outsideLinkTargets).not.toMatch(/[\w.+-]@/);
  expect(outsideLinkTargets).not.toMatch(/[\w-]\.[\w-]/);
  expect(md).toContain('- **[Apply at https\\://evil\\.example/x](https://jobs.example.com/1)**');
  expect(md).toContain('  www\\.evil\\.example · HTTP\\://EVIL\\.EXAMPLE, ftp\\://files\\.evil\\.example ·');
  expect(md).toContain('tags: mail bob\u2060@evil\\.example');
  expect(md).toContain(
    '  > write to first\\.last+jobs\u2060@evil\\.example or mailto:x\u2060@evil\\.example, see evil\\.example and WWW\\.Evil\\.Example',
  );
  // The visible text is unchanged: remove the backslash escapes and the word joiners.
  expect(md.replace(/\\(.)/g, '$1').replace(/\u2060/g, '')).toContain(
    'write to first.last+jobs@evil.example or mailto:x@evil.example, see evil.example and WWW.Evil.Example',
  );
});

test('copy as table: tab-separated, one line per job, tabs and line breaks inside cells flattened', () => {
  const tsv = jobsToTsv([makeJob({ title: 'A\tB', notes: 'one\ntwo', company: '=evil' })]);
  const [header, row] = tsv.trimEnd().split('\n');
  expect(header?.split('\t')[0]).toBe('title');
  const cells = row!.split('\t');
  expect(cells).toHaveLength(header!.split('\t').length);
  expect(cells[0]).toBe('A B');
  expect(cells[1]).toBe("'=evil");
  expect(cells.at(-1)).toBe('one two');
});
