// Spoken languages a posting asks for ("fluent English", "Deutschkenntnisse", "znalost AJ").
import type { FoundInText } from '../types';
import { currentWords } from '../words';
import type { SpokenLanguage } from '../words/lexicon';
import { sentenceAfter, sentenceBefore } from './sentence';

/**
 * Spoken languages a posting asks for, as English names in order of first
 * mention. A name counts only with a requirement word in its sentence
 * ("fluent English and German", "German (C1)", "Czech is a must",
 * "Deutschkenntnisse", "znalost angličtiny"); a language switcher or the
 * language the page is written in does not. Found where the first of them is named.
 */
export function spokenLanguagesIn(text: string): FoundInText<string[]> | null {
  const {
    COMPOUND_CUE,
    LANGUAGE_CUE,
    LANGUAGE_NAMES,
    LANGUAGE_OF_GROUP,
    LANGUAGE_ABBREVIATIONS,
    LANGUAGE_BY_ABBREVIATION,
  } = currentWords();
  if (!text) return null;
  const found = new Map<SpokenLanguage, number>();
  const consider = (name: SpokenLanguage, start: number, end: number, form: string): void => {
    if (found.has(name)) return;
    // Compound forms carry their own cue: "Deutschkenntnisse", "englischsprachig".
    const around = `${sentenceBefore(text, start, 60)} ${sentenceAfter(text, end, 60)}`;
    if (COMPOUND_CUE.test(form) || LANGUAGE_CUE.test(around)) found.set(name, start);
  };
  LANGUAGE_NAMES.lastIndex = 0;
  for (let match = LANGUAGE_NAMES.exec(text); match; match = LANGUAGE_NAMES.exec(text)) {
    const name = LANGUAGE_OF_GROUP[match.slice(1).findIndex((group) => group !== undefined)];
    if (name) consider(name, match.index, match.index + match[0].length, match[0]);
  }
  // Where none of the page's languages writes one (English alone), the pattern of abbreviations has
  // no alternative and can match nothing: it is not run, at each place of the text, for nothing.
  if (LANGUAGE_BY_ABBREVIATION.size) {
    LANGUAGE_ABBREVIATIONS.lastIndex = 0;
    for (let match = LANGUAGE_ABBREVIATIONS.exec(text); match; match = LANGUAGE_ABBREVIATIONS.exec(text)) {
      const name = LANGUAGE_BY_ABBREVIATION.get(match[1]!);
      if (name) consider(name, match.index, match.index + match[1]!.length, match[0]);
    }
  }
  if (!found.size) return null;
  // Order of mention (of the mention that counted), abbreviations included.
  const mentions = [...found.entries()].sort((a, b) => a[1] - b[1]);
  return { value: mentions.map(([name]) => name), at: mentions[0]![1] };
}
