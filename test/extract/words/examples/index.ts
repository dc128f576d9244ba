// Every language's examples, by the language's key in LEXICONS (src/extract/words/index.ts).
import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { no } from './no';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';
import type { Examples } from './types';

export const EXAMPLES: Readonly<Record<string, Examples>> = { en, de, fr, es, pt, it, nl, cs, pl, sv, no, da, fi };
