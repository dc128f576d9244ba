// French examples of the words in src/extract/words/fr.ts (what each group proves: ../lexicon-coverage.test.ts).
import type { Examples } from './types';

export const fr: Examples = {
  headings: {
    responsibilities: ['Vos missions', 'Responsabilités', 'Ce que vous ferez', 'Le poste proposé'],
    requirements: [
      'Profil recherché',
      'Votre profil',
      'Compétences requises',
      'Exigences',
      'Ce que nous recherchons',
      'Prérequis',
    ],
    niceToHave: ['Les atouts', 'Ce qui serait un plus', 'Serait apprécié'],
    benefits: ['Vous bénéficierez :', 'Vous profiterez de :', 'Avantages', 'Ce que nous offrons', 'Ce que nous vous proposons', 'Pourquoi nous rejoindre ?'],
    aboutJob: ['À propos du poste', 'Le poste', 'Description du poste :', 'Descriptif du poste'],
  },
  partEnds: {
    closing: ['À propos de nous'],
    howToApply: ['Bonne chance !'],
  },
  itemCues: {
    optionalEarly: [
      'Idéalement, une première expérience en agence',
      'De préférence une formation en marketing digital',
      'Un plus serait une expérience du secteur agroalimentaire',
    ],
    optionalTail: [
      'Expérience en agence de communication digitale serait un plus',
      'Connaissances des technologies web est un plus (SQL/ html/css)',
    ],
    optional: ['Les compétences suivantes seraient un plus :', 'La connaissance des outils suivants est un atout :'],
    requirement: [
      'Expérience significative en gestion de projet',
      'Bonne connaissance du pack Office',
      "Maîtrise d'Excel",
      "Diplôme d'ingénieur ou équivalent",
      'Formation Bac+5 en informatique',
      'Vous êtes rigoureux et organisé',
    ],
    benefit: [
      'Mutuelle prise en charge à 100 %',
      '25 jours de congés payés',
      '12 jours de RTT',
      'Tickets restaurant',
      'Mutuelle et prévoyance',
      'Rémunération attractive',
      'Salaire selon expérience',
      "Télétravail jusqu'à 2 jours par semaine",
      'Prime annuelle sur objectifs',
      'Intéressement et participation',
    ],
    duty: [
      'Vous informez et orientez les usagers qui contactent votre agence',
      'Assurer le suivi des commandes',
      'Gérer les relations fournisseurs',
      "Participer aux réunions d'équipe",
      'Réaliser des audits internes',
      'Développer de nouvelles fonctionnalités',
      'Accompagner les clients dans leurs projets',
      'Piloter les projets de transformation',
      'Suivre les indicateurs de performance',
      'Coordonner les équipes terrain',
      'Animer des ateliers',
      "Contribuer à l'amélioration continue",
      'Conduire le changement',
      'Élaborer le budget annuel',
      'Il assure la maintenance des équipements',
      'Vous serez en charge du recrutement',
    ],
  },
};
