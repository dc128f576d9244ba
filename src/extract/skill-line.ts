// Reads one line of the skills data (skills-data.ts) into a Technology. The data is written
// as text, one technology a line, rather than as object literals: the page reader carries it
// on every posting, and the text is a third smaller and costs the browser less to parse.
//
//   Go | aka Golang, Go lang | cased | context language | group language | not-before to, ahead
//
// The name first, then fields after " | ": a key alone for a flag, or a key, a space and a
// value (a list's items separated by ", "). A line the reader cannot take stops the module
// from loading, so a typo fails every test at once rather than losing a skill quietly.

/**
 * What makes an ambiguous name count:
 * - 'language': in a list with another technology ("Go, Java"), after words
 *   like "in", "using", "embedded", or before "programming", "developer"...
 * - 'cue': the same list rule, weaker words before ("with Spark") and the same
 *   words after ("Spark jobs").
 * - 'strong': a vendor that is often the employer (Datadog, Databricks): only
 *   in a list with other technologies or after phrases like "experience with",
 *   "such as", "e.g.".
 * - 'list': only in a list with other technologies (or after strong phrases).
 * - 'office': only in a list with other office applications ("Word, Excel").
 * - 'never': the bare name never counts; only the aliases do.
 */
export type SkillContext = 'language' | 'cue' | 'strong' | 'list' | 'office' | 'never';

export interface Technology {
  name: string;
  aliases?: readonly string[];
  exactAliases?: readonly string[];
  contextAliases?: readonly string[];
  /** The context `contextAliases` need, if not the name's (default 'cue'). */
  aliasContext?: SkillContext;
  caseSensitive?: boolean;
  context?: SkillContext;
  /** 'office' names vouch for each other in lists ("Word, Excel, Access"). */
  group?: 'language' | 'office';
  /** Next words that show the name is the English word ("Excel at", "Go to"). */
  notBefore?: readonly string[];
}

const CONTEXTS: readonly string[] = ['language', 'cue', 'strong', 'list', 'office', 'never'];
const isContext = (v: string): v is SkillContext => CONTEXTS.includes(v);
const isGroup = (v: string): v is 'language' | 'office' => v === 'language' || v === 'office';
const list = (v: string): string[] => v.split(', ');

/** Sets one field on `t`; false where the key or its value is not one the data may hold. */
function setField(t: Technology, key: string, v: string): boolean {
  if (key === 'cased' && !v) t.caseSensitive = true;
  else if (!v) return false;
  else if (key === 'aka') t.aliases = list(v);
  else if (key === 'exact') t.exactAliases = list(v);
  else if (key === 'context-aliases') t.contextAliases = list(v);
  else if (key === 'not-before') t.notBefore = list(v);
  else if (key === 'context' && isContext(v)) t.context = v;
  else if (key === 'alias-context' && isContext(v)) t.aliasContext = v;
  else if (key === 'group' && isGroup(v)) t.group = v;
  else return false;
  return true;
}

export function parseSkillLine(line: string): Technology {
  const [name, ...fields] = line.split(' | ');
  if (!name?.trim() || name !== name.trim()) throw new Error(`skills data: no name in "${line}"`);
  const t: Technology = { name };
  for (const field of fields) {
    const space = field.indexOf(' ');
    const ok = space < 0 ? setField(t, field, '') : setField(t, field.slice(0, space), field.slice(space + 1));
    if (!ok) throw new Error(`skills data: "${field}" in "${line}" is not a field the reader knows`);
  }
  return t;
}
