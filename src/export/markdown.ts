// A shortlist as Markdown, to paste into notes or send to someone: a heading,
// then one list item per job with its link, company, place, salary, status, tags
// and notes. Posting text is escaped so it cannot turn into links, headings or
// HTML in the reader's Markdown viewer.
import { shownPosting } from '../model/corrections';
import type { SavedJob } from '../model/saved-job';
import type { FitText } from './csv';
import { companyOf, isWebUrl, salaryOf, titleOf, workplaceOf } from './fields';

/**
 * Text that Markdown (CommonMark, GFM) shows as written: inline markup characters
 * are backslashed, and so is anything at the start that would open a block (a
 * heading, a list, a quote). Line breaks become spaces: one item, one line.
 *
 * Addresses in the text must not become links either (GFM autolinks "www.x.y",
 * "https://x.y", "ftp://x.y" and e-mail addresses; markdown-it's linkify also bare
 * "x.com"). The visible text stays the same:
 * - the colon of "scheme://" and every dot inside a word ("evil.example", "www.x")
 *   are backslashed: GFM finds web addresses while it reads the escapes, so "\:"
 *   and "\." end them;
 * - "@" gets a word joiner (U+2060, invisible, no break) before it: cmark-gfm, the
 *   GitHub renderer, finds e-mail addresses after escapes are resolved, so "a\@b"
 *   is still linked; a character that cannot be in an address is not.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/(?<=[a-z0-9])(:)(?=\/\/)|(?<=[\p{L}\p{N}_-])(\.)(?=[\p{L}\p{N}_-])/giu, '\\$&')
    .replace(/@/g, '\u2060@')
    .replace(/^([#+\-=>]|\d+[.)])/, (m) => `${m.slice(0, -1)}\\${m.slice(-1)}`);
}

/** Parentheses and spaces would end a link's address early. */
const linkTarget = (url: string) => url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function item(job: SavedJob, fit: FitText | undefined): string {
  const title = escapeMarkdown(titleOf(job));
  const head = isWebUrl(job.url) ? `[${title}](${linkTarget(job.url)})` : title;
  const facts = [
    companyOf(job),
    shownPosting(job).locations.join(', '),
    workplaceOf(job),
    salaryOf(job),
    `status: ${job.status}`,
    job.tags.length ? `tags: ${job.tags.join(', ')}` : '',
    fit ? `fit: ${fit(job)}` : '',
  ]
    .filter(Boolean)
    .map(escapeMarkdown);
  const lines = [`- **${head}**`, `  ${facts.join(' · ')}`];
  const notes = job.notes.trim();
  if (notes) for (const line of notes.split(/\r?\n/)) if (line.trim()) lines.push(`  > ${escapeMarkdown(line)}`);
  return lines.join('\n');
}

/** With `fit` (the person has a profile), each job says how it fits them. */
export function jobsToMarkdown(jobs: readonly SavedJob[], title = 'Shortlist', fit?: FitText): string {
  const count = `${jobs.length} ${jobs.length === 1 ? 'job' : 'jobs'}`;
  return `# ${escapeMarkdown(title)} (${count})\n\n${jobs.map((job) => item(job, fit)).join('\n')}\n`;
}
