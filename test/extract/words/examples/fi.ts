// Finnish examples of the words in src/extract/words/fi.ts (what each group proves: ../lexicon-coverage.test.ts).
import type { Examples } from './types';

export const fi: Examples = {
  headings: {
    responsibilities: [
      'Tehtävät',
      'Työtehtävät',
      'Tehtävään kuuluu:',
      'Työtehtäviisi kuuluu:',
      'Tehtävänkuva',
      'Työnkuva',
    ],
    requirements: [
      'Edellytämme',
      'Odotamme sinulta:',
      'Kelpoisuusvaatimukset',
      'Vaatimukset',
      'Hakijalta edellytetään:',
    ],
    niceToHave: ['Eduksi katsotaan', 'Arvostamme'],
    benefits: ['Tarjoamme', 'Me tarjoamme:', 'Meiltä saat', 'Miksi juuri meille?'],
  },
  partEnds: {
    closing: [
      'Lisätietoja',
      'Yhteystiedot',
      'Työpaikan osoite',
      'Työpaikan lisätiedot & sijainti kartalla',
      'Jätä hakemus:',
      'Hakuohjeet',
    ],
    howToApply: [
      'Hae tätä työpaikkaa! Katso vinkit työnhakuun!',
      'Lähetä hakemuksesi ansioluettelon kera',
      'Täytä hakemus eRekry-palvelussamme.',
    ],
  },
  itemCues: {
    optionalEarly: ['Eduksi katsotaan kokemus Reactista'],
    requirement: [
      'Kokemus ohjelmistokehityksestä',
      'Vahva Python-osaaminen',
      'Soveltuva tutkinto',
      'Kelpoisuusvaatimuksena on sosiaali- tai terveydenhuoltoalan tutkinto',
      'Sinulla on hyvät yhteistyötaidot',
      'Odotamme intohimoa alaan ja tekemiseen',
      'Edellytämme hyvää suomen kielen taitoa',
      'Tehtävään edellytetään B-ajokorttia',
    ],
    benefit: [
      'Joustavat lomat',
      'Kattava vakuutus',
      'Kilpailukykyinen palkka',
      'Tarjoamme mielenkiintoisia ja vastuullisia tehtäviä',
      'Voimme tarjota koulutusta',
      'YSP tarjoaa sinulle vakituisen työpaikan',
    ],
    duty: [
      'Kehittää palveluitamme',
      'Vastata asiakkaiden kysymyksiin',
      'Suunnitella uusia ominaisuuksia',
      'Vastaat testien suunnittelusta',
      'Tehtävässä vastaat itsenäisesti testien suunnittelusta',
      'Tehtäviisi kuuluu asiakkaiden neuvonta',
    ],
  },
};
