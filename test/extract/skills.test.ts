import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSkills, skillNames } from '../../src/extract/skills';
import { TECHNOLOGIES } from '../../src/extract/skills-data';
import { readingIn } from '../../src/extract/words';

const names = (text: string): string[] => skillNames(text);

describe('skills data', () => {
  it('has at least 550 technologies with unique canonical names', () => {
    expect(TECHNOLOGIES.length).toBeGreaterThanOrEqual(550);
    const seen = new Set<string>();
    for (const t of TECHNOLOGIES) {
      expect(seen.has(t.name), t.name).toBe(false);
      seen.add(t.name);
    }
  });

  it('uses the usual canonical spellings', () => {
    const all = new Set(TECHNOLOGIES.map((t) => t.name));
    for (const n of [
      'Go',
      'C++',
      'C#',
      '.NET',
      'Node.js',
      'PostgreSQL',
      'Kubernetes',
      'JavaScript',
      'TypeScript',
      'React',
      'Vue.js',
      'AWS',
      'GCP',
      'Azure',
    ]) {
      expect(all.has(n), n).toBe(true);
    }
  });

  it('leaves out generic words, soft skills and spoken languages', () => {
    const all = new Set(TECHNOLOGIES.map((t) => t.name.toLowerCase()));
    for (const n of [
      'agile',
      'cloud',
      'api',
      'microservices',
      'distributed systems',
      'english',
      'german',
      'communication',
      'leadership',
    ]) {
      expect(all.has(n), n).toBe(false);
    }
    expect(
      names('Agile teams building cloud APIs and microservices for distributed systems. Fluent English and German.'),
    ).toEqual([]);
  });
});

describe('findSkills offsets', () => {
  it('returns every occurrence with offsets into the text', () => {
    const text = 'We use Kafka. Kafka and PostgreSQL (Postgres) power it.';
    const hits = findSkills(text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Kafka', 'Kafka', 'PostgreSQL', 'Postgres']);
    expect(hits.map((h) => h.name)).toEqual(['Kafka', 'Kafka', 'PostgreSQL', 'PostgreSQL']);
  });

  it('gives distinct names in order of first mention', () => {
    expect(names('Redis, Kafka, Redis and Kafka again, then Docker')).toEqual(['Redis', 'Kafka', 'Docker']);
  });

  it('handles empty and symbol-only text', () => {
    expect(findSkills('')).toEqual([]);
    expect(findSkills('+++ ### ... 🚀🚀')).toEqual([]);
  });

  it('keeps offsets right after emoji and accented text', () => {
    const text = '🚀 Vývojář: Python a Docker';
    const hits = findSkills(text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Python', 'Docker']);
  });
});

describe('word boundaries with symbols', () => {
  it('finds C++, C#, F#, .NET, ASP.NET, Node.js, CI/CD, Objective-C', () => {
    expect(names('Skills: C++, C#, F#, .NET, Node.js, CI/CD and Objective-C.')).toEqual([
      'C++',
      'C#',
      'F#',
      '.NET',
      'Node.js',
      'CI/CD',
      'Objective-C',
    ]);
    expect(names('Build web apps in ASP.NET MVC')).toEqual(['ASP.NET']);
  });

  it('does not find names inside other words', () => {
    expect(names('JavaScripts? Javanese, Pythonic, Gosling, Rusty, Cassandras, Reacting')).toEqual([]);
    // No "SQL" inside either name.
    expect(names('MySQL and NoSQL')).toEqual(['MySQL', 'NoSQL']);
  });

  it('ignores host names and code paths', () => {
    expect(names('See www.python.org or mail jobs@kafka.io')).toEqual([]);
  });
});

describe('declined names in Czech and Polish', () => {
  it('finds a name in any case ending where the text is in such a language', () => {
    expect(
      names('Vývoj služeb v Javě a Spring Bootu, integrace přes Kafku, zkušenost s Gitem a Dockerem, znalost Pythonu.'),
    ).toEqual(['Java', 'Spring Boot', 'Kafka', 'Git', 'Docker', 'Python']);
    expect(names('Praca z TypeScriptem i Dockerem, mile widziane doświadczenie z Kafką i Jirą.')).toEqual([
      'TypeScript',
      'Docker',
      'Kafka',
      'Jira',
    ]);
  });
  it('keeps a cased name declined in its own case ("s Excelem a PowerPointem"), not in another', () => {
    expect(names('Kamarádíš se nejen s Excelem a PowerPointem, máš zkušenosti s úkoly.')).toEqual([
      'Excel',
      'PowerPoint',
    ]);
    expect(names('Práce s excelem a jinými nástroji, zkušenosti s účetnictvím.')).toEqual([]);
  });
  it('leaves English words that only look declined alone', () => {
    expect(names('Rusty old code, a sassy team and wordy docs; Łukasz reviews it.')).toEqual([]);
  });
});

describe('C as a language', () => {
  it.each([
    ['C/C++ developer', ['C', 'C++']],
    ['You code in C and Python.', ['C', 'Python']],
    ['Embedded C Developer for Aerospace', ['C']],
    ['Strong C programming skills', ['C']],
    ['C, Python or Rust', ['C', 'Python', 'Rust']],
    ['Experience with embedded C programming and debugging', ['C']],
  ])('finds C in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Report to the C-level and C-suite executives.',
    'Vitamin C and plan C.',
    'Our C-UAS anti-drone systems',
    'Requirements under 8 C.F.R. apply.',
    'Grade C students. Section C covers it.',
    'Type C connectors',
  ])('does not find C in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('Go as a language', () => {
  it.each([
    ['Write in Go, Java Rust or C++, amongst other languages', ['Go', 'Java', 'Rust', 'C++']],
    ['Backend languages (Go, Java)', ['Go', 'Java']],
    ['We are hiring a Go developer', ['Go']],
    ['Services written in Go.', ['Go']],
    ['Golang experience', ['Go']],
    ['Python, Go, or similar languages', ['Python', 'Go']],
  ])('finds Go in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Own our go to market strategy',
    'Own the Go-to-market plan',
    "Let's go! We are always on the go.",
    'GO BIG or go home',
    'Go to our careers page and apply.',
    'Go beyond the basics.',
    'In Go To Market, you will lead.',
  ])('does not find Go in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('R as a language', () => {
  it.each([
    ['R, Python and SQL', ['R', 'Python', 'SQL']],
    ['Python or R', ['Python', 'R']],
    ['Statistical modelling in R', ['R']],
    ['Strong R programming', ['R']],
    ['RStudio and Shiny apps', ['R', 'RStudio Shiny']],
  ])('finds R in %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each(['Join our R&D team', 'Contact John R. Smith.', 'R. Our team is great.', 'R is for recruiting'])(
    'does not find R in %j',
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});

describe('ambiguous English words', () => {
  it('takes Excel only as the Microsoft product', () => {
    expect(names('Advanced Excel skills')).toEqual(['Excel']);
    expect(names('MS Excel and Microsoft Excel')).toEqual(['Excel']);
    expect(names('You excel in fast teams and want to excel.')).toEqual([]);
    expect(names('Excel at creating structure')).toEqual([]);
  });

  it('takes Word, Access and Outlook only beside other office apps', () => {
    expect(names('Computer literate with skills in Word, Excel, Access, PowerPoint, Power BI')).toEqual([
      'Word',
      'Excel',
      'Access',
      'PowerPoint',
      'Power BI',
    ]);
    expect(names('Experience with Microsoft Excel, Word, PowerPoint')).toEqual(['Excel', 'Word', 'PowerPoint']);
    expect(names('MS Word documents')).toEqual(['Word']);
    expect(names('In a Word: Access to free lunch. Outlook is positive.')).toEqual([]);
  });

  it('takes Teams only as Microsoft Teams', () => {
    expect(names('Chat on Microsoft Teams or MS Teams')).toEqual(['Microsoft Teams']);
    expect(names('Teams across the company')).toEqual([]);
  });

  it('needs context for Spark, Chef, Puppet, Salt, Make, Express, Swift, Unity', () => {
    expect(names('Big data with Apache Spark')).toEqual(['Spark']);
    expect(names('Hadoop, Spark and Hive')).toEqual(['Hadoop', 'Spark', 'Hive']);
    expect(names('Spark joy and spark ideas. Spark change!')).toEqual([]);
    expect(names('Config management: Ansible, Chef, Puppet or Salt')).toEqual([
      'Ansible',
      'Chef',
      'Puppet',
      'SaltStack',
    ]);
    expect(names('Our Chef cooks lunch. Puppet shows. Salt Lake City office.')).toEqual([]);
    expect(names('Make sure you make an impact.')).toEqual([]);
    expect(names('Build with CMake and Make')).toEqual(['CMake', 'Make']);
    expect(names('Node.js and Express')).toEqual(['Node.js', 'Express']);
    expect(names('Express your ideas. American Express.')).toEqual([]);
    expect(names('Native apps in Swift and Kotlin')).toEqual(['Swift', 'Kotlin']);
    expect(names('Swift delivery matters.')).toEqual([]);
    expect(names('Game development in Unity, C#')).toEqual(['Unity', 'C#']);
    expect(names('Unity and diversity are our values.')).toEqual([]);
  });

  it('is case-sensitive where the lower case form is a word', () => {
    expect(names('Flask, Jest and Rust')).toEqual(['Flask', 'Jest', 'Rust']);
    expect(names('a flask of rust, said in jest; react to it, rest well')).toEqual([]);
    expect(names('React to this job')).toEqual([]);
    expect(names('RESTful APIs with REST and GraphQL')).toEqual(['REST', 'GraphQL']);
  });

  it('is case-insensitive for distinctive names', () => {
    expect(names('kubernetes, POSTGRESQL, terraform')).toEqual(['Kubernetes', 'PostgreSQL', 'Terraform']);
  });

  it('needs context for vendors that are often the employer', () => {
    expect(names('At Datadog, we value you. Datadog is used by many.')).toEqual([]);
    expect(names('Monitoring with Prometheus, Grafana, Datadog')).toEqual(['Prometheus', 'Grafana', 'Datadog']);
    expect(names('Familiarity with CRM tools (Salesforce, HubSpot)')).toEqual(['Salesforce', 'HubSpot']);
    expect(names('Experience with Salesforce')).toEqual(['Salesforce']);
    expect(names('Salesforce is hiring. Join Salesforce!')).toEqual([]);
    expect(names('Familiarity with analytics tools (Amplitude, Salesforce).')).toEqual(['Amplitude', 'Salesforce']);
  });

  it('reads the words before a vendor in the page’s language', () => {
    const inGerman = (text: string) => readingIn(['de'], () => names(text));
    expect(inGerman('Erfahrung mit Salesforce und Zendesk')).toEqual(['Salesforce', 'Zendesk']);
    expect(inGerman('Sehr gute Kenntnisse in DATEV und Spendesk')).toEqual(['DATEV', 'Spendesk']);
    expect(inGerman('Salesforce sucht Verstärkung.')).toEqual([]);
    // A language the page is not written in lends it no words.
    expect(readingIn(['fr'], () => names('Erfahrung mit Zendesk'))).toEqual([]);
    expect(readingIn(['fr'], () => names('Expérience avec Zendesk'))).toEqual(['Zendesk']);
  });

  it('takes TS only in upper case and not as a clearance', () => {
    expect(names('JS/TS, React')).toEqual(['JavaScript', 'TypeScript', 'React']);
    expect(names('Active TS/SCI clearance with polygraph')).toEqual([]);
    expect(names('ts and js files')).toEqual([]);
  });

  it('does not take a short name that is a word in another language', () => {
    // French "vue" (view), Czech "jde" (goes).
    expect(names('apporter de nouveaux points de vue; ne jamais perdre de vue la mission')).toEqual([]);
    expect(names('Vue, React and Angular')).toEqual(['Vue.js', 'React', 'Angular']);
    expect(names('Volno navíc ve chvílích, kdy jde práce stranou.')).toEqual([]);
    expect(names('Experience with JDE and SAP')).toEqual(['JD Edwards', 'SAP']);
  });
});

describe('aliases', () => {
  it.each([
    ['Golang', 'Go'],
    ['Postgres', 'PostgreSQL'],
    ['k8s', 'Kubernetes'],
    ['JS', 'JavaScript'],
    ['TypeScript (TS)', 'TypeScript'],
    ['ReactJS', 'React'],
    ['React.js', 'React'],
    ['Vue', 'Vue.js'],
    ['VueJS', 'Vue.js'],
    ['Amazon Web Services', 'AWS'],
    ['Google Cloud', 'GCP'],
    ['Google Cloud Platform', 'GCP'],
    ['Microsoft Azure', 'Azure'],
    ['MS Excel', 'Excel'],
    ['Microsoft Excel', 'Excel'],
    ['MS SQL', 'SQL Server'],
    ['MSSQL', 'SQL Server'],
    ['Microsoft SQL Server', 'SQL Server'],
    ['Apache Kafka', 'Kafka'],
    ['Apache Spark', 'Spark'],
    ['Power BI', 'Power BI'],
    ['PowerBI', 'Power BI'],
    ['dotnet', '.NET'],
    ['.NET Core', '.NET'],
    ['ElasticSearch', 'Elasticsearch'],
    ['Elastic Search', 'Elasticsearch'],
    ['NodeJS', 'Node.js'],
    ['MS Office', 'Microsoft Office'],
  ])('%s → %s', (alias, canonical) => {
    expect(names(`Experience with ${alias} required`)).toEqual([canonical]);
  });
});

describe('the office suite as postings in several languages name it', () => {
  it.each([
    ['Du är en van användare av Officepaketet.'],
    ['Goda kunskaper i Office-paketet.'],
    ['You are a super user in regards to the Office-package.'],
    ['Maîtrise impérative de la suite Office (principalement Excel).'],
    ['Sie haben sichere DATEV- und Office-Kenntnisse.'],
  ])('%s', (text) => expect(skillNames(text)).toContain('Microsoft Office'));
});

describe('longest match wins', () => {
  it('reads multi-word names as one hit', () => {
    const text = 'Deploy on Google Cloud Platform with ASP.NET Core and Amazon S3, using Microsoft SQL Server.';
    const hits = findSkills(text);
    expect(hits.map((h) => [h.name, text.slice(h.start, h.end)])).toEqual([
      ['GCP', 'Google Cloud Platform'],
      ['ASP.NET', 'ASP.NET Core'],
      ['S3', 'Amazon S3'],
      ['SQL Server', 'Microsoft SQL Server'],
    ]);
  });

  it('prefers AWS service names over AWS', () => {
    expect(names('AWS Lambda, AWS S3 and AWS Glue on AWS')).toEqual(['AWS Lambda', 'S3', 'AWS Glue', 'AWS']);
  });
});

describe('realistic postings', () => {
  const seed = '/work/shared/seed/datadog-lisbon.md';
  it.runIf(existsSync(seed))('finds exactly the Datadog posting skills', () => {
    expect(names(readFileSync(seed, 'utf8'))).toEqual([
      'Go',
      'Java',
      'Rust',
      'C++',
      'Kafka',
      'Redis',
      'Cassandra',
      'Elasticsearch',
    ]);
  });

  it('reads a DevOps requirement list', () => {
    const text = `Requirements:
- Hands-on with Kubernetes (EKS or GKE), Helm and Terraform; Pulumi or CloudFormation a plus
- CI with CircleCI, GitLab CI or Jenkins; Ansible for config
- Monitoring: Prometheus, Grafana, Datadog`;
    expect(names(text)).toEqual([
      'Kubernetes',
      'EKS',
      'GKE',
      'Helm',
      'Terraform',
      'Pulumi',
      'CloudFormation',
      'CircleCI',
      'GitLab CI',
      'Jenkins',
      'Ansible',
      'Prometheus',
      'Grafana',
      'Datadog',
    ]);
  });

  it('reads a data posting', () => {
    const text =
      'Proficient in SQL and relational databases (e.g., PostgreSQL, MySQL, Oracle). Experience with cloud data services (e.g., AWS Glue, Azure Data Factory, GCP Dataflow) and data warehousing (e.g., Snowflake). Dashboards in Looker, Tableau or Power BI.';
    expect(names(text)).toEqual([
      'SQL',
      'PostgreSQL',
      'MySQL',
      'Oracle',
      'AWS Glue',
      'Azure Data Factory',
      'Dataflow',
      'Snowflake',
      'Looker',
      'Tableau',
      'Power BI',
    ]);
  });

  it('reads an embedded posting', () => {
    const text =
      'Embedded C programming on STM32 with FreeRTOS; Yocto and Buildroot for Embedded Linux; MATLAB/Simulink models; CAN bus and SPI.';
    expect(names(text)).toEqual([
      'C',
      'STM32',
      'FreeRTOS',
      'Yocto',
      'Buildroot',
      'Linux',
      'MATLAB',
      'Simulink',
      'CAN',
      'SPI',
    ]);
  });

  it('reads bullet lists of one name per line', () => {
    expect(names('Tech stack:\n• Go\n• Kafka\n• Word\n')).toEqual(['Go', 'Kafka']);
  });
});

// Speed is measured by `npm run bench`, never by a test that fails on a time.
describe('a long text', () => {
  it('finds every occurrence in 100 KB of repeated text', () => {
    const para =
      'We build services in Go, Java and Python on Kubernetes and AWS. You will go to market with our team, excel at communication and own R&D. Our stack: PostgreSQL, Redis, Kafka, React, TypeScript. ';
    const text = para.repeat(Math.ceil(100_000 / para.length));
    const hits = findSkills(text);
    const repeats = Math.ceil(100_000 / para.length);
    expect(hits.filter((h) => h.name === 'Kafka')).toHaveLength(repeats);
    expect(hits.some((h) => h.name === 'Excel' || h.name === 'R')).toBe(false);
  });
});

describe('where a person shows work is no tool the job asks for', () => {
  it.each([
    ['Send us your CV and a link to your GitHub profile', []],
    ['Wenn du uns dein Github-Profil zeigen möchtest, gerne', []],
    ['The project has gained thousands of GitHub stars', []],
    ['Implement style changes in GitHub, or pair with engineers', ['GitHub']],
    ['CI on GitLab and Bitbucket', ['GitLab', 'Bitbucket']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
