// Spanish examples of the words in src/extract/words/es.ts (what each group proves: ../lexicon-coverage.test.ts).
import type { Examples } from './types';

export const es: Examples = {
  headings: {
    responsibilities: ['Responsabilidades', 'Funciones', 'Tus funciones', '¿Qué harás?', 'Tareas principales'],
    requirements: ['Requisitos', 'Tu perfil', 'Lo que buscamos', 'Requerimientos'],
    niceToHave: ['Deseable', 'Deseado', 'Valorable', 'Se valorará', 'Será un plus'],
    benefits: ['Beneficios', '¿Qué ofrecemos?', 'Te ofrecemos'],
    aboutJob: ['Sobre el puesto', 'Descripción del puesto'],
  },
  partEnds: {
    closing: ['Sobre nosotros'],
  },
  itemCues: {
    optionalEarly: [
      'Idealmente, experiencia con Docker',
      'Preferiblemente conocimientos de Kubernetes',
      'Se valorará experiencia en el sector público',
    ],
    optionalTail: ['Experiencia con Go es deseable', 'Conocimientos de Terraform se valorará'],
    requirement: [
      'Experiencia mínima en ventas',
      'Conocimientos de Excel avanzado',
      'Titulación universitaria en ADE',
      'Dominio del inglés',
    ],
    benefit: [
      'Seguro médico privado',
      '23 días de vacaciones',
      'Salario competitivo',
      'Teletrabajo flexible',
      'Retribución flexible',
    ],
    duty: [
      'Gestionar la cartera de clientes',
      'Desarrollar nuevas funcionalidades',
      'Coordinar el equipo de ventas',
      'Colaborar con el equipo de marketing',
      'Apoyar al equipo financiero',
      'Realizar informes mensuales',
      'Analizar datos de ventas',
      'Participar en reuniones con clientes',
    ],
  },
};
