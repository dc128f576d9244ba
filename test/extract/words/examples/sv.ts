// Swedish examples of the words in src/extract/words/sv.ts (what each group proves: ../lexicon-coverage.test.ts).
import type { Examples } from './types';

export const sv: Examples = {
  headings: {
    notAPart: ['Personliga egenskaper'],
    responsibilities: [
      'Arbetsuppgifter',
      'Om tjänsten',
      'Fokusområden',
      'Hos oss får du chansen att:',
      'Ansvarsområden',
    ],
    requirements: [
      'Vem vi söker',
      'Vem du är',
      'Vem är du?',
      'Vi söker dig som',
      'Kvalifikationer',
      'Krav',
      'Din profil',
      'Du har',
      'Kvalifikationskrav',
    ],
    niceToHave: ['Meriterande', 'Det är meriterande om du har'],
    benefits: ['Vi erbjuder', 'Förmåner'],
    aboutJob: ['Om rollen'],
  },
  partEnds: {},
  itemCues: {
    optionalEarly: [
      'Meriterande är någon form av Marknads-/Säljutbildning',
      'Helst erfarenhet av Spring Boot',
      'Önskvärt är erfarenhet av Azure',
    ],
    optionalTail: ['Erfarenhet av Kotlin är meriterande'],
    requirement: [
      'Erfarenhet av projektledning',
      'Goda kunskaper i SQL',
      'Relevant utbildning inom ekonomi',
      'Du har god samarbetsförmåga',
      'Du är strukturerad och noggrann',
    ],
    benefit: ['Bidrag till friskvård', 'Tjänstepension', '30 dagars semester', 'Fast lön'],
    duty: [
      'Ansvara för budgetuppföljning',
      'Arbeta nära utvecklingsteamet',
      'Utveckla nya tjänster',
      'Stödja verksamheten i frågor om arbetsmiljö',
      'Planera och leda projekt',
      'Du kommer att ansvara för vår försäljning',
    ],
  },
};
