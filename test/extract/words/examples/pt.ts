// Portuguese examples of the words in src/extract/words/pt.ts (what each group proves: ../lexicon-coverage.test.ts).
import type { Examples } from './types';

export const pt: Examples = {
  headings: {
    responsibilities: [
      'Principais atividades',
      'O que você vai fazer',
      'O que você fará',
      'Atribuições',
      'Suas funções junto ao time serão:',
      'Responsabilidades',
    ],
    requirements: [
      'O que buscamos',
      'Qualificações',
      'Obrigatórios:',
      'Requisitos',
      'Competências técnicas necessárias',
      'Formação:',
    ],
    niceToHave: ['Diferenciais', 'Desejável'],
    benefits: ['Oferecemos', 'O que oferecemos'],
    aboutJob: ['Sobre a vaga', 'Descrição da vaga'],
  },
  partEnds: {},
  itemCues: {
    optionalEarly: [
      'Idealmente, experiência com AWS',
      'Preferencialmente formação em Engenharia',
      'Será um diferencial conhecer Kotlin',
    ],
    optionalTail: ['Experiência com Kotlin é desejável', 'Conhecer Terraform é um diferencial'],
    requirement: ['Experiência com vendas B2B', 'Conhecimento em Excel avançado', 'Formação superior em Administração'],
    benefit: ['Seguro de vida', '30 dias de férias', 'Salário compatível com o mercado', 'Vale-refeição'],
    duty: [
      'Gerir a carteira de clientes',
      'Desenvolver novas funcionalidades',
      'Coordenar a equipe de suporte',
      'Colaborar com as áreas de negócio',
      'Apoiar o time comercial',
      'Realizar análises de mercado',
      'Analisar indicadores de desempenho',
      'Participar de reuniões com clientes',
    ],
  },
};
