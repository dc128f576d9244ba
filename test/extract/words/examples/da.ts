// Danish examples of the words in src/extract/words/da.ts (what each group proves: ../lexicon-coverage.test.ts).
import type { Examples } from './types';

export const da: Examples = {
  headings: {
    notAPart: ['Personlige egenskaber'],
    responsibilities: ['Arbejdsopgaver', 'Dine opgaver', 'Du kommer til at arbejde med:'],
    requirements: [
      'Dine kvalifikationer',
      'Hvem er du?',
      'Vi forventer',
      'Kvalifikationskrav',
      'Din profil',
      'Du kan som menneske byde ind med:',
    ],
    niceToHave: ['Det er en fordel, hvis du har'],
    benefits: ['Vi tilbyder', 'Dine fordele', 'Hvad tilbyder vi?'],
    aboutJob: ['Jobbet'],
  },
  partEnds: {},
  itemCues: {
    optionalEarly: [
      'Det er ønskeligt, at du har kørekort',
      'Fortrinsvis erfaring med truckkørsel',
      'Det er et plus, hvis du har erfaring med Vue',
    ],
    optionalTail: ['Du har erfaring fra tidligere arbejde – dog ikke et krav', 'Truckcertifikat er en fordel'],
    requirement: [
      'Erfaring med projektledelse',
      'Kendskab til SAP',
      'Relevant uddannelse',
      'Du har flair for tal',
      'Du er struktureret',
      'Du kan lide at arbejde i teams',
      'Du taler, læser og skriver dansk, engelsk eller tysk',
      'Du kan tale, skrive og læse dansk eller engelsk',
    ],
    benefit: [
      'Pension og sundhedsforsikring',
      'Frokostordning',
      'Løn efter kvalifikationer',
      '6 ugers ferie',
      'Kørselsgodtgørelse (statens takst)',
      'En social arbejdsplads med gode kollegaer',
      'Fleksibilitet vedr. vagter',
      'Fleksible arbejdstider',
      'Ordnede forhold',
      'Mulighed for vagter på daghold',
    ],
    duty: [
      'Ansvar for drift af vores systemer',
      'Udvikle nye løsninger',
      'Bidrage til teamets udvikling',
      'Planlægge aktiviteter',
      'Deltage i projekter',
      'Din primære opgave vil være truckkørsel, læs og los af lastbiler i virksomheden',
      'Du kommer til at arbejde på lager, dine opgaver vil primært være optælling',
      'Rengøring af sommerhuse, støvsugning, rengøring af badeværelser, køleskabe, skabe mv.',
    ],
  },
};
