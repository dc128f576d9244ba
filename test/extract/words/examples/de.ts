// German examples of the words in src/extract/words/de.ts (what each group proves: ../lexicon-coverage.test.ts).
import type { Examples } from './types';

export const de: Examples = {
  headings: {
    responsibilities: ['Deine Aufgaben', 'Was dich erwartet', 'Das erwartet Sie', 'Ihre Tätigkeiten', 'Deine Rolle'],
    requirements: [
      'Anforderungen',
      'Ihr Profil',
      'Was du mitbringst',
      'Das bringst du mit',
      'Qualifikationen',
      'Voraussetzungen',
      'Wir erwarten',
      'Was erwarten wir?',
      'Qualifikationserfordernisse',
    ],
    niceToHave: ['Wünschenswert', 'Von Vorteil', 'Idealerweise bringst du mit', 'Pluspunkte'],
    benefits: [
      'Wir bieten',
      'Was wir dir bieten',
      'Unser Angebot',
      'Deine Vorteile',
      'Das bieten wir',
      'Was bieten wir?',
    ],
    aboutJob: ['Über die Stelle', 'Die Stelle'],
    whatYouGain: ['Was du lernst', 'Was Sie lernen'],
  },
  partEnds: {
    closing: ['Über uns', 'Arbeitszeiten', 'Arbeitsort'],
    howToApply: ['Viel Erfolg bei deiner Bewerbung!'],
  },
  itemCues: {
    optional: ['Folgende Kenntnisse sind von Vorteil:', 'Wünschenswert sind außerdem:'],
    optionalTail: ['Erfahrung mit Docker von Vorteil'],
    requirement: [
      'Mehrjährige Erfahrung in der Softwareentwicklung',
      'Sehr gute Kenntnisse in Java',
      'Abgeschlossene Ausbildung als Fachinformatiker',
      'Studium der Informatik oder vergleichbar',
      'Sie verfügen über sehr gute Deutschkenntnisse',
    ],
    benefit: [
      '30 Tage Urlaub',
      'Private Versicherung für Zähne und Krankenhaus',
      'Betriebliche Altersvorsorge',
      'Attraktives Gehalt',
      'Vergütung nach TVöD',
      'Zuschuss zum Deutschlandticket',
      'Jobticket',
      'Möglichkeit zum Homeoffice',
      'Flexible Arbeitszeiten durch Gleitzeit',
      'Fort- und Weiterbildung',
      'Firmenwagen zur privaten Nutzung',
    ],
    duty: [
      'Entwicklung neuer Features',
      'Betreuung unserer Kunden',
      'Planung von Projekten',
      'Durchführung von Tests',
      'Erstellung von Angeboten',
      'Unterstützung des Teams bei der Einführung neuer Systeme',
      'Koordination externer Dienstleister',
      'Beratung von Kunden',
      'Du entwickelst neue Features für unsere App',
    ],
  },
};
