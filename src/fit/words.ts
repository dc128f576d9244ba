// The words the fit and the CV reader need beyond the extractor's lexicons, per
// language: data, never inside a function. Matched on folded text (extract/text.ts fold).

/** Words that make a requirement's skills alternatives: "Python or Go", "Java oder Kotlin", "React ou Vue". */
export const EITHER_WORDS: readonly string[] = [
  // en
  'or',
  'either',
  'any of',
  'one of',
  // de
  'oder',
  'eine der',
  'einer der',
  // fr
  'ou',
  "l'un des",
  "l'une des",
  // es, pt, it ('of', Dutch for "or", is left out: it is the English "of")
  'o',
  'oppure',
];

/** Headings of a CV's part on work history, where date ranges count towards years of experience. */
export const CV_EXPERIENCE_HEADINGS: readonly string[] = [
  // en
  'experience',
  'work experience',
  'professional experience',
  'employment',
  'employment history',
  'work history',
  'career',
  // de
  'berufserfahrung',
  'berufliche erfahrung',
  'beruflicher werdegang',
  'werdegang',
  'erfahrung',
  // fr
  'experience professionnelle',
  'experiences professionnelles',
  'experiences',
  'parcours professionnel',
];

/** Headings of a CV's part listing the languages the person speaks: every language named there counts. */
export const CV_LANGUAGE_HEADINGS: readonly string[] = [
  'languages',
  'language skills',
  'sprachen',
  'sprachkenntnisse',
  'langues',
  'competences linguistiques',
];

/** Headings that end a part (with the two kinds above). */
export const CV_OTHER_HEADINGS: readonly string[] = [
  // en
  'education',
  'skills',
  'technical skills',
  'languages',
  'projects',
  'certifications',
  'interests',
  'publications',
  'references',
  'summary',
  'profile',
  // de
  'ausbildung',
  'bildung',
  'studium',
  'kenntnisse',
  'fahigkeiten',
  'sprachen',
  'sprachkenntnisse',
  'projekte',
  'zertifikate',
  'interessen',
  'hobbys',
  // fr
  'formation',
  'formations',
  'diplomes',
  'competences',
  'competences techniques',
  'langues',
  'projets',
  'certifications',
  "centres d'interet",
  'loisirs',
];

/** Words for a job still held, closing a date range: "2019 – present", "seit 2020 – heute", "2021 – aujourd'hui". */
export const CV_NOW_WORDS: readonly string[] = [
  'present',
  'now',
  'current',
  'today',
  'heute',
  'jetzt',
  'laufend',
  'aktuell',
  "aujourd'hui",
  'actuel',
  'actuellement',
  'en cours',
];
