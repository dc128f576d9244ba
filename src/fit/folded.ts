// Names (places, languages) folded once: postings name the same few hundred again
// and again, and folding (Unicode normalisation and five replacements) costs more
// than looking a name up.
import { fold } from '../extract/text';

const foldedNames = new Map<string, string>();

/** `fold(name)`, remembered. */
export function folded(name: string): string {
  let f = foldedNames.get(name);
  if (f === undefined) {
    f = fold(name);
    if (foldedNames.size > 20_000) foldedNames.clear(); // never let odd input grow it without end
    foldedNames.set(name, f);
  }
  return f;
}
