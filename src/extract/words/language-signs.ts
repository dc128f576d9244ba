// What tells that a page is written in a language (page-languages.ts): its most common small
// words, and the letters of its alphabet that English never writes. Plain data, lower case.
// Each is a sign of one language only, so that a French page's "de", "la" and "en" do not take in
// Spanish, Dutch and Swedish too; Norwegian and Danish, written nearly alike, share theirs ("og",
// "ikke", "æ", "ø"), and a page in either reads both. Left out: English words ("a", "in", "to",
// "do", "no", "for", "as", "on", "we", "per"), since English is read on every page anyway; words of
// one letter ("e", "y", "v", "z"), which code, initials and "e.g." are full of; words several
// languages write (Finnish and German "ja", a yes/no table's); words of the web
// and of tech ("com", "ai", "non", "em"); and letters several languages write ("é", "à", "ä", "å").
import type { LanguageCode } from './lexicons';

export interface LanguageSigns {
  /** Very common function words (articles, conjunctions, prepositions, pronouns, forms of "be"), between spaces. */
  words: string;
  /** Letters of the language that English text does not use. */
  letters: string;
}

export const LANGUAGE_SIGNS: Readonly<Record<Exclude<LanguageCode, 'en'>, LanguageSigns>> = {
  de: {
    words:
      'und der das ist mit für nicht sie wir auf ein eine einen einer sich auch zu von bei oder sind werden uns ihre dich wie über im zum zur',
    letters: 'üß',
  },
  fr: {
    words: 'les est une pour dans avec sur nous vous qui aux par votre notre nos vos sont cette ses être',
    letters: 'âëîïûœ',
  },
  es: {
    words: 'el los las por como nuestro nuestra más sus',
    letters: 'ñ¿¡',
  },
  pt: {
    words: 'os dos das uma não você nosso nossa são ao seu',
    letters: 'ãõ',
  },
  it: {
    words: 'il gli della delle dei che di sono nel nella alla anche',
    letters: 'ìòù',
  },
  nl: {
    words: 'het een van voor met op jij wij ons onze zijn bij naar niet ook dat wordt jouw uit',
    letters: 'ĳ',
  },
  cs: {
    words: 'je ve pro jsou jsme nebo při také bude vás vám nás',
    letters: 'čďěňřšťůž',
  },
  pl: {
    words: 'się nie jest oraz dla lub są przez',
    letters: 'ąćęłńśźż',
  },
  sv: {
    words: 'och att är ett inte till våra ska också kommer',
    letters: '',
  },
  no: {
    words: 'og ikke til skal vil deg våre ønsker',
    letters: 'æø',
  },
  da: {
    words: 'og ikke til skal vil af vores',
    letters: 'æø',
  },
  fi: {
    words: 'ei että tai ovat myös sekä kanssa kun jos olet meidän sinä tämä joka mutta sinun olla',
    letters: '',
  },
};

/**
 * Languages read together: a page in one of them takes in the others, whose lexicons hold many of
 * its words spelled alike (Portuguese "candidatos" is French's "candidat…", Polish "benefity" is
 * Czech's, Dutch "vier" German's), often where its own lexicon has not yet listed them.
 */
export const READ_TOGETHER: readonly (readonly LanguageCode[])[] = [
  ['fr', 'es', 'pt', 'it'],
  ['cs', 'pl'],
  ['de', 'nl'],
  ['sv', 'no', 'da'],
];
