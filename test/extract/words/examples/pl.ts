// Polish examples of the words in src/extract/words/pl.ts (what each group proves: ../lexicon-coverage.test.ts).
import type { Examples } from './types';

export const pl: Examples = {
  headings: {
    responsibilities: [
      'Zakres obowiązków',
      'Obowiązki',
      'Twoje zadania',
      'Czym będziesz się zajmować?',
      'Będziesz odpowiedzialny za',
      'Zakres zadań:',
    ],
    requirements: ['Wymagania', 'Oczekujemy', 'Czego oczekujemy?', 'Twój profil', 'Kogo szukamy?'],
    niceToHave: ['Mile widziane', 'Dodatkowym atutem będzie', 'Dodatkowy atut'],
    benefits: ['Oferujemy', 'Co oferujemy?', 'Co zyskasz?'],
    aboutJob: ['O stanowisku'],
  },
  partEnds: {
    howToApply: ['Powodzenia!'],
  },
  itemCues: {
    optionalEarly: [
      'Mile widziane doświadczenie w Kotlinie',
      'Idealnie znajomość Terraform',
      'Preferowane doświadczenie w fintechu',
    ],
    optional: ['Dodatkowo mile widziane'],
    optionalTail: ['Znajomość języka niemieckiego mile widziana', 'Doświadczenie w pracy z Kubernetes mile widziane'],
    requirement: [
      'Doświadczenie w pracy z React',
      'Znajomość języka angielskiego',
      'Wykształcenie wyższe techniczne',
      'Umiejętność pracy w zespole',
    ],
    benefit: [
      'Prywatna opieka medyczna',
      'Ubezpieczenie na życie',
      'Karta Multisport',
      'Płatny urlop',
      'Atrakcyjne wynagrodzenie',
    ],
    duty: [
      'Tworzenie nowych funkcjonalności',
      'Rozwój aplikacji webowych',
      'Projektowanie interfejsów',
      'Współpraca z zespołem produktowym',
      'Utrzymanie infrastruktury',
      'Prowadzenie dokumentacji',
      'Realizacja projektów',
      'Analiza wymagań biznesowych',
      'Zarządzanie zespołem',
      'Przygotowanie raportów',
      'Wsparcie klientów',
      'Koordynacja prac zespołu',
      'Udział w spotkaniach z klientami',
    ],
  },
};
