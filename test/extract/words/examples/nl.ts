// Dutch examples of the words in src/extract/words/nl.ts (what each group proves: ../lexicon-coverage.test.ts).
import type { Examples } from './types';

export const nl: Examples = {
  headings: {
    responsibilities: ['Jouw taken', 'Verantwoordelijkheden', 'Wat ga je doen?', 'Jouw rol', 'Werkzaamheden'],
    requirements: [
      'Functie-eisen',
      'Onze eisen',
      'Wat vragen wij?',
      'Jouw profiel',
      'Wie ben jij?',
      'Wat breng je mee?',
      'Kennis en ervaring',
      'Competenties',
      'Herken jij jezelf hierin?',
    ],
    niceToHave: ['Dit is een pre', 'Pluspunten'],
    benefits: [
      'Jouw vooruitzichten als Software Engineer',
      'Wat wij bieden',
      'Wat bieden wij?',
      'Wij bieden',
      'Arbeidsvoorwaarden',
      'Wat wij jou bieden',
      'Werken bij Acme betekent',
    ],
    aboutJob: ['Over de functie'],
  },
  partEnds: {},
  itemCues: {
    optionalEarly: [
      'Bij voorkeur ervaring in frontend development van data driven IT-oplossingen',
      'Idealiter heb je ervaring met TypeScript',
      'Pré: geïnteresseerd in taal / communicatie / taalkunde',
    ],
    optionalTail: ['Ervaring met Vue is een pré'],
    requirement: [
      'Minimaal drie jaar ervaring met Java',
      'Kennis van SQL',
      'Een afgeronde hbo-opleiding Informatica',
      'Jij bent communicatief sterk',
      'Goede beheersing van de Engelse taal',
    ],
    benefit: [
      '25 vakantiedagen',
      'Een goed pensioen',
      'Een marktconform salaris',
      'Mogelijkheid tot thuiswerken',
      'Vergoeding van reiskosten',
    ],
    duty: [
      'Ontwikkelt en onderhoudt webapplicaties',
      'Bouwt mee aan ons datawarehouse',
      "Ondersteunt collega's bij vragen",
      'Beheert de IT-infrastructuur',
      'Ontwerpt nieuwe functionaliteiten',
      'Denkt mee over de architectuur',
      'Test nieuwe releases',
      'Zorgt voor een goede planning',
      'Houd je bezig met codebase & code kwaliteit;',
      'Bent verantwoordelijk voor de planning',
      'Experimenteert met nieuwe technieken',
      'Werkt nauw samen met het designteam',
    ],
  },
};
