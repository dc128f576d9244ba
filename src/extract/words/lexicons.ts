// Every language Jobmark reads, by its code (the primary subtag of a page's lang attribute), in
// the order their words are tried. Norwegian before Danish: "lønn" must be tried before "løn",
// or a pay word's match ends short (the last pay word before an amount counts).
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { it } from './it';
import type { Lexicon } from './lexicon';
import { nl } from './nl';
import { no } from './no';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';

export const LEXICONS = { en, de, fr, es, pt, it, nl, cs, pl, sv, no, da, fi } as const satisfies Readonly<
  Record<string, Lexicon>
>;
export type LanguageCode = keyof typeof LEXICONS;
/** Every code, in LEXICONS order. */
export const LANGUAGE_CODES = Object.keys(LEXICONS) as LanguageCode[];
export const isLanguageCode = (code: string): code is LanguageCode => Object.hasOwn(LEXICONS, code);
