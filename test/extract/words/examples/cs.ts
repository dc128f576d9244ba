// Czech examples of the words in src/extract/words/cs.ts (what each group proves: ../lexicon-coverage.test.ts).
import type { Examples } from './types';

export const cs: Examples = {
  headings: {
    responsibilities: [
      'Čeká na vás',
      'Náplň práce',
      'Pracovní náplň',
      'Co vás čeká',
      'Co budeš dělat',
      'Co bys u nás dělal/a',
      'Popis práce',
      'Zodpovědnosti',
    ],
    requirements: ['Požadujeme', 'Požadavky', 'Co od vás očekáváme', 'Očekáváme', 'Koho hledáme', 'Co byste měl/a mít'],
    niceToHave: ['Výhodou', 'Bonusem je', 'Plusem je'],
    benefits: ['Naše nabídka', 'Nabízíme', 'Co ti nabízíme', 'Co vám nabídneme', 'Benefity', 'Výhody'],
    aboutJob: ['O pozici', 'Popis pozice'],
    whatYouGain: ['Jaké znalosti a dovednosti získáte:', 'Jaké zkušenosti získáš'],
  },
  partEnds: {
    closing: ['O nás'],
    howToApply: ['Hodně štěstí!'],
  },
  itemCues: {
    optionalEarly: ['Výhodou je znalost Kubernetes', 'Ideálně zkušenost s Reactem'],
    optional: ['Dále je výhodou'],
    optionalTail: ['Znalost němčiny výhodou'],
    requirement: ['Zkušenost s vedením týmu', 'Znalost SQL', 'Vysokoškolské vzdělání technického směru'],
    benefit: ['5 týdnů dovolené', 'Stravenky', 'Příspěvek na penzijní pojištění', 'Mzda 40 000 Kč'],
    duty: [
      'Vývoj webových aplikací',
      'Správa serverů',
      'Tvorba reportů',
      'Spolupráce s obchodním týmem',
      'Řízení projektů',
      'Podpora uživatelů',
      'Příprava podkladů',
    ],
  },
};
