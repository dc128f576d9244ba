// Finnish examples of the words in src/extract/words/fi.ts (what each group proves: ../lexicon-coverage.test.ts).
import type { Examples } from './types';

export const fi: Examples = {
  headings: {},
  partEnds: {},
  itemCues: {
    optionalEarly: ['Eduksi katsotaan kokemus Reactista'],
    requirement: ['Kokemus ohjelmistokehityksestä', 'Vahva Python-osaaminen', 'Soveltuva tutkinto'],
    benefit: ['Joustavat lomat', 'Kattava vakuutus', 'Kilpailukykyinen palkka'],
    duty: ['Kehittää palveluitamme', 'Vastata asiakkaiden kysymyksiin', 'Suunnitella uusia ominaisuuksia'],
  },
};
