// A skill's one name, whatever spelling a person or a posting uses: "Postgres"
// and "psql" are PostgreSQL, "K8s" is Kubernetes. Built once from the skills
// data the extractor reads postings with, so both sides name a skill alike.
import { TECHNOLOGIES } from '../extract/skills-data';
import { fold } from '../extract/text';

const CANONICAL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const t of TECHNOLOGIES) {
    for (const spelling of [t.name, ...(t.aliases ?? []), ...(t.exactAliases ?? []), ...(t.contextAliases ?? [])]) {
      const key = fold(spelling);
      // The first technology to claim a spelling keeps it (the data lists the likelier one first).
      if (!map.has(key)) map.set(key, t.name);
    }
  }
  return map;
})();

/** The skills data's name for `name` ("k8s" → "Kubernetes"), or the name itself, trimmed, where the data has none. */
export function canonicalSkill(name: string): string {
  return CANONICAL.get(fold(name)) ?? name.trim();
}

/** Keys already made: a posting's skills are a few hundred names over all saved jobs, each folded once. */
const keys = new Map<string, string>();

/** The key two spellings of one skill share. */
export function skillKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = fold(canonicalSkill(name));
    if (keys.size > 20_000) keys.clear(); // names typed by hand are few; never let odd input grow it without end
    keys.set(name, key);
  }
  return key;
}
