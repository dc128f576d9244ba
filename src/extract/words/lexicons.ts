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

/**
 * The languages among `codes` whose words are not all here yet: none, every lexicon is imported.
 * The page reader is built with another module in this one's place (word-packs.ts), whose
 * languages but English bring most of their words later, in packs.
 */
export const missingWords = (_codes: Iterable<LanguageCode>): LanguageCode[] => [];
