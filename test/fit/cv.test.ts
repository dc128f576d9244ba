// The CV reader on CV texts written for these tests, in English, German and French.
import { expect, test } from 'vitest';
import { readCv, yearsFromDates } from '../../src/fit/cv';

const NOW = new Date('2026-12-06T00:00:00Z');

const EN = `Jane Doe
Senior Backend Engineer · Berlin, Germany · jane@example.org

Summary
Backend engineer with 8 years of experience building payment systems in Go and Python.

Work experience
Staff Engineer, Paylane — 2021 – present
- Led the move from a monolith to services on Kubernetes (EKS), Postgres and Kafka.
Backend Developer, Shopwise — 2016 – 2021
- Built the order API in Python (Django) and Redis; CI/CD with GitHub Actions.

Education
MSc Computer Science, TU Berlin, 2014 – 2016
BSc Mathematics, University of Leeds, 2011 – 2014

Languages
English (native), German (fluent, C1), Spanish (basic)
`;

const DE = `Max Mustermann
Softwareentwickler · München

Berufserfahrung
03/2019 – heute  Senior Java-Entwickler, Versicherung AG
  Microservices mit Java, Spring Boot und Kotlin; Deployment mit Docker und Kubernetes.
2015 – 2019  Softwareentwickler, Handel GmbH
  Webanwendungen mit TypeScript, Angular und PostgreSQL.

Ausbildung
2010 – 2015  Master of Science Informatik, TU München
2007 – 2010  Bachelor of Science Informatik, Universität Augsburg

Sprachkenntnisse
Deutsch (Muttersprache), Englisch (verhandlungssicher), Französisch (Grundkenntnisse)
`;

const FR = `Claire Martin
Data engineer — Lyon

Expérience professionnelle
Depuis 2020 – aujourd'hui : Data engineer, Banque du Rhône
  Pipelines Spark et Airflow sur AWS ; modélisation dans Snowflake et dbt.
2017 – 2020 : Analyste de données, Assurances Lyonnaises
  Tableaux de bord Power BI, scripts Python et SQL.

Formation
2015 – 2017 : Master en science des données (Bac+5), Université Lyon 1
2012 – 2015 : Licence en mathématiques

Compétences techniques
Python, SQL, Spark, Airflow, Snowflake, dbt, AWS, Power BI

Langues
Français : langue maternelle ; anglais : courant (C1) ; allemand : notions
`;

test('an English CV: the skills with their aliases, the years stated, both degrees, the languages', () => {
  const cv = readCv(EN, NOW);
  expect(cv.skills).toEqual(
    expect.arrayContaining(['Go', 'Python', 'Kubernetes', 'EKS', 'PostgreSQL', 'Kafka', 'Django', 'Redis']),
  );
  expect(cv.years).toBe(8);
  expect(cv.yearsFrom).toBe('stated');
  expect(cv.degrees).toEqual(['bachelor', 'master']);
  expect(cv.languages).toEqual(expect.arrayContaining(['English', 'German']));
});

test('a German CV: no years stated, so they are counted from the work history’s dates (2015 to today), not the studies', () => {
  const cv = readCv(DE, NOW);
  expect(cv.skills).toEqual(
    expect.arrayContaining([
      'Java',
      'Spring Boot',
      'Kotlin',
      'Docker',
      'Kubernetes',
      'TypeScript',
      'Angular',
      'PostgreSQL',
    ]),
  );
  expect(cv.years).toBe(11);
  expect(cv.yearsFrom).toBe('dates');
  expect(cv.degrees).toEqual(['bachelor', 'master']);
  expect(cv.languages).toEqual(expect.arrayContaining(['German', 'English']));
});

test('a French CV: the skills, the years from its dates, the master, and the languages', () => {
  const cv = readCv(FR, NOW);
  expect(cv.skills).toEqual(
    expect.arrayContaining(['Spark', 'Airflow', 'AWS', 'Snowflake', 'dbt', 'Power BI', 'Python', 'SQL']),
  );
  expect(cv.years).toBe(9);
  expect(cv.yearsFrom).toBe('dates');
  expect(cv.degrees).toEqual(['bachelor', 'master']);
  expect(cv.languages).toEqual(expect.arrayContaining(['French', 'English']));
});

test('dates: a range ending in the future or backwards is not counted; a text without ranges has no years', () => {
  expect(yearsFromDates('Work experience\n2018 – 2031 Engineer\n2020 – 2019 Typo', NOW)).toBeNull();
  expect(yearsFromDates('I like Go.', NOW)).toBeNull();
  expect(yearsFromDates('Experience\n2019 to present: Engineer', NOW)).toBe(7);
});

test('an empty or unrelated text proposes nothing', () => {
  expect(readCv('', NOW)).toEqual({ skills: [], years: null, yearsFrom: null, degrees: [], languages: [] });
  expect(readCv('Dear diary, today I walked the dog.', NOW)).toMatchObject({ skills: [], years: null, degrees: [] });
});
