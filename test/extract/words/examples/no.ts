// Norwegian examples of the words in src/extract/words/no.ts (what each group proves: ../lexicon-coverage.test.ts).
import type { Examples } from './types';

export const no: Examples = {
  headings: {
    responsibilities: ['Arbeidsoppgaver', 'Dine oppgaver', 'Hovedoppgaver'],
    requirements: [
      'Kvalifikasjoner',
      'Kandidater til stillingen har:',
      'Vi ønsker oss en',
      'Vi søker en',
      'Kvalifikasjonskrav',
      'Du må ha:',
    ],
    niceToHave: ['Du bør ha:'],
    benefits: ['Vi tilbyr', 'Vi kan tilby'],
    notAPart: ['Personlige egenskaper'],
  },
  partEnds: { closing: ['Utdanningsretning', 'Utdanningsnivå'] },
  itemCues: {
    optionalEarly: [
      'Ønskelig med kjennskap til Agresso regnskap',
      'Det er ønskelig at du har kunnskap om generell forvaltningsrett',
      'Fortrinnsvis erfaring fra offentlig sektor',
    ],
    optionalTail: ['Førerkort klasse B, men ikke et krav', 'Erfaring fra offshore er en fordel'],
    requirement: [
      'Erfaring fra tilsvarende stilling',
      'Gode kunnskaper i Excel',
      'Relevant utdanning på bachelornivå',
      'Du har førerkort klasse B',
      'Du er selvstendig og strukturert',
      'Kjennskap til læreplanverket',
      'Gode formidlingskunnskaper',
    ],
    benefit: [
      'Pensjon i KLP',
      'Forsikring for deg og familien',
      'Lønn etter avtale',
      '5 ukers ferie',
      'Fast stilling ved et av landets ledende avfallsselskaper',
      'Konkurransedyktige betingelser med gode lønns- og personalordninger',
      'Inspirerende og godt arbeidsmiljø',
      'God lunsjordning',
      'Parkeringsplass rett ved hovedbygg, også for EL-bil',
      'ROAF disponerer bedriftsbiler til bruk i arbeid',
    ],
    duty: [
      'Ansvar for oppfølging av kunder',
      'Utvikle nye tjenester',
      'Bidra i utviklingen av fagområdet',
      'Planlegge og gjennomføre prosjekter',
      'Følge opp leverandører',
      'Delta i tverrfaglige team',
      'Saksbehandling knyttet til enkeltvedtak innenfor skole og barnehage',
      'Opplæring, tilrettelegging og veiledning til våre innbyggere om riktig kildesortering',
      'Rapportering av resultater til nærmeste leder',
      'Veilede loppemarkeder til riktig og effektiv kildesortering',
      'Videreutvikling av ERP-system (UBW Agresso) og tilhørende forsystemer',
      'Jobbe tett med vår miljørådgiver',
      'Pådriver i arbeidet med å utvikle og gjennomføre arbeidsprosesser i enheten',
    ],
  },
};
