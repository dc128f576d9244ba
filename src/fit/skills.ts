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

/** The key two spellings of one skill share. */
export function skillKey(name: string): string {
  return fold(canonicalSkill(name));
}
