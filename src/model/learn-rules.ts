// The rule a correction teaches, where one can be stated for the whole site:
// a heading's items moved together ("Extra credit" is nice-to-have here), a
// company name corrected by dropping words at its end ("| Careers" is not part
// of the name here), or a place marked on the page after its label ("the place
// is what follows 'Office base:' here"). A correction of one item, or a name changed outright, says
// nothing about the site's other pages, and teaches nothing.
import type { CorrectionEdit } from './correction-edit';
import type { SavedJob } from './saved-job';
import { type SiteRule, scopeOf } from './site-rules';
import { ruleProblem } from './validate-rules';

/** What is left between the name kept and the words dropped: separators, not words. */
const SEPARATORS = /^[\s|·•,:;–—-]+|[\s|·•,:;–—-]+$/g;

/** The words a corrected company name drops from the end of the name read; null when it drops none. */
export function droppedSuffix(read: string | null, corrected: string | null): string | null {
  if (!read || !corrected) return null;
  const [r, c] = [read.trim(), corrected.trim()];
  if (r.length <= c.length || !r.toLowerCase().startsWith(c.toLowerCase())) return null;
  const rest = r.slice(c.length);
  // "Acme" from "Acmeco" drops part of a word, not words.
  if (!/^[\s|·•,:;–—(-]/.test(rest)) return null;
  const suffix = rest.replace(SEPARATORS, '').length ? rest.trim() : null;
  return suffix && suffix.length <= 100 ? suffix : null;
}

/**
 * The rules a correction of `job` teaches. Only rules that pass the checks every rule from a file
 * passes: a heading's words come from the page, and a rule the backup would refuse is never kept.
 */
export function rulesLearnt(
  job: Pick<SavedJob, 'id' | 'posting'> & { url: string },
  edit: CorrectionEdit,
  now = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): SiteRule[] {
  // On a job system of many companies, the rule is for this company's board only.
  const scope = scopeOf(job.posting.url) ?? scopeOf(job.url);
  if (!scope) return [];
  const base = {
    id: newId(),
    ...scope,
    at: now.toISOString(),
    from: { jobId: job.id, title: job.posting.title ?? job.url },
  };
  const rules: SiteRule[] = [];
  if (edit.kind === 'heading') {
    rules.push({ ...base, kind: 'heading', heading: edit.heading.replace(/\s+/g, ' ').trim(), part: edit.to });
  } else if (edit.kind === 'place' && edit.label) {
    rules.push({ ...base, kind: 'place-label', label: edit.label.replace(/\s+/g, ' ').trim() });
  } else if (edit.kind === 'fact' && edit.field === 'company') {
    const suffix = droppedSuffix(job.posting.company, edit.value);
    if (suffix) rules.push({ ...base, kind: 'company-suffix', suffix });
  }
  return rules.filter((rule) => ruleProblem(rule) === null);
}
