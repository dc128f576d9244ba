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
