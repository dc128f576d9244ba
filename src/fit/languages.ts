// A spoken language's English name, however the person writes it ("Deutsch",
// "français", "english"), by the extractor's own lexicons of language names, so
// a profile's languages meet the names postings are read with.
import { allWords } from '../extract/words';

/** Every language named in `text`, as English names, in order. */
export function languagesNamed(text: string): string[] {
  const names: string[] = [];
  const { LANGUAGE_NAMES, LANGUAGE_OF_GROUP } = allWords();
  for (const match of text.matchAll(new RegExp(LANGUAGE_NAMES.source, LANGUAGE_NAMES.flags))) {
    const name = LANGUAGE_OF_GROUP[match.slice(1).findIndex((group) => group !== undefined)];
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** The English name of one language as a person wrote it; what they wrote, trimmed, where the lexicons know none. */
export function languageName(written: string): string {
  return languagesNamed(written)[0] ?? written.trim();
}
