// Mechanisms for pages nobody tuned the reader on (issue 15): each class of miss met on real
// postings of the corpus's dev part, written here as the smallest page that shows it.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { educationIn } from '../../src/extract/facts/education';
import { employmentTypeStated } from '../../src/extract/facts/employment';
import { experienceYearsIn } from '../../src/extract/facts/experience';
import { workplaceFrom, workplaceInText } from '../../src/extract/facts/workplace';
import { extractJob } from '../../src/extract/index';
import { titleCountsJobs } from '../../src/extract/list-page';
import { looksLikePlace, placeOfAddress } from '../../src/extract/location';
import { tidyCompany } from '../../src/extract/merge';
import { findSalary, salaryInText } from '../../src/extract/salary';
import { blocksOf, headingKind, sectionsOf } from '../../src/extract/sections';
import { skillNames } from '../../src/extract/skills';

const parts = (html: string) => {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const sections = sectionsOf(blocksOf(doc.body));
  return Object.fromEntries(Object.entries(sections).map(([kind, items]) => [kind, items.map((i) => i.text)]));
};
const read = (html: string, url = 'https://careers.example.org/jobs/1') =>
  extractJob(new JSDOM(html, { url }).window.document, url);
const PARTS =
  '<h2>What you will do</h2><ul><li>Build reports</li><li>Own dashboards</li></ul><h2>Requirements</h2><ul><li>3 years of SQL</li><li>Python</li></ul>';
const page = (byline: string, body = PARTS) =>
  `<html><head><title>Data Analyst</title></head><body><main><h1>Data Analyst</h1><p>${byline}</p>${body}</main></body></html>`;

describe('headings of real postings, in their languages', () => {
  const cases: [string, string][] = [
    ['Key Objectives', 'responsibilities'],
    // A long heading with its subtitle in brackets: the head decides.
    ['What’s in it for you (apart from the most fun and challenging ride of your life!)', 'benefits'],
    ['An excellent candidate will:', 'requirements'],
    ['You’ll fit right in if:', 'requirements'],
    ['We’re looking for someone who will', 'responsibilities'],
    ['Was erwarten wir:', 'requirements'],
    // Must-haves, each optional item marked in it.
    ['Competenze essenziali o preferenziali e formazione', 'requirements'],
    ['Was bieten wir:', 'benefits'],
    ['Qualifikationserfordernisse:', 'requirements'],
    ['Kennis en ervaring:', 'requirements'],
    ['Wat wij jou bieden', 'benefits'],
    ['Jouw werkzaamheden als Software Engineer', 'responsibilities'],
    ['Vi kan tilby:', 'benefits'],
    ['Dine oppgaver:', 'responsibilities'],
    ['Kandidater til stillingen har:', 'requirements'],
    ['Personlige egenskaper', 'other'],
    ['Du har:', 'requirements'],
    ['Qualifiche chiave', 'requirements'],
    ['Esperienza richiesta', 'requirements'],
    ['Osoba na tym stanowisku będzie odpowiedzialna za:', 'responsibilities'],
    // A heading with a long subtitle: its head decides.
    ['Your mission - Bring a smile to our customers face :-)', 'responsibilities'],
    ['Benefits – everything we offer to the people who work with us every day', 'benefits'],
    ['We are a small team of friendly people - and we work from a lovely office', 'other'],
  ];
  it.each(cases)('%s → %s', (heading, kind) => expect(headingKind(heading)).toBe(kind));
});

describe('bullets under no known heading are read by what they say', () => {
  it('duties, benefits and must-haves each find their part', () => {
    const got = parts(`
      <h2>Jij…</h2><ul><li>Bouwt apps en websites</li><li>Test de code</li><li>Bent verantwoordelijk voor de UI</li></ul>
      <h2>Goodies</h2><ul><li>Private health insurance</li><li>30 days of paid vacation</li><li>Stock options</li></ul>
      <h2>Toolbox</h2><ul><li>5+ years of experience with Go</li><li>Knowledge of Kubernetes</li></ul>`);
    expect(got.responsibilities).toHaveLength(3);
    expect(got.benefits).toEqual(['Private health insurance', '30 days of paid vacation', 'Stock options']);
    expect(got.requirements).toEqual(['5+ years of experience with Go', 'Knowledge of Kubernetes']);
  });
  it('must-haves and nice-to-haves under no heading are asks together, the optional ones moved', () => {
    const got = parts(
      '<p>Our team builds maps.</p><ul><li>Ideally a degree in geography</li><li>Preferably knowledge of QGIS</li><li>Experience with Python</li><li>Build dashboards</li></ul>',
    );
    expect([got.requirements, got.niceToHave]).toEqual([
      ['Experience with Python', 'Build dashboards'],
      ['Ideally a degree in geography', 'Preferably knowledge of QGIS'],
    ]);
  });
  it('under a heading about the job, bullets that turn from duties to must-haves are cut there', () => {
    const got = parts(
      '<h3>De functie</h3><ul><li>Je installeert workstations voor nieuwe medewerkers</li><li>Je logt alle calls</li><li>Je beschikt over een bachelor Informatica</li><li>Je hebt een sterke kennis van het Nederlands en het Frans</li></ul>',
    );
    expect([got.responsibilities, got.requirements]).toEqual([
      ['Je installeert workstations voor nieuwe medewerkers', 'Je logt alle calls'],
      ['Je beschikt over een bachelor Informatica', 'Je hebt een sterke kennis van het Nederlands en het Frans'],
    ]);
  });
  it('a list that says too little (values, offices) stays out', () => {
    const got = parts('<h2>Our values</h2><ul><li>Curiosity</li><li>Candour</li><li>Care</li></ul>');
    expect(Object.values(got).flat()).toEqual([]);
  });
  it('a colon line that introduces bullets opens its part', () => {
    const got = parts(`<p>Sous la responsabilité du conducteur de ligne, l'agent assure les missions suivantes :</p>
      <ul><li>il effectue le tri de la collecte</li><li>il assure le nettoyage de son poste</li></ul>`);
    expect(got.responsibilities).toHaveLength(2);
  });
  it('a line whose first sentence names a part switches to it before its bullets', () => {
    const got = parts(`<h3>Required Skills:</h3><ul><li>CPR certification</li><li>Able to lift 40 pounds</li></ul>
      <p>Our benefits meet you where you are. We're here to help you with work and life:</p>
      <ul><li>Discounted child care</li><li>Medical, dental and vision</li></ul>`);
    expect([got.requirements, got.benefits]).toEqual([
      ['CPR certification', 'Able to lift 40 pounds'],
      ['Discounted child care', 'Medical, dental and vision'],
    ]);
  });
  it('bullets written inline after a colon lead, or from the line’s start, are items; a byline is not', () => {
    const got = parts(`<h3>Ihre Aufgaben</h3><p>Sie unterstützen unser Team bei folgenden Aufgaben:
      * Mitarbeit in der Softwareentwicklung * Erstellung von Softwaretests</p>
      <h3>Benefits</h3><p>• Paid parental leave • A learning budget • Remote days</p>`);
    expect([got.responsibilities, got.benefits]).toEqual([
      ['Mitarbeit in der Softwareentwicklung', 'Erstellung von Softwaretests'],
      ['Paid parental leave', 'A learning budget', 'Remote days'],
    ]);
    expect(read(page('Acme GmbH • Berlin • Full-time')).company).toBe('Acme GmbH');
    // Prose that trails off ("Scikit-learn, ... En frontend") before the lead is no bullet.
    const trailing =
      parts(`<h1>Stage</h1><p>Notre backend : Python, Flask, ... En frontend, Backbone. Ce que nous recherchons :
      • Expérience Python • Bonne connaissance de l'open source</p>`);
    expect(trailing.requirements).toEqual(['Expérience Python', "Bonne connaissance de l'open source"]);
  });
  it('a plain lead that names a part heads the rest of its line; a fact’s label does not', () => {
    const got = parts(`<p>Requirements: 5 years of SQL and a degree in statistics.</p><p>Location: Berlin</p>`);
    expect(got.requirements).toEqual(['5 years of SQL and a degree in statistics.']);
  });
  it('a heading about applying ends the part, however deep', () => {
    const got = parts(`<h2>Requirements</h2><ul><li>One year of specialized experience</li></ul>
      <h4>For each job on your resume, provide:</h4><ul><li>The exact dates you held each job</li></ul>`);
    expect(got.requirements).toEqual(['One year of specialized experience']);
  });
  it('bullets that all say another part than their heading decide, never towards the nice-to-haves', () => {
    const got = parts(`<h3>What we’re looking for:</h3><ul><li>You will work closely with people leaders</li>
      <li>You will use data to generate insights</li><li>You will deliver training</li></ul>
      <h3>Bonus points</h3><ul><li>Experience with Go</li><li>Knowledge of Kubernetes</li><li>3 years of SQL</li></ul>`);
    expect(got.responsibilities).toHaveLength(3);
    expect(got.requirements).toEqual([]);
    expect(got.niceToHave).toHaveLength(3);
    // One bullet that says the heading's part keeps the part the heading's.
    const mixed = parts(`<h3>Requirements</h3><ul><li>You will work closely with people leaders</li>
      <li>You will use data to generate insights</li><li>5 years of experience with Go</li></ul>`);
    expect(mixed.requirements).toHaveLength(3);
  });
  it('a page with no duties takes each paragraph under no part that says it is one', () => {
    const got = parts(`<p>DevPort is a consultancy in Utrecht with twenty engineers.</p>
      <p>You will design and run the cloud platform of our clients.</p>
      <p>We work in small teams.</p><h3>Requirements</h3><ul><li>3 years of Azure</li><li>Terraform</li></ul>`);
    expect(got.responsibilities).toEqual(['You will design and run the cloud platform of our clients.']);
    // Where the page has its duties, such a paragraph stays out.
    const listed = parts(`<p>You will design and run the cloud platform.</p>
      <h3>Your tasks</h3><ul><li>Build pipelines</li><li>Run Kubernetes</li></ul>`);
    expect(listed.responsibilities).toEqual(['Build pipelines', 'Run Kubernetes']);
    // However long the paragraph runs on saying what the person will do.
    const duty = `You will collaborate with engineering teams to design cloud security solutions. ${'You will also build tooling where little exists. '.repeat(12)}`;
    const long = parts(`<p>Netflix runs its control plane on AWS.</p><p>${duty}</p>
      <h3>Desired Background</h3><ul><li>Cloud security</li><li>GCP</li></ul>`);
    expect(long.responsibilities).toEqual([duty.trim()]);
  });
  it('a description flattened into one paragraph, its headings inline in capitals, is read part by part', () => {
    const about =
      'A InEvent é uma startup B2B inovadora que desenvolve soluções para eventos em grandes empresas. '.repeat(3);
    const got = parts(
      `<p>SOBRE A INEVENT ${about}RESPONSABILIDADES Conhecer os modelos de desenvolvimento; Desenvolver parte da nossa comunicação; Corrigir problemas de programação. PERFIL IDEAL Experiência de pelo menos 1 ano em desenvolvimento web; Experiência em REST API; Habilidades de aprendizado rápido. BENEFÍCIOS Plano de saúde; Paid Time Off (PTO); Dia de aniversário off</p>`,
    );
    expect(got.responsibilities).toEqual([
      'Conhecer os modelos de desenvolvimento',
      'Desenvolver parte da nossa comunicação',
      'Corrigir problemas de programação',
    ]);
    expect(got.requirements).toHaveLength(3);
    expect(got.benefits).toEqual(['Plano de saúde', 'Paid Time Off (PTO)', 'Dia de aniversário off']);
    // Capitals that name no part leave a paragraph whole ("NASA and the ESA …").
    const plain = blocksOf(
      new JSDOM(`<body><p>${about}NASA ESA Partnership Program runs it.</p></body>`).window.document.body,
    );
    expect(plain.map((b) => b.kind)).toEqual(['para']);
    // Typed bullets part the items as semicolons do.
    const bullets = parts(
      `<div>${about}PROFIL RECHERCHE • Première expérience significative de développement Web • A l'aise avec Python, Django et PostgreSQL • Goût pour le travail en équipe</div>`,
    );
    expect(bullets.requirements).toEqual([
      'Première expérience significative de développement Web',
      "A l'aise avec Python, Django et PostgreSQL",
      'Goût pour le travail en équipe',
    ]);
  });
  it('a heading set between rules heads its part, though it opens like a bullet', () => {
    const got = parts(`<h3>Requirements</h3><ol><li>Ability to take initiative.</li></ol>
      <p>---- Preferred Qualifications ----</p><ol><li>5+ years in a help desk role.</li></ol>`);
    expect([got.requirements, got.niceToHave]).toEqual([
      ['Ability to take initiative.'],
      ['5+ years in a help desk role.'],
    ]);
  });
  it('a question that names a part, opening a paragraph, heads the rest of it', () => {
    const got = parts(`<p>Wat is jouw takenpakket? Je beantwoordt vragen van onze Franse klanten.</p>`);
    expect(got.responsibilities).toEqual(['Je beantwoordt vragen van onze Franse klanten.']);
    // A question that names no part is the paragraph's own sentence.
    const blocks = blocksOf(new JSDOM('<body><p>Waar werk je? Je werkt in Amsterdam.</p></body>').window.document.body);
    expect(blocks.map((b) => b.kind)).toEqual(['para']);
  });
  it('bullets under no heading are cut where a new list starts saying another part', () => {
    const got = parts(`<p><strong>Leadership &amp; Events</strong></p><ul><li>Lead cross-functional projects</li>
      <li>Provide guidance to junior team members</li></ul><ul><li>Degree in Mass Communications</li>
      <li>At least 8 years of relevant experience</li><li>Strong media pitching skills</li></ul>`);
    expect(got.responsibilities).toEqual(['Lead cross-functional projects', 'Provide guidance to junior team members']);
    expect(got.requirements).toHaveLength(3);
    // One list keeps its items together, whatever one of them says.
    const one = parts(`<h3>Toolbox</h3><ul><li>Lead cross-functional projects</li><li>Coordinate vendors</li>
      <li>Manage the budget</li><li>Degree in engineering</li></ul>`);
    expect(one.responsibilities).toHaveLength(4);
  });
  it('a bold bullet alone in its list that names a part is its heading', () => {
    const got =
      parts(`<ul><li><strong>Co budete dělat</strong></li></ul><p>Servis a opravy HW<br>Montáže u zákazníků</p>
      <ul><li><strong>Co požadujeme</strong></li></ul><p>SŠ vzdělání<br>Řidičský průkaz sk. B</p>`);
    expect(got.responsibilities).toEqual(['Servis a opravy HW', 'Montáže u zákazníků']);
    expect(got.requirements).toEqual(['SŠ vzdělání', 'Řidičský průkaz sk. B']);
    // A bold bullet among others is an item.
    const list = parts(
      '<h3>Requirements</h3><ul><li><strong>Benefits administration</strong></li><li>Payroll</li></ul>',
    );
    expect(list.requirements).toEqual(['Benefits administration', 'Payroll']);
  });
  it('a bullet that names a part among sentences, or asks, heads the bullets after it', () => {
    const got =
      parts(`<h3>Requisiti</h3><ul><li>ottimo spirito di flessibilità;</li><li>capacità di lavorare in team.</li>
      <li>Requisiti preferenziali</li><li>pregressa esperienza di auditing;</li><li>Master in analisi di bilancio.</li></ul>`);
    expect(got.requirements).toEqual(['ottimo spirito di flessibilità;', 'capacità di lavorare in team.']);
    expect(got.niceToHave).toEqual(['pregressa esperienza di auditing;', 'Master in analisi di bilancio.']);
    const asks = parts(`<ul><li>Wat verwachten wij van jou?</li><li>Je hebt 2 jaar ervaring met Google Ads</li>
      <li>Je spreekt vloeiend Nederlands</li></ul>`);
    expect(asks.requirements).toEqual(['Je hebt 2 jaar ervaring met Google Ads', 'Je spreekt vloeiend Nederlands']);
    // Items named in a word or two, among others like them, stay items.
    const named =
      parts(`<h3>Požadujeme</h3><ul><li>znalost GIS</li><li>znalost AJ výhodou</li><li>řidičský průkaz sk. B</li></ul>
      <h3>Benefits</h3><ul><li>Flexible hours</li><li>Generous compensation</li><li>Gym</li></ul>`);
    expect(named.requirements).toEqual(['znalost GIS', 'řidičský průkaz sk. B']);
    expect(named.benefits).toEqual(['Flexible hours', 'Generous compensation', 'Gym']);
  });
  it('a line in Markdown’s bold marks that never rendered is a bold line, no bullet', () => {
    const got =
      parts(`<p>** Responsibilities **</p><p>- Own the donor pipeline</p><p>- Plan the fundraising calendar</p>
      <p>** QUALIFICATIONS **</p><p>- Closed a $1 million gift</p><p>__Benefits__</p><p>- Health insurance</p>`);
    expect(got.responsibilities).toEqual(['Own the donor pipeline', 'Plan the fundraising calendar']);
    expect(got.requirements).toEqual(['Closed a $1 million gift']);
    expect(got.benefits).toEqual(['Health insurance']);
  });
  it('the tools the team works with are no part’s items, under a line or a heading of their own', () => {
    const got = parts(`<h3>Description du poste</h3><p><b>Quelques enjeux à venir :</b></p>
      <ul><li>Améliorer les APIs d'ingestion</li><li>Concevoir une solution de stockage</li></ul>
      <p><b>Notre stack technique :</b></p><ul><li>Beaucoup de Python</li><li>MySQL pour le stockage</li></ul>
      <h3>Profil recherché</h3><ul><li>Expérience importante en Python</li></ul>`);
    expect(got.responsibilities).toEqual(["Améliorer les APIs d'ingestion", 'Concevoir une solution de stockage']);
    const line = parts(`<h3>What you'll do</h3><ul><li>Build the ingestion pipeline</li></ul><p>Our stack:</p>
      <ul><li>Python and Django</li><li>Postgres</li></ul><h3>Requirements</h3><ul><li>3 years of Python</li></ul>`);
    expect(line.responsibilities).toEqual(['Build the ingestion pipeline']);
    expect(line.requirements).toEqual(['3 years of Python']);
  });
  it('a list whose bullets each open with a part’s name is a list of parts', () => {
    const got = parts(`<ul><li><p>Aufgaben: Unterstützung bei der Erstellung von Materialien.</p></li>
      <li><p>Voraussetzungen: Hohes Interesse an Datenkompetenzen.</p></li></ul>`);
    expect(got.responsibilities).toEqual(['Unterstützung bei der Erstellung von Materialien.']);
    expect(got.requirements).toEqual(['Hohes Interesse an Datenkompetenzen.']);
    // Leads of one part, or one lead among items, leave the items whole.
    const one = parts(
      `<h3>Requirements</h3><ul><li>FI skills: AP, AR, GL</li><li>CO skills: Cost center accounting</li></ul>`,
    );
    expect(one.requirements).toEqual(['FI skills: AP, AR, GL', 'CO skills: Cost center accounting']);
  });
  it('an item led by "Bonus:" is a nice-to-have; a perk named a bonus is not', () => {
    const got = parts(`<h3>Requirements</h3><ul><li>Strong knowledge of Python</li>
      <li>Bonus: Experience with Kafka or Flink.</li></ul><h3>Benefits</h3><ul><li>Annual bonus: up to 10%</li></ul>`);
    expect(got.niceToHave).toEqual(['Bonus: Experience with Kafka or Flink.']);
    expect(got.benefits).toEqual(['Annual bonus: up to 10%']);
  });
  it('a heading right under an empty part’s heading, at its level, heads the part’s first group', () => {
    const got = parts(`<h3>Core Responsibilities</h3><h3>1) Pipeline &amp; CRM Coordination</h3>
      <ul><li>Keep the pipeline clean</li><li>Track follow-ups</li></ul><h3>About us</h3><ul><li>Founded in 2010</li></ul>`);
    expect(got.responsibilities).toEqual(['Keep the pipeline clean', 'Track follow-ups']);
    const bold = parts(`<p><strong>Responsibilities:</strong></p>
      <p><strong>This position will impact us with the following contributions:</strong></p>
      <ul><li>Interview and screen patients</li><li>Monitor vital signs</li></ul>`);
    expect(bold.responsibilities).toEqual(['Interview and screen patients', 'Monitor vital signs']);
    // A heading after the part's first lines ends it, as before.
    const after = parts(`<h3>Core Responsibilities</h3><ul><li>Keep the pipeline clean</li></ul>
      <h3>Our offices</h3><ul><li>Lisbon</li><li>Berlin</li></ul>`);
    expect(after.responsibilities).toEqual(['Keep the pipeline clean']);
  });
});

describe('the line under the title: company, places, workplace', () => {
  it('"Company · Place" gives both, a town nobody listed included', () => {
    const posting = read(page('Balsfjord kommune · Storsteinnes'));
    expect(posting.company).toBe('Balsfjord kommune');
    expect(posting.locations.join(' ')).toContain('Storsteinnes');
  });
  it('a name with a slash or a plus in it ("RANDSTAD A/S", "Cardumen+Taisa") is a name', () => {
    const danish = read(page('RANDSTAD A/S · Horsens'));
    expect(danish.company).toBe('RANDSTAD A/S');
    expect(danish.locations).toEqual(['Horsens']);
    expect(read(page('GrupoTaisa (Cardumen+Taisa) · Santiago')).locations).toEqual(['Santiago']);
  });
  it('the title said again, longer, under the title is no byline', () => {
    const posting = read(
      page(
        'Lagerist (w/m/d) – Fachkraft für Lagerlogistik',
        `<p>Acme GmbH, Bremen</p><p>Acme GmbH sucht …</p>${PARTS}`,
      ),
    );
    expect(posting.company).not.toContain('Lagerist');
    expect(posting.locations.join(' ')).not.toContain('Fachkraft');
  });
  it('a workplace word is the workplace, a team is never the company', () => {
    const posting = read(page('Engineering · Stockholm · Hybrid'));
    expect(posting.company).not.toBe('Engineering');
    expect(posting.workplace).toBe('hybrid');
  });
  it('a tagline is no byline', () => {
    expect(read(page('We build robots · and we love it')).company).toBeNull();
  });
  it('a post’s writer and date ("By awalvie · May 1, 2026") are no company and no place', () => {
    const posting = read(
      page('By awalvie · May 1, 2026', `<p>Zivid is looking for a Data Analyst in Oslo.</p>${PARTS}`),
    );
    expect(posting.company).toBe('Zivid');
    expect(posting.locations.join(' ')).not.toContain('2026');
  });
  it('a brand written in lower case is the company, a sentence in lower case is not', () => {
    const posting = read(page('roadsurfer · Valencia'));
    expect(posting.company).toBe('roadsurfer');
    expect(posting.locations.join(' ')).toContain('Valencia');
    expect(read(page('we build robots · Valencia')).company).toBeNull();
  });
  it('the place beside the workplace word is a place, or the workplace where there is none; the company’s own line is none', () => {
    const posting = read(page('Acme Robotics · Remote (Germany)', `<p>Acme Robotics builds robots.</p>${PARTS}`));
    expect(posting.workplace).toBe('remote');
    expect(posting.locations.join(' ')).toContain('Germany');
    const remote = read(page('Virta Health · Remote', `<p>Virta Health treats diabetes.</p>${PARTS}`));
    expect(remote.company).toBe('Virta Health');
    // Its workplace is where the job is, as a board's place field says "Remote"; the line is not.
    expect(remote.locations).toEqual(['Remote']);
  });
});

describe('a company is never dressed in a site’s career words', () => {
  it.each([
    ['Join the Technology Transformation Services', 'Technology Transformation Services'],
    ['Acme Careers', 'Acme'],
    ['Acme - Jobs', 'Acme'],
    ['Karriere bei Siemens', 'Siemens'],
    ['Werken bij Coolblue', 'Coolblue'],
    ['Jobs', 'Jobs'],
  ])('%s → %s', (site, company) => expect(tidyCompany(site)).toBe(company));
});

describe('the title says how the job is worked', () => {
  it.each([
    ['Senior Engineer - Remote', 'remote'],
    ['Data Analyst (Hybrid)', 'hybrid'],
    ['Remote Sensing Scientist', null],
  ])('%s → %s', (title, workplace) => {
    const html = `<html><body><main><h1>${title}</h1><h2>Requirements</h2><ul><li>3 years of SQL</li><li>Python</li></ul>
      <h2>What you will do</h2><ul><li>Build reports</li><li>Own dashboards</li></ul></main></body></html>`;
    expect(read(html).workplace).toBe(workplace);
  });
});

describe('a part guessed from its items says so', () => {
  it('its provenance is marked guessed; a part under its heading is not', () => {
    const posting = read(
      `<html><body><main><h1>Backend Engineer</h1>
      <h2>What you will do</h2><ul><li>Build services</li><li>Own the API</li></ul>
      <h2>Toolbox</h2><ul><li>5+ years of experience with Go</li><li>Knowledge of Kubernetes</li></ul></main></body></html>`,
    );
    expect(posting.requirements).toHaveLength(2);
    expect(posting.provenance.requirements?.guessed).toBe(true);
    expect(posting.provenance.responsibilities?.guessed).toBeUndefined();
  });
});

describe('the employment type running text states', () => {
  it.each([
    ['This is a full-time position based in Lisbon.', 'full-time'],
    ['Wir suchen dich für eine Stelle in Teilzeit (20 Stunden).', 'part-time'],
    ['Contrat : CDD de 6 mois', 'temporary'],
    ['You will work closely with our contract specialists and procurement teams on every purchase.', null],
    ['All full-time employees enjoy our generous benefits and a yearly learning budget for books.', null],
    ['As a full-time member of our Customer Experience team, you will drive adoption.', 'full-time'],
    ['Type de contrat : CDI / Plein temps', 'full-time'],
    ['Kollektivavtal: Almega Heltid, tillsvidareanställning med 6 månaders provanställning.', 'full-time'],
  ])('%s → %s', (text, type) => expect(employmentTypeStated(text)).toBe(type));
});

describe('the company the text names, where two kinds of evidence agree', () => {
  const prose = (body: string, url?: string) =>
    read(
      `<html><head><title>Account Executive</title></head><body><main><h1>Account Executive</h1>${body}${PARTS}</main></body></html>`,
      url,
    );
  it('a heading about it and a sentence at it', () => {
    const job = prose('<h2>About Ramp</h2><p>Ramp builds finance software. At Ramp, everyone owns problems.</p>');
    expect(job.company).toBe('Ramp');
  });
  it('a paragraph opening with its name and short name, the short name used again', () => {
    const job = prose(
      '<p>The Canadian Digital Service (CDS) works with departments on their services.</p><p>You will join the design team at CDS and work with CDS partners.</p>',
    );
    expect(job.company).toBe('Canadian Digital Service');
  });
  it('a line of its own under the title, with its legal form, named again by the address', () => {
    const job = prose(
      '<p>JSQL Sp. z o.o.</p><p>Firma tworząca narzędzia informatyczne.</p>',
      'http://jsql.pl/jobs.php',
    );
    expect(job.company).toBe('JSQL Sp. z o.o.');
  });
  it('one sign alone names nobody: "About the Role", a capitalised word opening a sentence', () => {
    expect(prose('<h2>About the Role</h2><p>Our team is looking for a seller.</p>').company).toBeNull();
    expect(prose('<p>Python is a plus. Kotlin is welcome.</p>').company).toBeNull();
  });
  it('an ATS address names the company, spelled as the page spells it', () => {
    const job = prose(
      '<p>Join the team behind 15Five, the performance platform.</p>',
      'https://jobs.lever.co/15five/abc-123',
    );
    expect(job.company).toBe('15Five');
  });
  it('a long name may hold a heading’s word; the job itself is never the company', () => {
    const job = prose(
      '<p>Die Open Knowledge Foundation Deutschland ist ein gemeinnütziger Verein mit Sitz in Berlin.</p><p>Die Stelle ist befristet. Wir freuen uns auf eine Mitarbeit in der Open Knowledge Foundation Deutschland.</p>',
    );
    expect(job.company).toBe('Open Knowledge Foundation Deutschland');
  });
  it('a hiring sentence whose subject a public body writes in lower case, named again', () => {
    const job = prose(
      '<p>Il dipartimento per la trasformazione digitale è alla ricerca di professionisti.</p><p>Le figure lavoreranno con i membri del dipartimento per la trasformazione digitale.</p>',
    );
    expect(job.company).toBe('Dipartimento per la trasformazione digitale');
    expect(prose('<p>Il nostro team di prodotto è alla ricerca di persone.</p>').company).toBeNull();
  });
  it('a sentence in which it names itself, and its name again mid-sentence', () => {
    const job = prose(
      '<p>Wie zijn wij? Wij zijn Callvoip en leveren zakelijke telefonie.</p><p>Dan zou het kunnen dat jij bij Callvoip past!</p>',
    );
    expect(job.company).toBe('Callvoip');
    expect(prose('<p>We are Hiring, and we love it.</p><p>Apply today.</p>').company).toBeNull();
  });
  it('a title that is a sentence of hiring names who hires, never "Wir"', () => {
    const titled = (title: string) =>
      read(`<html><head><title>${title}</title></head><body><main><h1>${title}</h1>${PARTS}</main></body></html>`);
    expect([
      titled('Efficio sucht Analyst für Unternehmensberatung').company,
      titled('zeb sucht Research Consultant').company,
    ]).toEqual(['Efficio', 'zeb']);
    expect(titled('Wir suchen eine Projektleitung').company).toBeNull();
    expect(titled('Who is hiring?').company).toBeNull();
  });
  it('a name in its legal form in the middle of a sentence, its article left out', () => {
    expect(
      prose('<p>Mit über 1.200 Mitarbeitern ist die ITK Engineering GmbH ein Technologieunternehmen.</p>').company,
    ).toBe('ITK Engineering GmbH');
    expect(prose('<p>Die Siemens AG baut Züge.</p><p>Wir suchen dich.</p>').company).toBe('Siemens AG');
  });
  it('a line under the title that is a name in its legal form, or a name alone; never a place or a date', () => {
    expect(prose('<p>Junico GmbH</p><p>Wir suchen dich als Accountant.</p>').company).toBe('Junico GmbH');
    expect(prose('<p>Memphis Meats</p><p>We grow meat.</p>').company).toBe('Memphis Meats');
    expect(prose('<p>Berlin</p><p>We grow meat.</p>').company).toBeNull();
    expect(prose('<p>Posted 2024</p><p>We grow meat.</p>').company).toBeNull();
  });
  it('a heading that names a part is about no company; a sentence at a noun is no company', () => {
    expect(prose('<h2>About You:</h2><p>You like working with you and your team.</p>').company).toBeNull();
    expect(
      prose('<p>Bei Erfüllung der Voraussetzungen werden folgende Fächer berücksichtigt.</p>', 'https://x.example/job')
        .company,
    ).toBeNull();
  });
  it('a job’s terms in brackets after the title are no place', () => {
    expect(read(page('Berlin', PARTS).replace(/Data Analyst<\/h1>/, 'Data Analyst (Teilzeit)</h1>')).locations).toEqual(
      ['Berlin'],
    );
  });
  it('the document title’s words for the page are no company ("Junior Tester - Detail pozice | Aricoma Group")', () => {
    const job = read(
      `<html><head><title>Junior Tester - Detail pozice | Aricoma Group</title></head><body><main><h1>Junior Tester</h1>${PARTS}</main></body></html>`,
    );
    expect(job.company).toBe('Aricoma Group');
  });
  it('a title that names its company after a joiner, places in brackets after it', () => {
    const job = read(
      '<html><head><title>Vacature</title></head><body><main><h1>Vacature Lead front-end developer bij Zig (Huizen/Amersfoort)</h1><p>Wij bouwen software.</p>' +
        `${PARTS}</main></body></html>`,
    );
    expect([job.title, job.company, job.locations]).toEqual([
      'Lead front-end developer',
      'Zig',
      ['Huizen', 'Amersfoort'],
    ]);
    const at = (h1: string, byline = '') =>
      read(`<html><body><main><h1>${h1}</h1><p>${byline}</p>${PARTS}</main></body></html>`);
    expect([
      at('Vice President, Donor Engagement @ Hack Club').title,
      at('Vice President @ Hack Club').company,
    ]).toEqual(['Vice President, Donor Engagement', 'Hack Club']);
    // At the last joiner: a hyphen in the job's name joins no company.
    expect(at('Back-end developer at meltygroup', 'meltygroup · Paris').title).toBe('Back-end developer');
  });
});

describe('a prose ad with no parts under headings is still a posting, by the signs of an ad', () => {
  const ad = (title: string, byline: string, body: string) =>
    read(
      `<html><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${byline}</p><div>${body}</div></main></body></html>`,
    );
  const prose =
    '<p>Prendre en charge plusieurs projets de développement de produits.</p><p>Suivre le cahier des charges.</p>';
  it('a title open to all genders and the employer and place under it', () => {
    expect(ad('Chef de Projet Photo H/F', 'ME GROUP · ECHIROLLES', prose).isJobPosting).toBe(true);
    expect(ad('Conseiller(e) clientèle', 'France Travail · Lyon', prose).isJobPosting).toBe(true);
  });
  it('an employer’s sentence of hiring beside one of them', () => {
    expect(
      ad('Chef de projet', 'ME GROUP · ECHIROLLES', `<p>Nous recherchons un chef de projet.</p>${prose}`).isJobPosting,
    ).toBe(true);
  });
  it('French "X recrute un(e) …", "X recherche un·e …" and "Nous cherchons un …" are sentences of hiring', () => {
    for (const sentence of [
      'Tawenda recrute un(e) ingénieur web Python/Django expérimenté(e).',
      'Start-up lilloise, WayKonect recherche un·e Data Engineer Python.',
      'Nous cherchons un dev Python pour rejoindre notre équipe.',
    ])
      expect(ad('Data engineer', 'WayKonect · Lille', `<p>${sentence}</p>${prose}`).isJobPosting).toBe(true);
    // A title that names no occupation, and no sentence of hiring: one sign alone.
    expect(ad('Data et cloud', 'WayKonect · Lille', `<p>La recherche avance vite.</p>${prose}`).isJobPosting).toBe(
      false,
    );
  });
  it('"We seek to hire …" is an employer’s sentence of hiring', () => {
    const body =
      '<p>We seek to hire a registered nurse (RN) who will be an integral part of the team.</p><p>This position is part-time or full-time.</p>';
    expect(ad('Nurse', 'DuPont Clinic · Washington, DC', body).isJobPosting).toBe(true);
  });
  it('a sentence only a job ad says of its job, beside the employer and place', () => {
    const duties =
      '<p>The Medical Assistant keeps records and logs. This position works under the Health Center Manager.</p>';
    expect(ad('Medical Assistant', 'Planned Parenthood of Illinois · Illinois', duties).isJobPosting).toBe(true);
    const incumbent = '<p>The incumbent will design data pipelines and serve as a technical expert.</p>';
    expect(ad('Data Scientist', 'Missile Defense Agency · Huntsville', incumbent).isJobPosting).toBe(true);
    expect(ad('Data Science', 'Missile Defense Agency · Huntsville', '<p>Models and data.</p>').isJobPosting).toBe(
      false,
    );
    // An employer and the several places it hires in, a semicolon between them.
    const many = ad(
      'Data Scientist',
      'Defense Finance and Accounting Service · Indianapolis, Indiana; Limestone, Maine; Rome, New York; Cleveland, Ohio; Columbus, Ohio',
      incumbent,
    );
    expect([many.isJobPosting, many.company, many.locations[0]]).toEqual([
      true,
      'Defense Finance and Accounting Service',
      'Indianapolis, Indiana',
    ]);
  });
  it('a title that names an occupation, in any language or at a compound’s end, beside the employer and place', () => {
    const about = '<p>Somos uma empresa brasileira que se destaca pela sua trajetória de inovação.</p>';
    expect(ad('Analista de UX/UI', 'Akiyama Group · Curitiba', about).isJobPosting).toBe(true);
    expect(ad('Vaga Mobile Developer', 'Elo7 · São Paulo', about).isJobPosting).toBe(true);
    expect(ad('Front-end-utvecklare', 'Vinnovera · Göteborg', about).isJobPosting).toBe(true);
    expect(ad('Softwareentwicklerin', 'Port Zero · Berlin', about).isJobPosting).toBe(true);
    // A title that names no occupation is one sign no more: an article under its byline.
    expect(ad('Nossa trajetória de inovação', 'Akiyama Group · Curitiba', about).isJobPosting).toBe(false);
    // An occupation inside a longer word is none ("Engineering" is a team).
    expect(ad('Engineering at Akiyama', 'Akiyama Group · Curitiba', about).isJobPosting).toBe(false);
  });
  it('"X is seeking to hire a …" is an employer’s sentence of hiring', () => {
    const seeking = '<p>Internews is seeking to hire a Project Director to lead a new 3-year project.</p>';
    expect(ad('Project Director', 'Internews · Remote', seeking).isJobPosting).toBe(true);
  });
  it('a title of a position at an employer, beside its sentence of hiring', () => {
    const body = '<p>The Observatory is looking for a Science Educator. This person will coordinate evaluation.</p>';
    expect(ad('Science Educator Position at NEON', 'Posted on the blog', body).isJobPosting).toBe(true);
    expect(ad('Science Educator at NEON', 'Posted on the blog', body).isJobPosting).toBe(false);
  });
  it('rows that name the employer and the place, or the last day to apply, are signs as a byline is', () => {
    const rows = (organization: string, location: string, deadline: string, body: string) =>
      read(
        `<html><head><title>Researcher</title></head><body><main><h1>Researcher</h1><h4>Organization</h4><p>${organization}</p>` +
          `<h4>Location</h4><p>${location}</p><h4>Deadline</h4><p>${deadline}</p>${body}</main></body></html>`,
      );
    const hiring =
      '<p>Reporters Without Borders defends press freedom. We are looking for our Director of the London Office.</p>';
    const job = rows('Reporters Without Borders', 'London, UK', 'December 31, 2025', hiring);
    expect([job.isJobPosting, job.company, job.locations]).toEqual([true, 'Reporters Without Borders', ['London, UK']]);
    const prose =
      '<p>IREX is a global development organization. The Program Coordinator provides day-to-day support.</p>';
    expect(rows('IREX', 'Kyiv, Ukraine', 'Open until filled', prose).isJobPosting).toBe(true);
    // One sign alone does not make a page a posting: the employer and place rows, with no deadline and no sentence of an ad.
    const article = read(
      '<html><body><main><h1>Annual report</h1><h4>Organization</h4><p>IREX</p><h4>Location</h4><p>Kyiv, Ukraine</p><p>Our year in numbers.</p></main></body></html>',
    );
    expect(article.isJobPosting).toBe(false);
  });
  it('one sign is not enough: an article about a company hiring', () => {
    expect(
      ad('Acme grows in Lyon', 'By Jane Doe', '<p>Acme says we are looking for new offices.</p><p>More soon.</p>')
        .isJobPosting,
    ).toBe(false);
    expect(ad('Chef de Projet Photo H/F', 'Le blog', prose).isJobPosting).toBe(false);
  });
});

describe('the line of facts a post opens with ("Acme | Engineer | Berlin | REMOTE | Full-time | $150k")', () => {
  const post = (h1: string, header: string) =>
    read(
      `<html><body><main><h1>${h1}</h1><div class="description"><p>${header}</p><p>We build tools for scientists.</p>${PARTS}</div></main></body></html>`,
    );
  it('the company opens it, the places and the way of working stand among its parts', () => {
    const job = post(
      '23andMe : Software Engineer II, Compute Pipelines',
      '23andMe - Software Engineer II, Compute Pipelines - Palo Alto, CA - Hybrid - Full-time - $150k–$190k',
    );
    expect([job.company, job.title, job.workplace]).toEqual([
      '23andMe',
      'Software Engineer II, Compute Pipelines',
      'hybrid',
    ]);
    expect(job.locations.join(' ')).toContain('Palo Alto, CA');
  });
  it('bars as Hacker News asks for them, a web address beside the name, a place in the brackets of the workplace', () => {
    const job = post(
      'Ask HN: Who is hiring? (June 2026)',
      'Felt Clinic ( https://feltclinic.com ) | Web Engineer | Remote (US Only) | Full-time | $180k-$200k',
    );
    expect([job.company, job.workplace]).toEqual(['Felt Clinic', 'remote']);
    expect(job.locations).toEqual(['US']);
    // The thread's heading asks; the job is the line's title.
    expect(job.title).toBe('Web Engineer');
  });
  it('a name that is a domain opens the line; a title alone with a place names no company', () => {
    expect(post('Head of Finance', 'Normcore.io - Head of Strategic Finance - Full-time - $100-140K USD').company).toBe(
      'Normcore.io',
    );
    const zivid = post(
      'Software Engineer : Oslo, Norway',
      'Software Engineer -- Infrastructure - Oslo, Norway - Onsite',
    );
    expect([zivid.company, zivid.workplace]).toEqual([null, 'onsite']);
  });
  it('a sentence with dashes, or parts with no fact among them, are no such line', () => {
    expect(post('Data Analyst', 'Acme - a small team - big dreams - join us').company).toBeNull();
    expect(post('Data Analyst', 'We ship fast - we test well - we sleep at night.').company).toBeNull();
  });
  it('a web address the site cut short ends no sentence; the pay or hours in it are the job’s own terms', () => {
    // A post in prose, no part under a heading: the line alone tells an ad from an article.
    const prose = (header: string, h1 = 'Opendate : Senior Full Stack Engineer') =>
      read(
        `<html><body><main><h1>${h1}</h1><div class="description"><p>${header}</p><p>Opendate is the operating system for live music venues.</p><p>We're a Rails shop with real backend problems.</p></div></main></body></html>`,
      );
    const cut = prose(
      'Opendate - Senior Full Stack Engineer - REMOTE (US only) - Full-time - <a href="https://www.opendate.io/careers/senior">https://www.opendate.io/careers/senior-full-stack-e...</a>',
    );
    expect([cut.isJobPosting, cut.company, cut.title, cut.workplace]).toEqual([
      true,
      'Opendate',
      'Senior Full Stack Engineer',
      'remote',
    ]);
    // A title that names no occupation: the line's terms are the second sign.
    const pay = prose(
      'Opendate - Full Stack - Mid-Level &amp; Senior - REMOTE - SALARY:$95K-145K+',
      'Opendate : Full Stack',
    );
    expect([pay.isJobPosting, pay.company]).toEqual([true, 'Opendate']);
    // The company's name and a way of working, and no term of the job: the signs are too few.
    expect(prose('Opendate - Rails and music - our venues - REMOTE', 'Opendate : Rails and music').isJobPosting).toBe(
      false,
    );
  });
});

describe('a page with no h1 whose first heading names the job', () => {
  it('that heading is the title, and two parts under it make a posting', () => {
    const job = read(
      `<html><head><title>Vacature</title></head><body><main><h2>Student-assistent Informatica gezocht (6-10 uur per week)</h2><p>Ben jij student?</p>${PARTS}</main></body></html>`,
    );
    expect([job.isJobPosting, job.title]).toEqual([true, 'Student-assistent Informatica (6-10 uur per week)']);
  });
  it('a one-word h1 beside the job’s own is the site’s chrome', () => {
    const job = read(
      `<html><head><title>Jobs</title></head><body><h1>Open</h1><main><h1>Softwareentwickler/in (m/w/d) in Teilzeit</h1>${PARTS}</main></body></html>`,
    );
    expect(job.title).toBe('Softwareentwickler/in (m/w/d) in Teilzeit');
  });
  it('a first heading that names a part is no title', () => {
    const job = read(`<html><head><title>Vacature</title></head><body><main>${PARTS}</main></body></html>`);
    expect(job.title).not.toBe('What you will do');
  });
});

describe('a search result whose title counts the jobs it lists is no posting', () => {
  it.each([
    ['3 618 offres', true],
    ['1,234 Software Engineer jobs in London', true],
    ['245 Stellenangebote für Pflege', true],
    ['12 vacatures', true],
    ['1 234 nabídek práce', true],
    ['87 ofertas de empleo', true],
    ['56 lediga jobb', true],
    ['2 Stellen Erzieher (m/w/d)', false], // an ad for two places
    ['Senior Engineer, 5 years of experience', false],
    ['3D Artist', false],
  ])('%s → %s', (title, counts) => expect(titleCountsJobs(title)).toBe(counts));
  it('a result page whose filters read like parts under its title reads as none', () => {
    const facets =
      '<h3>Compétences</h3><ul><li>Maîtrise de Java</li><li>Expérience en gestion de projet</li><li>Anglais courant</li></ul>' +
      '<h3>Avantages</h3><ul><li>Tickets restaurant</li><li>Mutuelle</li><li>Télétravail partiel</li></ul>';
    const jobs = '<ul><li><a href="/fr-fr/emplois/1.html">Alternance Achats H/F</a></li></ul>';
    const page = (title: string) => `<html><body><main><h1>${title}</h1>${facets}${jobs}</main></body></html>`;
    expect(read(page('3 618 offres')).isJobPosting).toBe(false);
    expect(read(page('Chargé de communication H/F')).isJobPosting).toBe(true);
  });
});

describe('places named in a sentence, one or a list', () => {
  const body = (text: string) =>
    read(
      `<html><head><title>Policy Advisor</title></head><body><main><h1>Policy Advisor</h1><p>${text}</p>${PARTS}</main></body></html>`,
    );
  it('a list of places after "locations in" is each place', () => {
    const job = body('While we have locations in Ottawa, Montreal, Toronto, and Kitchener, we work distributedly.');
    expect(job.locations).toEqual(['Ottawa', 'Montreal', 'Toronto', 'Kitchener']);
  });
  it('the place ends where its sentence does', () => {
    expect(body('The role is located in Ottawa. Reporting to the COO, you lead.').locations).toEqual(['Ottawa']);
  });
});

describe('places: words of any case, titles that list cities, places listed under a label', () => {
  const body = (text: string, title = 'Policy Advisor') =>
    read(
      `<html><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p>${PARTS}</main></body></html>`,
    );
  it('a phrase that opens a sentence or holds a noun matches as written ("Mit Sitz in", "Sede di lavoro")', () => {
    expect(body('Die OKF ist ein Verein mit Sitz in Berlin, der sich engagiert.').locations).toEqual(['Berlin']);
    expect(body('Sede di lavoro Roma. Per applicare, invia il CV.').locations).toEqual(['Roma']);
    expect(body('This role can be performed from anywhere in Canada.').locations).toEqual(['Canada']);
    expect(body('Be based near Ottawa (in the NCR).').locations).toEqual(['Ottawa']);
  });
  it.each([
    [
      'This is a full time position and is located in either Berlin, Toronto, or San Francisco.',
      ['Berlin', 'Toronto', 'San Francisco'],
    ],
    [
      "We're hiring people at all levels of experience in Ottawa, Toronto, and Montreal.",
      ['Ottawa', 'Toronto', 'Montreal'],
    ],
    [
      'Nous embauchons des personnes de tous les niveaux d’expérience, à Ottawa, Toronto et Montréal.',
      ['Ottawa', 'Toronto', 'Montréal'],
    ],
    ['Ce rôle peut être assumé de n’importe où au Canada.', ['Canada']],
    ['E’ previsto un rimborso spese. Sede di svolgimento Roma', ['Roma']],
    ['Auf Wunsch komplette Remote-Arbeit möglich, sonst Dienstort Münster.', ['Münster']],
    ['Ort: Unser Büro ist in Berlin - dort arbeiten wir einmal die Woche gemeinsam.', ['Berlin']],
    ['Für unseren Kunden, ein Pharmaunternehmen im Großraum Stuttgart, suchen wir Unterstützung.', ['Stuttgart']],
    ['We are seeking to grow and expand our team in Belfast as we take our product further.', ['Belfast']],
    ['Red Hat is seeking a designer to join our User Experience Design team in Westford, MA.', ['Westford', 'MA']],
    ['Die Einarbeitung findet bei uns in Berlin statt. Danach kannst Du remote arbeiten.', ['Berlin']],
    ['We are looking for a Software Engineer to strengthen our .NET team in Jyväskylä.', ['Jyväskylä']],
    ['Zur Verstärkung ihres Teams in Lingen sucht die Rosen Gruppe Unterstützung.', ['Lingen']],
    ['Ons kantoor zit in Groningen maar onze klanten zitten in het hele land.', ['Groningen']],
    [
      'Trabalho parcialmente remoto com encontros pontuais em nossa sede, na Serrinha do Alambari, no município de Resende – RJ; a jornada será de 40 horas',
      ['Resende'],
    ],
  ])('the place a sentence names: %s', (text, places) => {
    expect(body(text).locations).toEqual(places);
  });
  it('a place label inside a line the page ran together: the fewest words that name a place', () => {
    expect(body('Gehalt: nach TV-L E12/S1 Ort: Berlin Die Position ist bis Februar 2021 befristet.').locations).toEqual(
      ['Berlin'],
    );
    expect(body('Zeitl. Aufwand: 40h/Woche Ort: Berlin-Wedding').locations).toEqual(['Berlin-Wedding']);
  });
  it('cities listed in the brackets that end a title, and a team there is no city', () => {
    expect(body('Wij bouwen software.', 'Lead front-end developer bij Zig (Huizen/Amersfoort)').locations).toEqual([
      'Huizen',
      'Amersfoort',
    ]);
    expect(body('We build software.', 'Engineer (Frontend/Backend)').locations).toEqual([]);
  });
  it('the places listed as items under a place label, a workplace word among them read as the workplace', () => {
    const job = read(
      `<html><body><main><h1>Office Manager</h1>${PARTS}<h3>Sede di lavoro</h3><ul><li>Roma</li><li>Milano</li><li>Remote working</li></ul></main></body></html>`,
    );
    expect(job.locations).toEqual(['Roma', 'Milano']);
    expect(job.workplace).toBe('remote');
  });
  it('"Sede di svolgimento" labels the places listed under it as "Sede di lavoro" does', () => {
    const job = read(
      `<html><body><main><h1>Stage curriculare</h1>${PARTS}<h5>Sede di svolgimento</h5><ul><li>Roma</li><li>si prevede la possibilità di avviare lo stage in modalità smart working</li></ul></main></body></html>`,
    );
    expect(job.locations).toEqual(['Roma']);
  });
});

describe('employment type from hours, shares of a position, and type words that say nothing of this job', () => {
  const body = (text: string, title = 'Projektmanager*in') =>
    read(
      `<html><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p>${PARTS}</main></body></html>`,
    ).employmentType;
  it('a title that ends in a board’s tag for the hours says them ("Mechanic - FT", "Baker -PTU")', () => {
    const text = 'Join our store team in Winnipeg.';
    expect(body(text, 'Truck Driver - Class 1 (FT)')).toBe('full-time');
    expect(body(text, 'Mechanic - FT')).toBe('full-time');
    expect(body(text, 'Baker -PTU')).toBe('part-time');
    expect(body(text, 'Senior Operations Manager')).toBeNull();
  });
  it('hours a week: 35 or more is full-time, fewer part-time, a range by its larger end', () => {
    expect(body('Zeitlicher Aufwand: 40h/Woche. Gehalt nach TV-L.')).toBe('full-time');
    expect(body('Ein Gehalt von € 1.173 brutto bei 19 Stunden/Woche.')).toBe('part-time');
    expect(body('Zeitlicher Aufwand: 24 bis 32 h/Woche, nach Absprache.')).toBe('part-time');
    expect(body('The role is 15-20 hours per week, on your schedule.', 'Tutor')).toBe('part-time');
  });
  it('the hours in a title’s brackets, and hours a week outrank an end date', () => {
    expect(body('Wir suchen Verstärkung.', 'Online Community-Manager (m/w/*) für Jugend hackt (20h)')).toBe(
      'part-time',
    );
    expect(body('Zeitlicher Aufwand: 40h/Woche. Die Position ist bis Februar 2021 befristet.')).toBe('full-time');
    expect(body('Die Position ist bis Februar 2021 befristet.')).toBe('temporary');
  });
  it('a share of a full position in the title or beside a noun of a job', () => {
    expect(body('Wir suchen Verstärkung.', 'Projektmanagement (50%)')).toBe('part-time');
    expect(body('Vi har ledig 50 % fast stilling som veileder.', 'Veileder')).toBe('part-time');
    expect(body('Wir arbeiten 100% remote.', 'Entwickler*in')).toBeNull();
  });
  it('an option offered, who gets a benefit, a permanent contract and a type word in the job’s name say nothing', () => {
    expect(body('Flexible Arbeitszeiten und Möglichkeit zur Teilzeit')).toBeNull();
    expect(body('Benefits available to all full-time Ramp employees', 'Account Executive')).toBeNull();
    expect(body('Ce poste est à pourvoir en CDI', 'Chargé de communication')).toBeNull();
    expect(body('24 vakantiedagen (bij een fulltime dienstverband)', 'Developer')).toBeNull();
    expect(body('Contract Specialist - GS-13', 'Office of Acquisition - Contract Specialist')).toBeNull();
  });
});

describe('an item of the must-haves that calls itself optional, wherever it says so', () => {
  const nice = (items: string[]) =>
    parts(`<h3>Requirements</h3><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`).niceToHave ?? [];
  it('in the lead before its colon', () => {
    const optional = 'Ervaring met open source (geen must): Je hebt bijgedragen aan open source projecten.';
    const must = 'Ruby on Rails: je hebt er minstens drie jaar mee gewerkt, een pré is Kotlin';
    expect(nice([optional, must])).toEqual([optional]);
  });
  it('among its first words, in any language', () => {
    const items = [
      'Ideally 5+ years of experience in B2B sales',
      'Du hast idealerweise bereits mit DevSecOps-Ansätzen gearbeitet',
      'Det er ønskelig at du har kunnskap om generell forvaltningsrett',
      'Costituirà titolo preferenziale una pregressa esperienza nel ruolo',
    ];
    expect(nice(['Fluent English', ...items])).toEqual(items);
  });
  it('a list in brackets names what the one optional item is about; an optional extra in brackets leaves a must-have', () => {
    const items = [
      'Zkušenost s programovacími jazyky (C/C++, PHP, JAVA) výhodou;',
      'Znalost základů skriptování (Python, Bash, PowerShell) výhodou;',
    ];
    expect(nice(['Fluent English', ...items, 'Zájem o IT a ochotu učit se nové věci (praxe výhodou),'])).toEqual(items);
  });
  it('a bracket that holds the mark alone marks the whole item', () => {
    const items = ['Approved state trainer (preferred)', 'Python (nice to have)'];
    expect(nice(['Fluent English', ...items, 'Zájem o IT a ochotu učit se nové věci (praxe výhodou),'])).toEqual(items);
  });
  it('at its end, a bracket after it, or "but not a requirement"', () => {
    const items = [
      'Government knowledge and/or design experience is a strong asset',
      'Connaissances des technologies web est un plus (SQL/ html/css)',
      'Du har erfaring fra tidligere arbejde – dog ikke et krav',
    ];
    expect(nice(['Fluent English', ...items])).toEqual(items);
  });
  it('not when only the last name of a list, or a later sentence, is optional', () => {
    expect(
      nice([
        'Communicative knowledge of English, Czech / Slovak is an advantage',
        'Student of Technical University ideally Mechanical Engineering',
        'Fluent English. French is a bonus.',
        // What it asks, then a comma or a dash before the optional extra.
        'Bachelor’s degree, preferably in Hotel Management, Business Administration or Marketing',
        'Obchodní zkušenosti – ideálně v oblasti technických produktů či služeb.',
      ]),
    ).toEqual([]);
  });
  it('a list that a joining word closes is one thing, optional as a whole', () => {
    const items = [
      'La maîtrise du Ruby, Python ou Perl est un plus',
      'Exposure to substations, protective relays, and transformers is preferred.',
      'Erfaring fra bruk av AutoCAD, Revit og MagiCAD er en fordel',
      'Erste Erfahrungen mit Datenerfassungssystemen, Datenbanken und/oder LIMS/MES wünschenswert',
    ];
    expect(nice(['Fluent English', ...items])).toEqual(items);
  });
  it('at the end of its first sentence, the rest saying why', () => {
    const items = [
      'Playwright and/or Cypress experience is a big positive. We primarily create web apps, and we also have a mobile app.',
      'Erste Erfahrung in der Teamführung ist von Vorteil – wichtig sind uns vor allem Empathie und eine offene Art',
    ];
    expect(nice(['Fluent English', ...items])).toEqual(items);
  });
});

describe('skills: the company’s own name, and words of other languages that spell a tool', () => {
  const skills = (text: string, title = 'Frontend Developer') =>
    read(
      `<html><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p>${PARTS}</main></body></html>`,
    ).skills;
  it('the first word of the company’s name is no skill ("Zig" of "Zig Conversational")', () => {
    expect(
      skills('Je werkt met React, JavaScript en Zig.', 'Senior Frontend Developer bij Zig Conversational'),
    ).toEqual(['React', 'JavaScript', 'SQL', 'Python']);
  });
  it('French "visio" and Italian "Informatica" are no tools; MS Visio and an ETL (Informatica) are', () => {
    expect(skills('Entretien physique ou visio. Laurea in Informatica o Ingegneria.')).toEqual(['SQL', 'Python']);
    expect(skills('Diagrams in MS Visio. From ETL (Informatica) to reports.')).toEqual([
      'Visio',
      'Informatica',
      'SQL',
      'Python',
    ]);
  });
});

describe('a group under a heading of its own inside a part, by what its lines say', () => {
  it('a bold heading nobody listed, over bullets that say duties, heads duties inside the must-haves', () => {
    const got = parts(
      '<p><strong>Who are you.</strong></p><ul><li>You have an eye for detail.</li><li>You have good knowledge of SQL.</li><li>You are fluent in Dutch and English.</li></ul>' +
        '<p><strong>What your workday will entail:</strong></p><ul><li>Develop well-structured test plans.</li><li>Estimate and plan testing activities.</li><li>Identify, log and track bugs.</li><li>Perform thorough regression testing.</li><li>Keeping abreast of new testing tools.</li></ul>',
    );
    expect(got.requirements).toHaveLength(3);
    expect(got.responsibilities).toHaveLength(5);
  });
  it('duties under a bold lead nobody listed leave the must-haves, though two of them read as must-haves', () => {
    const got = parts(
      '<h4>Wat zoeken wij?</h4><p><strong>Als projectmedewerker bij Algorithm Audit:</strong></p><ul><li>Verricht je projectwerk met betrekking tot AI;</li><li>Analyseer je documentatie over algoritmes;</li><li>Draai je mee in een team met ervaren consultants;</li><li>Draag je schriftelijk bij aan analyses;</li><li>Heb je inzicht in de statistische basis van algoritmen;</li><li>Ondersteun je het team met praktische aspecten;</li><li>Doe je veel ervaring op in verschillende vakgebieden;</li></ul>' +
        '<h4>Vaardigheden</h4><ul><li>Relevante universitaire studie afgerond</li><li>1-3 jaar werkervaring</li><li>Sterk organisatorisch vermogen</li></ul>',
    );
    expect(got.responsibilities).toHaveLength(7);
    expect(got.requirements).toHaveLength(3);
  });
  it('perks under a bold line nobody listed leave the nice-to-haves; a group of must-haves there stays', () => {
    const perks = parts(
      '<p><strong>Preferred Qualifications</strong></p><ul><li>Experience in marketplace business models</li><li>MBA or advanced degree in Finance preferred</li></ul>' +
        "<p><strong>We're serious about your well-being! As part of our team, full-time employees receive:</strong></p><ul><li>Comprehensive health benefits: Medical, dental, vision, life, disability, and FSA/HSA</li><li>401(k) plan access: Start saving for your future</li><li>Paid parental leave: Available for all parents</li><li>New hire home office stipend: Set up your workspace for success</li></ul>",
    );
    expect(perks.niceToHave).toHaveLength(2);
    expect(perks.benefits).toHaveLength(4);
    const more = parts(
      '<p><strong>Nice to have</strong></p><ul><li>Experience with Kafka</li><li>Open-source contributions</li></ul>' +
        '<p><strong>Data</strong></p><ul><li>3+ years of experience with Spark</li><li>Strong knowledge of SQL</li><li>Experience with dbt</li></ul>',
    );
    expect(more.niceToHave).toHaveLength(5);
    expect(more.requirements ?? []).toEqual([]);
  });
});

describe('parts under no heading, by what their lines say', () => {
  it('bullets of duties in the second person, and paragraphs of must-haves after them', () => {
    const got = parts(
      '<p>Votre mission met en valeur votre sens du relationnel</p><ul><li>Vous informez et orientez les usagers</li><li>Vous animez des ateliers collectifs</li></ul>' +
        '<p>Découvrez le métier en vidéo.</p><p>Vous avez le sens des responsabilités.</p><p>Vous êtes à l’aise avec les outils numériques.</p><p>Alors, postulez !</p>',
    );
    expect(got.responsibilities).toEqual([
      'Vous informez et orientez les usagers',
      'Vous animez des ateliers collectifs',
    ]);
    expect(got.requirements).toEqual([
      'Vous avez le sens des responsabilités.',
      'Vous êtes à l’aise avec les outils numériques.',
    ]);
  });
  it('paragraphs of must-haves after a list of duties, where the page has no must-haves', () => {
    const got = parts(
      '<p>Sous la responsabilité du conducteur de ligne, l’agent assure les missions suivantes :</p><ul><li>Trier la collecte sélective</li><li>Nettoyer le poste de travail</li></ul>' +
        '<p>Vous êtes sérieux et rigoureux.</p><p>Vous savez faire preuve d’autonomie.</p>',
    );
    expect(got.responsibilities).toEqual(['Trier la collecte sélective', 'Nettoyer le poste de travail']);
    expect(got.requirements).toEqual(['Vous êtes sérieux et rigoureux.', 'Vous savez faire preuve d’autonomie.']);
  });
  it('prose that names a perk is not taken for the benefits', () => {
    const got = parts('<p>Nous offrons une mutuelle.</p><p>La rémunération est attractive.</p>');
    expect(got.benefits).toEqual([]);
  });
});
it('a run of paragraphs that turns from duties to must-haves gives both parts', () => {
  const got = parts(
    '<p>ME GROUP · ECHIROLLES</p><p>Prendre en charge plusieurs projets de développement.</p><p>Suivre le cahier des charges Marketing.</p>' +
      '<p>Veiller à la qualification du produit.</p><p>EXPERIENCE - 3 à 5 ans dans le domaine industriel.</p>' +
      '<p>QUALITES - Rigueur, autonomie</p><p>LANGUES - Anglais courant.</p><p>Ref : 1jvie4rokd</p>',
  );
  expect(got.responsibilities).toEqual([
    'Prendre en charge plusieurs projets de développement.',
    'Suivre le cahier des charges Marketing.',
    'Veiller à la qualification du produit.',
  ]);
  expect(got.requirements).toEqual([
    'EXPERIENCE - 3 à 5 ans dans le domaine industriel.',
    'QUALITES - Rigueur, autonomie',
    'LANGUES - Anglais courant.',
  ]);
});
it('parts read from paragraphs alone do not make an article a posting', () => {
  const job = read(
    '<html><head><title>Chef de Projet Photo H/F</title></head><body><main><h1>Chef de Projet Photo H/F</h1><p>Le blog</p>' +
      '<p>Prendre en charge plusieurs projets.</p><p>Suivre le cahier des charges.</p></main></body></html>',
  );
  expect(job.isJobPosting).toBe(false);
});

describe('workplace from a title’s opening brackets and days in the office', () => {
  const workplace = (text: string, title = 'Back-end Developer') =>
    read(
      `<html><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p>${PARTS}</main></body></html>`,
    ).workplace;
  it('"Designer (UX/UI) - Remote / Luxembourg - Fulltime": a dashed part of the title says it', () => {
    expect(workplace('Design our apps.', 'Designer (UX/UI) - Remote / Luxembourg - Fulltime')).toBe('remote');
  });
  it('"[Remoto] Back-end Developer" is remote', () => {
    expect(workplace('Trabalhar em APIs.', '[Remoto] Back-end Developer na Troupe')).toBe('remote');
  });
  it('"[Remoto - Home Office]", "[São Paulo / Remoto ]": the words are counted, not the marks between them', () => {
    expect(workplace('Trabalhar em APIs.', '[Remoto - Home Office] Front-end Developer na Órama')).toBe('remote');
    expect(workplace('Trabalhar em APIs.', '[São Paulo / Remoto ] Full Stack Developer - Vórtx')).toBe('remote');
  });
  it('"come in 2-3 times per week", "Teamtag im Büro wie auch im Home Office" are hybrid', () => {
    expect(workplace('There will be some in person meetings. We ask that you come in 2-3 times per week.')).toBe(
      'hybrid',
    );
    expect(workplace('Eine gute Büroatmosphäre – an unserem festen Teamtag im Büro wie auch im Home Office.')).toBe(
      'hybrid',
    );
  });
  it('"mindestens einen Tag pro Woche im Büro" is hybrid', () => {
    expect(workplace('Uns ist wichtig, dass du mindestens einen Tag pro Woche im Büro arbeitest.')).toBe('hybrid');
  });
  it.each([
    'There is an expectation of 5 days per week in our NYC office.',
    'This full-time role is in person, 5 days/week in San Francisco.',
    'The entire team goes into the office 5 days per week.',
    'The role is based in our Salt Lake City office, 5 days a week.',
    'We’re an in-office company, driven by a shared commitment to excellence.',
    'All full-time roles are in person in New York.',
    'Our team primarily works in-person out of our San Francisco and NYC offices.',
  ])('five days in the office, or a team that works in person, is onsite: %s', (text) => {
    expect(workplace(text)).toBe('onsite');
  });
  it('"in office" that ends one perk before the next ("… espresso machine in office" · "Team retreats") is no workplace', () => {
    const job = read(
      `<html><body><main><h1>Founding Engineer</h1>${PARTS}<h2>Perks</h2><ul><li>Free lunches and espresso in office</li><li>Team retreats and dinners</li></ul></main></body></html>`,
    );
    expect(job.workplace).toBeNull();
  });
  it('"(Presencial)" in a Spanish title is onsite', () => {
    expect(workplace('Buscamos desarrolladores.', 'Busco 2 perfiles Full Stack (Presencial) para MiningTag')).toBe(
      'onsite',
    );
  });
});

describe('a heading of traits or of a template’s facts inside a part ends it', () => {
  it('"Personlige egenskaper" and "Utdanningsretning" after "Kvalifikasjoner" are no must-haves', () => {
    const got = parts(
      '<p><strong>Kvalifikasjoner</strong></p><ul><li>Relevant erfaring</li><li>Ledererfaring</li></ul>' +
        '<p><strong>Utdanningsretning</strong></p><ul><li>Økonomi</li></ul>' +
        '<p><strong>Personlige egenskaper</strong></p><ul><li>Du er selvstendig</li><li>Du er strukturert</li></ul>',
    );
    expect(got.requirements).toEqual(['Relevant erfaring', 'Ledererfaring']);
  });
  it('a row of a box of facts ("Benefity: Bonusy/prémie, …") is a fact, not the posting’s benefits', () => {
    const box =
      '<h2>Informace o pozici</h2><dl><div><dt>Typ úvazku</dt><dd>Práce na plný úvazek</dd></div>' +
      '<div><dt>Typ smluvního vztahu</dt><dd>pracovní smlouva</dd></div>' +
      '<div><dt>Benefity</dt><dd>Bonusy/prémie, Dovolená 5 týdnů, Firemní akce</dd></div></dl>';
    const own =
      '<h2>Co naopak nabídneme Tobě?</h2><ul><li>Notebook a mobilní telefon.</li><li>Flexibilní pracovní dobu.</li></ul>';
    expect(parts(own + box).benefits).toEqual(['Notebook a mobilní telefon.', 'Flexibilní pracovní dobu.']);
    // A term over a list is a part's heading, in a definition list as anywhere.
    const layout =
      '<dl><dt>Aufgaben</dt><dd><ul><li>Du entwickelst unsere App</li><li>Du testest sie</li></ul></dd>' +
      '<dt>Profil</dt><dd><ul><li>Erfahrung mit Kotlin</li></ul></dd><dt>Wir bieten</dt><dd><ul><li>30 Tage Urlaub</li></ul></dd></dl>';
    expect(parts(layout)).toMatchObject({
      responsibilities: ['Du entwickelst unsere App', 'Du testest sie'],
      requirements: ['Erfahrung mit Kotlin'],
      benefits: ['30 Tage Urlaub'],
    });
  });
});

describe('a bullet that is only a heading’s words heads what follows', () => {
  it('"Qualifications" · "• Required:" · a paragraph a line: the paragraphs are the must-haves', () => {
    const got = parts(
      '<p><strong>Qualifications</strong></p><ul><li>Required:</li></ul>' +
        '<p>3+ years of experience in a GSOC working environment</p><p>Experience with OSINT research tools</p>',
    );
    expect(got.requirements).toEqual([
      '3+ years of experience in a GSOC working environment',
      'Experience with OSINT research tools',
    ]);
  });
});

describe('a plain line that is only a heading’s words ends the part or opens another', () => {
  it('"Qualifications" · lines · "Diversity At Justworks" · lines: the lines after it are no must-haves', () => {
    const got = parts(
      '<h3>Qualifications</h3><p>5+ years of hands-on experience in detection engineering</p>' +
        '<p>Strong understanding of attacker behaviors</p><p>Diversity At Justworks</p>' +
        '<p>We are committed to maintaining a workplace where diversity is celebrated.</p>',
    );
    expect(got.requirements).toEqual([
      '5+ years of hands-on experience in detection engineering',
      'Strong understanding of attacker behaviors',
    ]);
  });
  it('a plain line that names another part opens it: "Qualifications" after duties written a line each', () => {
    const got = parts(
      '<h3>What you will work on</h3><p>Build detections across our platform</p><p>Lead incident handling</p>' +
        '<p>Qualifications</p><p>5+ years of experience in detection engineering</p>',
    );
    expect(got.responsibilities).toEqual(['Build detections across our platform', 'Lead incident handling']);
    expect(got.requirements).toEqual(['5+ years of experience in detection engineering']);
  });
  it('a row of the job’s facts ends the part: "Vi tilbyr" · lines · "Oppstart: Snarest" · "Søknadsfrist: 22. januar"', () => {
    const got = parts(
      '<h3>Vi tilbyr</h3><p>En spennende stilling med varierte arbeidsdager</p><p>Konkurransedyktige betingelser</p>' +
        '<p>Søknadsfrist: 22. januar, men søknader behandles fortløpende</p><p>Kontakt oss gjerne for spørsmål</p>',
    );
    expect(got.benefits).toEqual(['En spennende stilling med varierte arbeidsdager', 'Konkurransedyktige betingelser']);
  });
  it('a sentence that opens with a closing heading’s word stays an item', () => {
    const got = parts(
      '<h3>Qualifications</h3><p>5+ years of hands-on experience in detection engineering</p>' +
        '<p>Salary expectations in line with the market, please.</p><p>Strong understanding of attacker behaviors</p>',
    );
    expect(got.requirements).toHaveLength(3);
  });
});

describe('a heading in capitals glued into a flattened list’s item', () => {
  it('"• … dans Maya. PROFIL RECHERCHE : Vous connaissez …" and "• Anglais technique LES PLUS :" open their parts', () => {
    const got = parts(
      '<p>Missions : • Le développement d’outils de production 3D • Une expertise de débogage dans Maya. ' +
        'PROFIL RECHERCHE : Vous connaissez Maya et Shotgun. • Programmation orientée objet • Anglais technique LES PLUS : ' +
        '• Rigging sous Maya • Git</p>',
    );
    expect(got.requirements).toEqual(['Programmation orientée objet', 'Anglais technique']);
    expect(got.niceToHave).toEqual(['Rigging sous Maya', 'Git']);
  });
  it('a heading in capitals after no sentence’s end is part of the item ("… (MSc) REQUIRED SKILLS: …")', () => {
    const got = parts(
      '<h3>Requirements</h3><ul><li>Master in chemistry (MSc) REQUIRED SKILLS: fermentation</li><li>MS in Biochemistry</li></ul>',
    );
    expect(got.requirements).toEqual(['Master in chemistry (MSc) REQUIRED SKILLS: fermentation', 'MS in Biochemistry']);
  });
});

describe('a posting in microdata with cards of other jobs beside it', () => {
  const card = (title: string) =>
    `<article itemscope itemtype="http://schema.org/JobPosting"><h1><a itemprop="title" href="/j/${title}">${title}</a></h1>` +
    '<span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Nintu</span></span></article>';
  const ad =
    '<article itemscope itemtype="http://schema.org/JobPosting"><h1 itemprop="title">Viron kielen kouluttaja</h1>' +
    '<span itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">Optimi Training Oy</span></span>' +
    '<div itemprop="description"><p>Optimi Training Oy hakee kouluttajaa.</p><h3>Edellytämme</h3><ul><li>Kokemusta kielikoulutuksesta</li><li>Suomen kielen taitoa</li></ul></div></article>';
  it('the one posting with a description is the posting ("Vastaavia työpaikkoja" cards beside it)', () => {
    const job = read(
      `<html><body>${ad}<h3>Vastaavia työpaikkoja</h3>${card('Android ohjelmoija')}${card('Web Developer')}</body></html>`,
    );
    expect(job).toMatchObject({ isJobPosting: true, title: 'Viron kielen kouluttaja', company: 'Optimi Training Oy' });
  });
  it('cards alone are a list', () => {
    const job = read(
      `<html><body>${card('Android ohjelmoija')}${card('Web Developer')}${card('Tester')}</body></html>`,
    );
    expect(job.isJobPosting).toBe(false);
  });
});

describe('a page with no h1 whose first heading, after a row of links, is the job’s', () => {
  const body =
    '<p>Avoimet työpaikat</p><p>Paluu listalle Muokkaa hakua Uusi haku</p><h3>Pääsuunnittelija</h3>' +
    '<p>Haemme testausryhmään pääsuunnittelijaa.</p><p>Tehtävässä vastaat itsenäisesti testien suunnittelusta.</p>' +
    '<dl><dt>Työaika:</dt><dd>kokoaikatyö</dd><dt>Haku päättyy:</dt><dd>23.05.2014</dd></dl>';
  it('"Paluu listalle …" · h3 "Pääsuunnittelija": the h3 heads the posting', () => {
    const job = read(`<html lang="fi"><head><title>Avoimet työpaikat - Haku</title></head><body>${body}</body></html>`);
    expect(job).toMatchObject({ isJobPosting: true, title: 'Pääsuunnittelija', employmentType: 'full-time' });
  });
  it('a long paragraph before the first heading leaves it no title', () => {
    const long = `<p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(3)}</p>`;
    const job = read(
      `<html lang="fi"><head><title>Avoimet työpaikat - Haku</title></head><body>${long}${body}</body></html>`,
    );
    expect(job.title).not.toBe('Pääsuunnittelija');
  });
});

describe('an abbreviation’s period ends no sentence of an optional item', () => {
  it('"Řidičský průkaz sk. B výhodou" is a nice-to-have; "… (C1). Spanish is a plus." stays a must-have', () => {
    const got = parts(
      '<h3>Požadujeme</h3><ul><li>Komunikativní angličtina</li><li>Řidičský průkaz sk. B výhodou</li>' +
        '<li>Strong Communicator: Clear English (C1). Spanish is a plus.</li></ul>',
    );
    expect(got.niceToHave).toEqual(['Řidičský průkaz sk. B výhodou']);
    expect(got.requirements).toEqual([
      'Komunikativní angličtina',
      'Strong Communicator: Clear English (C1). Spanish is a plus.',
    ]);
  });
});

describe('bullets under no heading are cut where a list turns to another part', () => {
  it('a second list whose first item says nothing but whose others ask is the must-haves', () => {
    const got = parts(
      '<ul><li>You will build data pipelines</li><li>You will write documentation</li><li>You will review code</li></ul>' +
        '<ul><li>Curiosity</li><li>Experience with Python</li><li>3+ years of experience in data engineering</li></ul>',
    );
    expect(got.responsibilities).toEqual([
      'You will build data pipelines',
      'You will write documentation',
      'You will review code',
    ]);
    expect(got.requirements).toEqual([
      'Curiosity',
      'Experience with Python',
      '3+ years of experience in data engineering',
    ]);
  });
});

describe('a heading glued to the bullet before it opens its part', () => {
  it('"… complejidad. Stack y experiencia específica" · bullets: the bullets after it are must-haves', () => {
    const got = parts(
      '<p><strong>Responsabilidades clave</strong></p><ul><li><p>Diseñar y evolucionar APIs y flujos event-driven.</p></li>' +
        '<li><p>Proponer mejoras de arquitectura que reduzcan latencia, costo y complejidad. Stack y experiencia específica</p></li>' +
        '<li><p>Node.js o Go con patrones clean / hexagonal.</p></li><li><p>Profundo conocimiento de SQL/NoSQL.</p></li></ul>',
    );
    expect(got.responsibilities).toEqual([
      'Diseñar y evolucionar APIs y flujos event-driven.',
      'Proponer mejoras de arquitectura que reduzcan latencia, costo y complejidad.',
    ]);
    expect(got.requirements).toEqual([
      'Node.js o Go con patrones clean / hexagonal.',
      'Profundo conocimiento de SQL/NoSQL.',
    ]);
  });
  it('a bullet that merely ends in a capitalised phrase stays whole', () => {
    const got = parts(
      '<h3>Responsibilities</h3><ul><li>Work with the data team on our pipelines. Python and Go</li><li>Own the dashboards</li></ul>',
    );
    expect(got.responsibilities).toEqual([
      'Work with the data team on our pipelines. Python and Go',
      'Own the dashboards',
    ]);
  });
});

describe('a board’s box of benefits beside the posting stands in only where the posting lists none', () => {
  // jobs.cz: the ad's text, then the board's "Benefity" box of icons the employer ticked.
  const box =
    '<div class="JobDescriptionBenefits"><p class="JobDescriptionBenefits__title text-secondary">Benefity</p>' +
    '<div class="IconWithText"><p>Notebook</p></div><div class="IconWithText"><p>Dovolená 5 týdnů</p></div></div>';
  const ad = (own: string) =>
    '<html><body><main><div class="JobDescriptionHeading"><h1>Java vývojář/ka</h1></div>' +
    `<div data-jobad="body"><h2>Co u nás budete dělat</h2><ul><li>Vývoj backendových služeb</li><li>Code review</li></ul>${own}</div>` +
    `${box}</main></body></html>`;
  it('the posting’s own list is its benefits, the box adds none', () => {
    const job = read(
      ad('<h2>Co nabízíme</h2><ul><li>13. plat</li><li>Moderní kanceláře</li></ul>'),
      'https://www.jobs.cz/rpd/2000481122/',
    );
    expect(job.benefits).toEqual(['13. plat', 'Moderní kanceláře']);
  });
  it('a posting with no list of its own shows the box', () => {
    const job = read(ad(''), 'https://www.jobs.cz/rpd/2000481122/');
    expect(job.benefits).toEqual(['Notebook', 'Dovolená 5 týdnů']);
  });
});

describe('a dialog drawn with ARIA is chrome, as a <dialog> is', () => {
  it('a cookie banner after the must-haves adds none to them', () => {
    const html =
      '<html><body><main><h1>Functional Analyst</h1><h2>What you bring</h2><ul><li>Fluent English</li><li>SQL knowledge</li></ul>' +
      '<h2>We offer</h2><ul><li>28 days off</li><li>Meal vouchers</li></ul></main>' +
      '<div role="dialog" aria-modal="true"><div role="heading" aria-level="2">Nice to have: cookies</div>' +
      '<ul><li>By better understanding what you’re interested in, we’ll show you more relevant content.</li></ul></div></body></html>';
    const job = read(html);
    expect(job.requirements).toEqual(['Fluent English', 'SQL knowledge']);
    expect(job.niceToHave).toEqual([]);
  });
});

describe('an h1 that names the kind of page is not the job’s title', () => {
  const body =
    '<h1>Detail pozice</h1><h1>Sales Manager - Cyber Security</h1><h2>Co tě čeká?</h2><ul><li>Vedení obchodních jednání</li><li>Příprava nabídek</li></ul><h2>Co nabízíme</h2><ul><li>5 týdnů dovolené</li><li>Stravenky</li></ul>';
  it.each([
    ['a company’s template on jobs.cz', 'https://www.jobs.cz/rpd/2000123456/'],
    ['a career site', 'https://careers.example.cz/pozice/sales-manager'],
  ])('%s', (_, url) => {
    const html = `<html><head><title>Sales Manager - Cyber Security - Detail pozice | Axians</title></head><body><main>${body}</main></body></html>`;
    expect(read(html, url).title).toBe('Sales Manager - Cyber Security');
  });
});

describe('a unit of an organisation is no place', () => {
  it('"based in the Scientific Computing Department" names no place; "based in Lisbon" does', () => {
    const body = (sentence: string) =>
      `<html><body><main><h1>Software Scientist</h1><p>${sentence}</p>${PARTS}</main></body></html>`;
    expect(read(body('The group is based in the Scientific Computing Department, part of UKRI.')).locations).toEqual(
      [],
    );
    expect(read(body('The group is based in Lisbon, with a team of ten.')).locations).toEqual(['Lisbon']);
  });
});

describe('a byline whose company names a country among its words', () => {
  it('"NRG Sweden AB · Göteborg": the name in its legal form is the company, the next part its place', () => {
    for (const [byline, company, place] of [
      ['NRG Sweden AB · Göteborg', 'NRG Sweden AB', 'Göteborg'],
      [
        'Bilfinger Industrial Services Norway AS Årdal · ØVRE ÅRDAL',
        'Bilfinger Industrial Services Norway AS Årdal',
        'ØVRE ÅRDAL',
      ],
    ]) {
      const got = read(page(byline!));
      expect([got.company, got.locations]).toEqual([company, [place]]);
    }
  });
});

describe('the apply link by the words of its button', () => {
  it('"Soliciteer nu", as real Dutch buttons misspell it', () => {
    const html = `<html><body><main><h1>Klantzoeker</h1>${PARTS}<p><a href="/sollicitatiebrief" class="button">Soliciteer nu</a></p></main></body></html>`;
    expect(read(html).applyUrl).toBe('https://careers.example.org/sollicitatiebrief');
  });
  it.each([
    ['Norwegian "Send søknad"', 'Send søknad'],
    ['Polish "złóż aplikację"', 'złóż aplikację'],
  ])('%s', (_, button) => {
    const html = `<html><body><main><h1>Elektriker</h1>${PARTS}<p><a href="/jobs/1/om">Om oss</a> · <a href="/jobs/1/s">${button}</a></p></main></body></html>`;
    expect(read(html).applyUrl).toBe('https://careers.example.org/jobs/1/s');
  });
});

describe('the apply link by the sentence or the heading it stands under', () => {
  const apply = (tail: string) =>
    read(`<html><body><main><h1>Project Coordinator</h1>${PARTS}${tail}</main></body></html>`).applyUrl;
  it.each([
    [
      '"To apply, please visit …"',
      '<p>For details, or to apply, please visit <a href="https://careers.example.com/p/1">careers.example.com</a>.</p>',
    ],
    [
      '"How to Apply" above a link named for the site',
      '<h4>How to Apply</h4><p>Go to <a href="https://ats.example.net/jobs/7">Harvard Careers</a></p>',
    ],
    [
      '"To apply" above "Fill out this form!"',
      '<h3>To apply</h3><p><a href="https://forms.example.com/f/9">Fill out this form!</a></p>',
    ],
    [
      'Portuguese "inscreva-se através deste formulário"',
      '<p>Se você se identificou, inscreva-se através deste <a href="https://forms.example.com/f/2">formulário</a>.</p>',
    ],
    [
      'Norwegian "søknadsskjema finn du her"',
      '<p>Fullstendig utlysing og søknadsskjema finn du <a href="https://kommune.example.no/stilling/3">her</a></p>',
    ],
  ])('%s', (_, tail) => {
    expect(apply(tail)).toMatch(/^https:\/\/[a-z.]+example\.[a-z]+\//);
  });
  it('a link in a sentence that says nothing of applying, a mail address, or a heading far above: none', () => {
    expect(apply('<p>Read more on <a href="https://blog.example.com/culture">our blog</a>.</p>')).toBeNull();
    expect(apply('<p>To apply, write to <a href="mailto:jobs@example.com">jobs@example.com</a>.</p>')).toBeNull();
    expect(
      apply(
        '<h3>How to apply</h3><p>Send a CV.</p><p>We read every letter.</p><p>Our values.</p><p><a href="https://example.com/about">About us</a></p>',
      ),
    ).toBeNull();
  });
});

describe('a title written as a sentence of hiring', () => {
  const title = (heading: string) =>
    read(`<html><head><title>Jobs</title></head><body><main><h1>${heading}</h1>${PARTS}</main></body></html>`).title;
  it('the job after the seeking words, a bracket of several facts left with the sentence', () => {
    expect(title('Die OKF sucht eine:n Projektmanager:in für Policy und Open Data (75-100%, ab sofort)')).toBe(
      'Projektmanager:in für Policy und Open Data',
    );
    expect(title('Prototype Fund: Kommunikationstalent für Content-Strategie gesucht! (100%, ab Januar 2020)')).toBe(
      'Kommunikationstalent für Content-Strategie',
    );
    expect(title('Der Prototype Fund sucht eine Person für Förderrundenmanagement (32 h/Woche)')).toBe(
      'Förderrundenmanagement (32 h/Woche)',
    );
  });
  it('a research post is no sentence, and "We are looking for …" stays whole', () => {
    expect(title('Chargé de recherche en IA')).toBe('Chargé de recherche en IA');
    expect(title('We are looking for cleaning assistants')).toBe('We are looking for cleaning assistants');
  });
});

describe('a place no list knows, under the title, where the posting’s address names it too', () => {
  const page = (line: string, url: string) =>
    read(
      `<html><head><title>Masseurin</title></head><body><main><h1>Masseurin</h1><p>${line}</p>${PARTS}</main></body></html>`,
      url,
    ).locations;
  it('"Loßburg" under the title of …/26-05-12-lossburg-masseurin/', () => {
    expect(page('Loßburg', 'https://www.example.de/stellenanzeigen/26-05-12-lossburg-masseurin/')).toEqual(['Loßburg']);
    expect(page('Bad Wurzach', 'https://www.example.de/stellen/bad-wurzach-diaetassistentin/')).toEqual([
      'Bad Wurzach',
    ]);
  });
  it('not a line the address does not name, nor a company alone in it', () => {
    expect(page('Loßburg', 'https://www.example.de/stellenanzeigen/masseurin/')).toEqual([]);
    expect(page('Acme', 'https://jobs.lever.co/acme')).toEqual([]);
  });
});

describe('a pay range whose second end names its grade', () => {
  it('"GS-15 Step 1 - $105,123 to GS-15 Step 10 $136,659" is the range', () => {
    const found = findSalary(
      'The base salary range for this position is: GS-15 Step 1 - $105,123 to GS-15 Step 10 $136,659.',
    );
    expect(found?.salary).toEqual({ min: 105123, max: 136659, currency: 'USD', period: 'year' });
  });
  it('a figure and an unrelated one later stay apart', () => {
    expect(findSalary('Up to $10,000 per year for fertility. Team of 10 $-savvy people.')?.salary.max).toBe(10000);
  });
});

describe('the date a posting was published, by its label in more languages', () => {
  it.each([
    ['Publiceret: 2026-12-03'],
    ['Publicerad: 2026-12-03'],
    ['Publisert: 2026-12-03'],
    ['Online seit: 03.12.2026'],
    ['Posting date: 2026-12-03'],
  ])('%s', (line) => {
    const job = read(
      `<html><head><title>Lager</title></head><body><main><h1>Lagermedarbejder</h1><p>${line}</p>${PARTS}</main></body></html>`,
    );
    expect(job.datePosted).toBe('2026-12-03');
  });
});

describe('the date a post’s header gives in a <time datetime> beside its title', () => {
  const post = (html: string) => read(`<html><body><main>${html}${PARTS}</main></body></html>`).datePosted;
  it('in the byline under the title, or in the meta line over it', () => {
    expect(post('<h1>Software Engineer</h1><p>By awalvie · <time datetime="2026-05-01">May 1, 2026</time></p>')).toBe(
      '2026-05-01',
    );
    expect(
      post(
        '<header><div class="meta"><time datetime="2023-11-20">November 20, 2023</time></div><h1>Postdoc at PSI</h1></header>',
      ),
    ).toBe('2023-11-20');
  });
  it('not a date further down the post (an event, a deadline)', () => {
    expect(
      post(
        '<h1>Software Engineer</h1><p>We build robots.</p><p>We ship often.</p><p>We test well.</p><p>Meet us on <time datetime="2026-09-01">September 1</time>.</p>',
      ),
    ).toBeNull();
  });
});

describe('degrees as postings in more languages name them', () => {
  it.each([
    ['Je hebt een HBO of WO-achtergrond in informatica', ['bachelor', 'master']],
    ['HBO werk- en denkniveau', ['bachelor']],
    ['Vous êtes issu d’une formation de type Master en Marketing', ['master']],
    ['Laurea specialistica in Giurisprudenza', ['master']],
    ['Sosialfaglig utdanning på bachelornivå', ['bachelor']],
    ['Degree from a recognized post-secondary institution', ['bachelor']],
    ['Scrum Master en équipe agile', []],
    ['Inženýrské vzdělání v oboru elektrotechnika', ['master']],
    ['Zájem o oblast data inženýringu a datové integrace', []],
    ['projektové a inženýrské činnosti v oblasti energetiky', []],
  ])('%s', (text, degrees) => {
    expect(educationIn(text)?.value ?? []).toEqual(degrees);
  });
});

describe('years of experience in more languages and as US postings write them', () => {
  it.each([
    ['Minimum 1 års erfaring som elektromontør', { min: 1 }],
    ['har minst 4 års erfarenhet från yrket', { min: 4 }],
    ['almeno 2 e massimo 4 anni di esperienza in ruoli similari', { min: 2, max: 4 }],
    ['you must have one (1) year of specialized experience at the next lower grade', { min: 1 }],
    // The dot of an abbreviation before the number ends no sentence: the context word before it counts.
    ['praxe min. 2 roky', { min: 2 }],
    ['mehrjährige Berufserfahrung (mind. 5 Jahre)', { min: 5 }],
    ['Entre 3 y 5 años de experiencia como software engineer', { min: 3, max: 5 }],
    ['+1 año de experiencia comprobada en atención al cliente', { min: 1 }],
  ])('%s', (text, years) => {
    expect(experienceYearsIn(text)?.value).toEqual(years);
  });
  it('the years ahead are no experience ("De komende twee jaar …", "over the next two years")', () => {
    expect(experienceYearsIn('De komende twee jaar gaan wij de front-end vernieuwen, met jouw ervaring.')).toBeNull();
    expect(experienceYearsIn('Over the next two years you will gain experience in our platform.')).toBeNull();
  });
  it('a period that is no experience says nothing', () => {
    expect(experienceYearsIn('over en periode på inntil 3 år på Jan Mayen')).toBeNull();
  });
});

describe('a nice-to-have written under the must-have bullets, and a company the document title names with places', () => {
  it('"Sarà considerato requisito preferenziale …" after the list is a nice-to-have', () => {
    const got = parts(
      '<h3>Requisiti</h3><ul><li>Ottima conoscenza della lingua inglese</li><li>Capacità analitiche</li></ul><p>Sarà considerato requisito preferenziale l’aver maturato esperienza presso Enti pubblici.</p>',
    );
    expect(got.requirements).toEqual(['Ottima conoscenza della lingua inglese', 'Capacità analitiche']);
    expect(got.niceToHave).toEqual([
      'Sarà considerato requisito preferenziale l’aver maturato esperienza presso Enti pubblici.',
    ]);
  });
  it('"Vacature Senior developer bij Iquality (Nijmegen en Eindhoven)" names Iquality, and the places', () => {
    const heading = 'Vacature Senior front-end developer bij Iquality (Nijmegen en Eindhoven)';
    const job = read(
      `<html><head><title>${heading}</title></head><body><main><h1>${heading}</h1><p>Wij bouwen software.</p>${PARTS}</main></body></html>`,
    );
    expect([job.title, job.company, job.locations]).toEqual([
      'Senior front-end developer',
      'Iquality',
      ['Nijmegen', 'Eindhoven'],
    ]);
  });
});

describe('a long sentence that introduces the bullets after it names their part by its last words', () => {
  it('"… varför du utöver din lön erhåller bland annat följande förmåner:" heads benefits', () => {
    const got = parts(
      '<p>För oss är en viktig del att du ska känna dig trygg under hela din arbetsperiod varför du utöver din lön erhåller bland annat följande förmåner:</p><ul><li>Tjänstepension</li><li>Övriga försäkringar</li></ul>',
    );
    expect(got.benefits).toEqual(['Tjänstepension', 'Övriga försäkringar']);
  });
  it('"…, vous bénéficierez :" heads benefits', () => {
    const got = parts(
      '<p>En intégrant Schneider Electric en tant qu’Alternant, en plus d’une expérience enrichissante, vous bénéficierez :</p><ul><li>D’un package salarial attractif</li><li>D’une participation aux frais de transport</li></ul>',
    );
    expect(got.benefits).toEqual(['D’un package salarial attractif', 'D’une participation aux frais de transport']);
  });
  it('"Just a few of the Benefits enjoyed by our employees…": an ellipsis leads into the bullets as a colon does', () => {
    const got = parts(
      '<p>Just a few of the Benefits enjoyed by PPIL employees…</p><ul><li>Mission focused work</li><li>A friendly team</li></ul>',
    );
    expect(got.benefits).toEqual(['Mission focused work', 'A friendly team']);
  });
});

describe('a bracketed word no list knows at the end of a title gives way to the places a sentence names', () => {
  it('"Senior Agile Delivery Manager (Partnerships)" with "locations in Ottawa, Montreal …"', () => {
    const job = read(
      `<html><head><title>Delivery Manager</title></head><body><main><h1>Senior Agile Delivery Manager (Partnerships)</h1><p>While we have locations in Ottawa, Montreal, Toronto, and Kitchener; we work distributedly.</p>${PARTS}</main></body></html>`,
    );
    expect(job.locations).toEqual(['Ottawa', 'Montreal', 'Toronto', 'Kitchener']);
  });
  it('the address names a place of two words written as one ("badwurzach")', () => {
    const job = read(
      `<html><head><title>Diätassistentin</title></head><body><main><h1>Diätassistentin</h1><p>Bad Wurzach</p>${PARTS}</main></body></html>`,
      'https://www.example.de/stellenanzeigen/26-04-23-badwurzach-diaetassistenz/',
    );
    expect(job.locations).toEqual(['Bad Wurzach']);
  });
});

describe('levels in more languages', () => {
  const level = (title: string, line = '') =>
    read(
      `<html><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${line}</p>${PARTS}</main></body></html>`,
    ).seniority;
  it('"Ärztliche Leitung", "Leitung Hauswirtschaft" head a department; "Projektleitung" does not', () => {
    expect(level('Ärztliche Leitung')).toBe('director');
    expect(level('Leitung Hauswirtschaft')).toBe('director');
    expect(level('Projektleitung Fundraising')).toBeNull();
  });
  it('"Seniority: Semi-senior" is the middle level', () => {
    expect(level('Back-end dev', 'Seniority: Semi-senior')).toBe('mid');
  });
});

describe('a posting whose asks are all optional is still a posting', () => {
  it('a title and three nice-to-haves', () => {
    const job = read(
      '<html><head><title>Analyst</title></head><body><main><h1>Analyst</h1><h2>Profile</h2><ul><li>Ideally some SQL</li><li>Ideally some Python</li><li>Preferably a degree in economics</li></ul></main></body></html>',
    );
    expect(job.isJobPosting).toBe(true);
    expect(job.niceToHave).toHaveLength(3);
  });
});

describe('technologies listed with the words of any language', () => {
  it.each([
    ['Ovládáš Swift nebo Objective-C.', ['Swift', 'Objective-C']],
    ['Du entwickelst in Go und Rust.', ['Go', 'Rust']],
    ['Você programa em Go ou Elixir.', ['Go', 'Elixir']],
  ])('%s', (text, names) => {
    for (const name of names) expect(skillNames(text)).toContain(name);
  });
});

describe('the company a row of the page names, and a document title that names the page and whose it is', () => {
  const doc = (title: string, body: string) =>
    read(
      `<html><head><title>${title}</title></head><body><main><h1>iOS Developer</h1>${body}${PARTS}</main></body></html>`,
    );
  it('a labelled row outranks the site the document title names', () => {
    const job = doc('iOS Developer | Jobs Board', '<dl><dt>Zadavatel</dt><dd>PPF banka a.s.</dd></dl>');
    expect(job.company).toBe('PPF banka a.s.');
    expect(doc('iOS Developer', '<p>Employer: Acme Robotics GmbH</p>').company).toBe('Acme Robotics GmbH');
  });
  it('a sentence under a bare "Unternehmen" is no name', () => {
    const job = doc('iOS Developer - Acme', '<p>Unternehmen</p><p>Wir sind ein junges Team aus Berlin.</p>');
    expect(job.company).toBe('Acme');
  });
  it('"Detail pozice | Raiffeisenbank": the page’s words for itself, then whose page it is', () => {
    expect(doc('Detail pozice | Raiffeisenbank', '').company).toBe('Raiffeisenbank');
    expect(doc('Job details | Detail pozice', '').company).toBeNull();
  });
});

describe('workplace: the most remote choice offered, an occasional day at home, and hybrid cars', () => {
  const wp = (text: string) => workplaceInText(text)?.value ?? null;
  it('"either in our Munich office or remotely" is remote', () => {
    expect(wp('You have the flexibility to work either in our Munich office or remotely within the EU.')).toBe(
      'remote',
    );
  });
  it('the option to work remotely one day a week is a perk, not a remote job', () => {
    expect(wp('You have the option to work remotely one flexible day per week.')).toBeNull();
    expect(wp('You will work remotely with a distributed team.')).toBe('remote');
  });
  it('five times a week in the office is on-site', () => {
    expect(wp('Ability to work 5x a week in office, in London.')).toBe('onsite');
  });
  it('"véhicules hybrides" and a hybrid cloud say nothing of the work; "hybrides Arbeiten" does', () => {
    expect(wp('le 1er distributeur français de véhicules hybrides.')).toBeNull();
    expect(wp('Wir bieten hybrides Arbeiten und flexible Zeiten.')).toBe('hybrid');
  });
});

describe('an amount on a line about a perk is no pay, in any language, and the pay after it still is', () => {
  it('a contribution to a cafeteria, a meal allowance, a bonus programme', () => {
    expect(salaryInText('12 000 Kč příspěvek do Cafeterie\n70 Kč stravenkový paušál')).toBeNull();
    expect(salaryInText('Jährlicher Bonus von bis zu 5.000 €')).toBeNull();
  });
  it('the pay on a later line is found past the perk', () => {
    const found = salaryInText('12 000 Kč příspěvek do Cafeterie\nMzda: 45 000 - 60 000 Kč měsíčně');
    expect(found?.salary).toEqual({ min: 45000, max: 60000, currency: 'CZK', period: 'month' });
  });
});

describe('employment type: a contractor’s form outranks the hours, unless the row offers employment too', () => {
  const rows = (contract: string) =>
    read(
      `<html><head><title>Analytik</title></head><body><main><h1>Analytik</h1><dl><dt>Typ úvazku</dt><dd>Práce na plný úvazek</dd><dt>Typ smluvního vztahu</dt><dd>${contract}</dd></dl>${PARTS}</main></body></html>`,
    ).employmentType;
  it('a trade licence (IČO) alone is a contract', () => {
    expect(rows('práce na živnostenský list (IČO)')).toBe('contract');
  });
  it('beside an employment contract the hours stand', () => {
    expect(rows('pracovní smlouva, práce na živnostenský list (IČO)')).toBe('full-time');
  });
  it('Polish and Portuguese contract and temporary forms', () => {
    expect(employmentTypeStated('Zatrudnienie na podstawie umowy zlecenie z określonym systemem wynagrodzeń')).toBe(
      'contract',
    );
    expect(
      employmentTypeStated('zatrudnienie w oparciu o umowę o pracę tymczasową (pełne składki ZUS, płatny urlop)'),
    ).toBe('temporary');
    expect(employmentTypeStated('Ser Mei (Microempreendedor Individual)')).toBe('contract');
  });
});

describe('a postal address under the title names the town, and Czech labels of the workplace', () => {
  it('street, number, postal code, town and country', () => {
    expect(placeOfAddress('U Přehrady 3204/61, 46602 Jablonec nad Nisou - Mšeno nad Nisou, Česká republika')).toBe(
      'Jablonec nad Nisou - Mšeno nad Nisou, Česká republika',
    );
    expect(placeOfAddress('Maliebaan 100, 3581 CX Utrecht')).toBe('Utrecht');
    expect(placeOfAddress('Wir sind 25 Leute, 10 davon in Berlin')).toBeNull();
  });
  it('the address line of a posting with no place list knows', () => {
    const job = read(
      '<html><head><title>Vývojář</title></head><body><main><h1>Vývojář C#</h1><p>U Přehrady 3204/61, 46602 Jablonec nad Nisou, Česká republika</p>' +
        `${PARTS}</main></body></html>`,
    );
    expect(job.locations.join(' ')).toContain('Jablonec nad Nisou');
  });
  it('"Pracoviště: Praha 4 – Brumlovka" in a list of the offer', () => {
    const job = read(
      `<html><head><title>Analytik</title></head><body><main><h1>IT Analytik</h1>${PARTS}<h2>Nabízíme</h2><ul><li>Stravenky</li><li>Pracoviště: Praha 4 – Brumlovka (Vyskočilova 1442/1b)</li></ul></main></body></html>`,
    );
    expect(job.locations.join(' ')).toContain('Brumlovka');
  });
});

describe('a company is never a site’s domain or an address’s path word', () => {
  it('"Ontola.io" in the document title is Ontola; ".com" is part of a name', () => {
    const doc = (title: string) =>
      read(`<html><head><title>${title}</title></head><body><main><h1>Developer</h1>${PARTS}</main></body></html>`)
        .company;
    expect(doc('Developer | Ontola.io')).toBe('Ontola');
    expect(doc('Developer | Booking.com')).toBe('Booking.com');
  });
  it('apply.workable.com/j/<code> names no company: the line under the title does', () => {
    const job = read(
      '<html><head><title>Associate Designer</title></head><body><main><h1>Associate Designer</h1><p>Huckberry · Austin, Texas, United States</p>' +
        `${PARTS}</main></body></html>`,
      'https://apply.workable.com/j/62180FD5F9',
    );
    expect(job.company).toBe('Huckberry');
  });
});

describe('workplace: LinkedIn’s tags, an office day a week, a choice, and words of more languages', () => {
  const wp = (text: string) => workplaceInText(text)?.value ?? null;
  it('"#LI-Onsite", "#LI-Hybrid", "#LI-Remote" at the end of an ATS posting', () => {
    expect(wp('Privacy Policy. #LI-Onsite A Note on AI')).toBe('onsite');
    expect(wp('#LI-Hybrid')).toBe('hybrid');
    expect(wp('#LI-Remote')).toBe('remote');
  });
  it('"Remote-first, Berlin office minimum once a week" is hybrid', () => {
    expect(wp('Remote-first, Berlin office minimum once a week')).toBe('hybrid');
  });
  it('"a distributed and hybrid team" says how the team is spread, not how the job is worked', () => {
    expect(wp('Collaborate effectively in a distributed and hybrid team')).toBeNull();
  });
  it('a label offering a choice is its most remote option', () => {
    expect(workplaceFrom('Praha / hybrid / remote')).toBe('remote');
    expect(workplaceFrom('Hybrid (remote Fridays)')).toBe('hybrid');
  });
  it('"Modalidad: Híbrida", "pracę stacjonarną"', () => {
    expect(wp('Trabajo bajo metodologías Agile/Scrum. Modalidad: Híbrida Ubicación: CDMX')).toBe('hybrid');
    expect(wp('Oferujemy pracę stacjonarną w siedzibie firmy przy ul. Wspólnej 2a.')).toBe('onsite');
  });
});

describe('hybrid work in running text, as real postings write it', () => {
  const wp = (text: string) => workplaceInText(text)?.value ?? null;
  it.each([
    ['Hybrid-working arrangements are available.'],
    ['You must be willing to work in London 1-2 days a week.'],
    ['Salesforce Solution Architect – Praha / Hybrid 3+2'],
    ['Das Projekt kann hybrid durchgeführt werden.'],
    ['Remote-Anteil: 4 Tage vor Ort die Woche'],
    ['Einsatz ist 2 Tage/Woche on-site in Wien, 3 Tage/Woche Remote Office.'],
    ['Home office 2 à 3 jours / semaine'],
  ])('%s', (text) => expect(wp(text)).toBe('hybrid'));
});

describe('on-site work in running text, as real postings write it', () => {
  const wp = (text: string) => workplaceInText(text)?.value ?? null;
  it.each([
    ['This is a full-time, office-based position in Singapore.'],
    ['Office-based position located in Houston, TX.'],
    ['Senior Technical Program Manager - Brooklyn, NYC (ONSITE) - Full-time'],
    ['Ability to work on-site 5 days a week in our Mountain View office.'],
    ['Modern office on Namesti Republiky, 5 days in-office.'],
    ['Présence physique sur site (locaux de Libération).'],
    ['O trabalho é presencial, com fácil acesso.'],
    ['Arbetstiderna är fasta och du befinner dig på kontoret mellan 08:00 - 17:00.'],
  ])('%s', (text) => expect(wp(text)).toBe('onsite'));
});

describe('remote work in running text, as real postings write it', () => {
  const wp = (text: string) => workplaceInText(text)?.value ?? null;
  it.each([
    ['EUR 80.000 brutto Jahresgehalt, Remote innerhalb von Deutschland.'],
    ['Auf Wunsch ist komplette Remote-Arbeit möglich.'],
    ['Buscamos a alguien en Monterrey, pero puedes trabajar remoto desde cualquier parte de México.'],
    ['Trabajarás en remoto, desde tu casa.'],
    ['You can be based anywhere.'],
    ['Teachers typically work from home but must travel occasionally.'],
  ])('%s', (text) => expect(wp(text)).toBe('remote'));
});

describe('workplace in Italian running text', () => {
  const wp = (text: string) => workplaceInText(text)?.value ?? null;
  it('"in modalità smart working", "lavorare da remoto" are remote work', () => {
    expect(wp('Si prevede la possibilità di avviare lo stage in modalità smart working.')).toBe('remote');
    expect(wp('Flessibilità di lavorare da remoto da tutta Italia.')).toBe('remote');
    expect(wp('Lavoriamo nella nostra sede di Roma.')).toBeNull();
  });
});

describe('workplace in Dutch and German running text', () => {
  const wp = (text: string) => workplaceInText(text)?.value ?? null;
  it('Dutch: hybride werken, days at the office, fully remote, fully at the office', () => {
    expect(wp('Wij bieden hybride werken en een goed salaris.')).toBe('hybrid');
    expect(wp('Je werkt twee dagen per week op kantoor in Utrecht.')).toBe('hybrid');
    expect(wp('Een combinatie van thuiswerken en kantoor.')).toBe('hybrid');
    expect(wp('Deze functie is volledig remote.')).toBe('remote');
    expect(wp('Je werkt volledig op kantoor.')).toBe('onsite');
    expect(wp('Wij verkopen hybride auto’s.')).toBeNull();
  });
  it('German: fully remote, location-independent', () => {
    expect(wp('Du arbeitest vollständig remote.')).toBe('remote');
    expect(wp('Bei uns kannst du ortsunabhängig arbeiten.')).toBe('remote');
    expect(wp('Remote aus ganz Deutschland möglich.')).toBe('remote');
  });
});

describe('employment types in the Nordic languages, Polish and Czech', () => {
  it.each([
    ['Vikariat', 'temporary'],
    ['Midlertidig stilling i 12 måneder', 'temporary'],
    ['Visstidsanställning', 'temporary'],
    ['Deltid', 'part-time'],
    ['Praca na część etatu', 'part-time'],
    ['Umowa B2B', 'contract'],
    ['Brigáda', 'temporary'],
  ])('%s', (text, type) => {
    expect(employmentTypeStated(text)).toBe(type);
  });
  it('"B2B sales" is a market, not a contract', () => {
    expect(employmentTypeStated('3+ years of B2B sales experience')).toBeNull();
  });
});

describe('tools the skills data lacked, named in real postings', () => {
  it('test, build and CMS tools, a messaging API, sector software', () => {
    expect(skillNames('Experience with PHPUnit, StencilJS, Django CMS and MSBuild')).toEqual(
      expect.arrayContaining(['PHPUnit', 'StencilJS', 'Django CMS', 'MSBuild']),
    );
    expect(skillNames('Integrações com a WhatsApp Business API')).toContain('WhatsApp API');
    expect(skillNames('Maîtrise de Sidetrade appréciée')).toContain('Sidetrade');
    expect(skillNames('Vana i journalsystemet Procapita')).toContain('Procapita');
  });
  it('GIS, learning, ERP, HR and clinical systems', () => {
    expect(skillNames('dobrá znalost prostředí ArcGIS, ArcGIS Enterprise, QGIS výhodou')).toEqual(
      expect.arrayContaining(['ArcGIS', 'ArcGIS Enterprise', 'QGIS']),
    );
    expect(skillNames('Erfahrung mit der Pflege von Moodle-Räumen')).toContain('Moodle');
    expect(skillNames('Experience with SAPUI5, SAP Fiori and OData services')).toEqual(
      expect.arrayContaining(['SAPUI5', 'SAP Fiori', 'OData']),
    );
    expect(skillNames('znalost Infor LN výhodou')).toContain('Infor LN');
  });
  it('concepts are no tools: a YAML file, a PKI', () => {
    expect(skillNames('Write YAML for the PKI rollout')).toEqual([]);
  });
  it('design, e-learning, device management, SAP modules and office tools of fresh pages', () => {
    expect(skillNames('Sicherer Umgang mit Vectorworks, SketchUp und Adobe Creative Cloud')).toEqual(
      expect.arrayContaining(['Vectorworks', 'SketchUp']),
    );
    expect(skillNames('Tools: Articulate 360, Qualtrics, Storyline, Mural')).toEqual(
      expect.arrayContaining(['Articulate 360', 'Qualtrics', 'Storyline', 'Mural']),
    );
    expect(skillNames('Kenntnisse in SCCM, WSUS, Jamf und Matrix42 Empirum')).toEqual(
      expect.arrayContaining(['SCCM', 'WSUS', 'Jamf', 'Matrix42', 'Empirum']),
    );
    expect(skillNames('Erfahrung mit SAP MM und SAP HCM, Lotus Notes')).toEqual(
      expect.arrayContaining(['SAP MM', 'SAP HCM', 'Lotus Notes']),
    );
    expect(skillNames('Ervaring met Exact Online is een pré')).toContain('Exact Online');
    expect(skillNames('A single machine running NixOS')).toContain('NixOS');
  });
  it('words that are also tools stay words: a storyline, a mural, CHAGEE (CHAH-jee)', () => {
    expect(skillNames('We tell a storyline with a mural in our teahouse, CHAGEE (pronounced CHAH-jee)')).toEqual([]);
  });
});

describe('a group inside a part that asks for another part', () => {
  it('"Your role" → duty groups → "You’ve done all of these things.." → must-haves, one optional', () => {
    const found = parts(
      '<p><strong>Your role</strong></p><p>The finance function is still taking shape.</p>' +
        '<p><strong>Accounts Payable</strong></p><ul><li>Process and manage all supplier payments.</li><li>Manage accounts receivable and credit control as required.</li><li>Reconciliation of all transactions.</li></ul>' +
        '<p><strong>You’ve done all of these things..</strong></p><ul><li>Strong academics, including a minimum 2:1 or equivalent undergraduate degree</li><li>A qualified member of an accountancy body with 1-2 years’ qualified experience</li><li>Experience with Xero advantageous but not essential</li><li>Exceptional communication skills</li></ul>',
    );
    expect(found.responsibilities).toEqual([
      'Process and manage all supplier payments.',
      'Manage accounts receivable and credit control as required.',
      'Reconciliation of all transactions.',
    ]);
    expect(found.requirements).toEqual([
      'Strong academics, including a minimum 2:1 or equivalent undergraduate degree',
      'A qualified member of an accountancy body with 1-2 years’ qualified experience',
      'Exceptional communication skills',
    ]);
    expect(found.niceToHave).toEqual(['Experience with Xero advantageous but not essential']);
  });
  it('a group of duties under the duties stays, whatever its heading says', () => {
    const found = parts(
      '<h2>What you will do</h2><p><strong>Management Accounting</strong></p><ul><li>Be responsible for the month end accounts.</li><li>Work closely with the payroll team.</li><li>Contribute to the finance function.</li></ul>',
    );
    expect(found.responsibilities).toHaveLength(3);
    expect(found.requirements).toEqual([]);
  });
});

describe('a later list of a part, with no heading between, that asks for another part', () => {
  it('"Your roles include:" → duties · an empty line · a list of asks → must-haves', () => {
    const found = parts(
      '<p><strong>Your roles include:</strong></p><ul><li>Oversee facilities management operations across HQ and satellite offices.</li><li>Monitor and maintain all electrical and mechanical systems.</li></ul><p></p>' +
        '<ul><li>Tertiary qualification in facilities management with at least 8 years of relevant experience.</li><li>Experience in commercial office environments.</li><li>Technically sound with knowledge of M&amp;E maintenance.</li></ul>',
    );
    expect(found.responsibilities).toEqual([
      'Oversee facilities management operations across HQ and satellite offices.',
      'Monitor and maintain all electrical and mechanical systems.',
    ]);
    expect(found.requirements).toHaveLength(3);
  });
  it('a second list of duties, or one with a duty among it, stays in the part', () => {
    const found = parts(
      '<h2>What you will do</h2><ul><li>Build the reports.</li></ul><ul><li>Experience with SQL is used daily.</li><li>Maintain the dashboards.</li><li>Work with the finance team.</li></ul>',
    );
    expect(found.responsibilities).toHaveLength(4);
    expect(found.requirements).toEqual([]);
  });
});

describe('a company that heads its perks by name, and a page whose main heading names the page', () => {
  it('"Meatable" under the title and "Meatable offers:" name the company, and the line is no place', () => {
    const job = read(
      '<html><head><title>IPSC Scientist</title></head><body><main><h1>IPSC Scientist</h1><p>Meatable</p><p>As our iPSC scientist you will design, execute and plan experiments.</p><p>Qualifications:</p><ul><li>Master or PhD, Cell Biology</li><li>Experience growing iPS cells</li></ul><p>Meatable offers:</p><ul><li>A competitive salary</li><li>Stock options</li></ul></main></body></html>',
      'https://board.example.org/jobs/meatable-ipsc-scientist',
    );
    expect(job.company).toBe('Meatable');
    expect(job.locations).toEqual([]);
  });
  it.each([['mymotion.de GmbH & Co. KG'], ['Huxley, ein Geschäftszweig der SThree GmbH']])(
    'the line "%s" under the title, ending in a legal form, is the company however it opens',
    (name) => {
      const job = read(
        `<html lang="de"><head><title>Sachbearbeiter (m/w/d)</title></head><body><main><h1>Sachbearbeiter (m/w/d)</h1><p>${name}</p><p>Für eine Supermarktkette in Köln suchen wir eine:n Sachbearbeiter:in.</p>${PARTS}</main></body></html>`,
      );
      expect(job.company).toBe(name);
    },
  );
  it.each([
    [
      'fr',
      'Le Service numérique canadien (SNC) est chargé de changer la façon dont le gouvernement conçoit ses services.',
      'Au SNC, nous croyons',
      'Service numérique canadien',
    ],
    [
      'fr',
      'La Caisse nationale d’assurance maladie (CNAM) pilote le réseau.',
      'À la CNAM, vous travaillerez',
      'Caisse nationale d’assurance maladie',
    ],
  ])('%s: a name in lower-case words with its short name in brackets ("%s")', (lang, opening, again, name) => {
    const job = read(
      `<html lang="${lang}"><head><title>Analyste</title></head><body><main><h1>Analyste</h1><p>${opening}</p><p>${again} que les services publics doivent être simples.</p>${PARTS}</main></body></html>`,
    );
    expect(job.company).toBe(name);
  });
  it('brackets whose letters are not the words’ initials name nothing', () => {
    const job = read(
      `<html lang="fr"><head><title>Analyste</title></head><body><main><h1>Analyste</h1><p>Le service des données (DSI) est chargé de changer la façon.</p><p>Au DSI, nous croyons que les services publics doivent être simples.</p>${PARTS}</main></body></html>`,
    );
    expect(job.company).toBeNull();
  });
  it('the line under the title that names the place its organisation serves is the company, no place', () => {
    const job = read(
      `<html><head><title>Temporary Staff</title></head><body><main><h1>Temporary Staff</h1><p>Monetary Authority of Singapore</p><p>MAS is the central bank of Singapore. The Monetary Authority of Singapore may hire temporary staff.</p>${PARTS}</main></body></html>`,
    );
    expect(job.company).toBe('Monetary Authority of Singapore');
    expect(job.locations).toEqual([]);
  });
  it('the name under the title that the address gives after "-at-" is the company, not a town', () => {
    const html =
      '<html><head><title>Stem Cell Biologist</title></head><body><main><h1>Stem Cell Biologist</h1><p>New Age Meats</p><p>We are looking for a stem cell biologist.</p><p><strong>Duties include:</strong></p><ul><li>Deriving mammalian cell lines</li><li>Formulating culture media</li></ul></main></body></html>';
    const job = read(html, 'https://board.example.org/jobs/2018-08-20-stem-cell-biologist-at-new-age-meats.md');
    expect(job.company).toBe('New Age Meats');
    expect(job.locations).toEqual([]);
    // Named among the address's other words, not after "-at-", the line is the job's town.
    const town = read(
      html.replace('New Age Meats', 'Bad Wurzach'),
      'https://board.example.org/jobs/badwurzach-stem-cell-biologist',
    );
    expect(town.company).toBeNull();
  });
  it('an h1 "Vacatures" over the job’s own heading: the job’s heading is the title', () => {
    const job = read(
      '<html lang="nl"><head><title>Vacatures</title></head><body><main><h1>Vacatures</h1><p>School de Hofakker · Vorden</p><h4>Inval leerkracht kleuterklas</h4><p>Wij zoeken een enthousiaste inval leerkracht.</p><h3>Wat wij vragen</h3><ul><li>Een afgeronde pabo-opleiding</li><li>Ervaring met kleuters</li></ul></main></body></html>',
    );
    expect(job.title).toBe('Inval leerkracht kleuterklas');
    expect(job.company).toBe('School de Hofakker');
    expect(job.locations).toEqual(['Vorden']);
  });
  it('"Hiring" as the document title of a page with no h1 is no title', () => {
    const job = read(
      `<html><head><title>Hiring</title></head><body><main><h2>Data Analyst</h2>${PARTS}</main></body></html>`,
    );
    expect(job.title).toBe('Data Analyst');
  });
});

describe('places of the US and Canada', () => {
  it('"Berkeley, CA", "San Mateo, CA 94401", "Toronto, ON" and a state named in full are places', () => {
    for (const place of ['Berkeley, CA', 'San Mateo, CA 94401', 'Toronto, ON', 'Patuxent River, Maryland'])
      expect(looksLikePlace(place), place).toBe(true);
  });
  it('a code needs its town and comma: "CA" alone, "Acme, Inc" are no place', () => {
    for (const text of ['CA', 'Acme, Inc', 'Sales, OR Marketing']) expect(looksLikePlace(text), text).toBe(false);
  });
  it('the byline under a title: a company, then a town and its state', () => {
    const job = read(page('Naval Air Systems Command · Patuxent River, Maryland'));
    expect(job.company).toBe('Naval Air Systems Command');
    expect(job.locations).toEqual(['Patuxent River, Maryland']);
  });
});

describe('a title that names its company after an article', () => {
  it('"Research Software Engineer at the Oxford Research Centre"', () => {
    const job = read(
      `<html><head><title>Jobs</title></head><body><main><h1>Research Software Engineer at the Oxford Research Centre</h1>${PARTS}</main></body></html>`,
    );
    expect(job.title).toBe('Research Software Engineer');
    expect(job.company).toBe('Oxford Research Centre');
  });
});

describe('prose ads of fresh pages', () => {
  const ad = (title: string, byline: string, body: string, lang = 'en') =>
    read(
      `<html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${byline}</p><div>${body}</div></main></body></html>`,
    );
  it('a title that is a sentence of hiring, beside the genders it is open to', () => {
    const job = ad(
      'DLR sucht Referent:in (m/w/d) im Bereich Weltraumlage',
      'Posted 2024',
      '<p>Die Raumfahrtagentur am Standort Bonn schreibt eine spannende Stelle aus.</p><p>Schau gerne in die Stellenausschreibung.</p>',
      'de',
    );
    expect(job.isJobPosting).toBe(true);
    expect(job.company).toBe('DLR');
  });
  it('"2 Postes sont à pourvoir" beside the employer and place; a département’s number is no part of the town', () => {
    const job = ad(
      'Masseur / Masseuse kinésithérapeute',
      'ETS SOINS SUITE ET READAPTATION 3 EPIS - · 68 - AMMERSCHWIHR',
      '<p>Vous exercez dans un établissement de 206 lits.</p><p>2 Postes sont à pourvoir : 1 CDD de 2 mois, 1 CDD de 6 mois.</p>',
      'fr',
    );
    expect(job.isJobPosting).toBe(true);
    expect(job.company).toBe('ETS SOINS SUITE ET READAPTATION 3 EPIS');
    expect(job.locations).toEqual(['AMMERSCHWIHR']);
  });
  it('"… is looking to hire a …" is a sentence of hiring', () => {
    const job = ad(
      'Support Specialist',
      'Acme Foundation · Berlin',
      '<p>The Acme Project is looking to hire a software support specialist.</p><p>Send us an email.</p>',
    );
    expect(job.isJobPosting).toBe(true);
  });
});

describe('the title as the main heading shows it', () => {
  it('the heading’s words in brackets after the structured data’s title are kept', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Community Coordinator',
    });
    const job = read(
      `<html><head><title>Jobs</title><script type="application/ld+json">${ld}</script></head><body><main><h1>Community Coordinator (part-time)</h1>${PARTS}</main></body></html>`,
    );
    expect(job.title).toBe('Community Coordinator (part-time)');
  });
  it('"FULL TIME" in a title names no job: it says the job is full-time', () => {
    const job = read(
      `<html lang="nl"><head><title>Vacatures</title></head><body><main><h1>Vacatures</h1><h3>EEN FULL TIME MAGAZIJN MEDEWERKER:</h3><h4>Wat ga je doen</h4><ul><li>Orders verzamelen</li><li>Goederen ontvangen</li></ul><h4>Wat vragen wij</h4><ul><li>Rijbewijs B</li><li>Ervaring in een magazijn</li></ul><p>Een tijdelijk contract met uitzicht op vast.</p></main></body></html>`,
    );
    expect(job.title).toBe('EEN FULL TIME MAGAZIJN MEDEWERKER');
    expect(job.employmentType).toBe('full-time');
  });
  it('a title’s company tidied away leaves the hours it states', () => {
    const job = read(
      `<html lang="de"><head><title>Stellen</title></head><body><main><h1>Administrator*in bei der Open Knowledge Foundation Deutschland (50% E13/3, ab sofort)</h1>${PARTS}</main></body></html>`,
    );
    expect(job.title).toBe('Administrator*in');
    expect(job.company).toBe('Open Knowledge Foundation Deutschland');
    expect(job.employmentType).toBe('part-time');
  });
});

describe('h1s that head the parts', () => {
  it('"Description" · "Qualifications" · "Bonus Points" as h1s: the heading the document title names is the title', () => {
    const job = read(
      '<html><head><title>DevOps Engineer</title></head><body><main><h2>DevOps Engineer</h2><p>Posted: 2022-01-21</p><h1>Description</h1><p>The Foundation is looking for a DevOps engineer.</p><h1>Qualifications</h1><ul><li>Ability to manage complexity</li><li>Excellent written English</li></ul><h1>Bonus Points</h1><ul><li>Some familiarity with Haskell packaging.</li><li>Some systems programming experience.</li></ul></main></body></html>',
    );
    expect(job.title).toBe('DevOps Engineer');
    expect(job.requirements).toHaveLength(2);
    expect(job.niceToHave).toHaveLength(2);
  });
});

describe('a name that ends in the place it serves', () => {
  it('"Planned Parenthood of Illinois · Illinois": the company, then its place', () => {
    const job = read(page('Planned Parenthood of Illinois · Illinois'));
    expect(job.company).toBe('Planned Parenthood of Illinois');
    expect(job.locations).toEqual(['Illinois']);
  });
});

describe('the company as the page writes it', () => {
  it('a Workday tenant’s letters as the page spells them: "canadiansolar" → "Canadian Solar"', () => {
    const url = 'https://canadiansolar.wd5.myworkdayjobs.com/CanadianSolar/job/London/Controls-Engineer_1';
    const job = read(
      `<html><head><title>Controls Engineer</title></head><body><main><h1>Controls Engineer</h1><p>Join Canadian Solar, our vision is clean energy.</p>${PARTS}</main></body></html>`,
      url,
    );
    expect(job.company).toBe('Canadian Solar');
  });
  it('a tenant the page never spells is capitalised', () => {
    const url = 'https://acme.wd1.myworkdayjobs.com/Careers/job/Berlin/Analyst_1';
    const job = read(
      `<html><head><title>Analyst</title></head><body><main><h1>Analyst</h1>${PARTS}</main></body></html>`,
      url,
    );
    expect(job.company).toBe('Acme');
  });
  it('"About Us" names no company', () => {
    const job = read(
      `<html><head><title>Account Manager</title></head><body><main><h1>Account Manager</h1><h2>About Us</h2><p>Founded in 1995, Us is … a team that cares. Work with Us on every deal.</p>${PARTS}</main></body></html>`,
    );
    expect(job.company).not.toBe('Us');
  });
});

describe('places a sentence names', () => {
  it('"Zur Verstärkung unseres Teams in Bremen suchen wir …", "ons kantoor in Groningen"', () => {
    const de = read(
      `<html lang="de"><head><title>Lagerist</title></head><body><main><h1>Lagerist (w/m/d)</h1><p>Zur Verstärkung unseres Teams in Bremen suchen wir einen Lageristen.</p><h2>Ihre Aufgaben</h2><ul><li>Ware einlagern</li><li>Aufträge kommissionieren</li></ul><h2>Ihr Profil</h2><ul><li>Erfahrung im Lager</li><li>Staplerschein</li></ul></main></body></html>`,
    );
    expect(de.locations).toEqual(['Bremen']);
    const nl = read(
      `<html lang="nl"><head><title>Developer</title></head><body><main><h1>Developer</h1><p>Je werkt vanuit ons kantoor in Groningen.</p><h2>Wat ga je doen</h2><ul><li>Code schrijven</li><li>Reviews doen</li></ul><h2>Wat vragen wij</h2><ul><li>Ervaring met PHP</li><li>HBO-niveau</li></ul></main></body></html>`,
    );
    expect(nl.locations).toEqual(['Groningen']);
  });
});

describe('the name alone on the line under the title', () => {
  const body = `<p>Für unseren Kunden suchen wir einen Controller.</p>${PARTS}`;
  it('is the company that posted it ("Michael Page")', () => {
    const job = read(page('Michael Page', body), 'https://board.example.org/projekt/interim-controller-12345');
    expect(job.company).toBe('Michael Page');
  });
  it('is the town where the address names it among other words (".../26-04-23-badwurzach-diaetassistenz/")', () => {
    const job = read(
      page('Bad Wurzach', body),
      'https://kur.example.de/stellenanzeigen/26-04-23-badwurzach-diaetassistenz/',
    );
    expect(job.company).toBeNull();
    expect(job.locations).toEqual(['Bad Wurzach']);
  });
});

describe('a Dutch internship', () => {
  it('"Sales Stage", "Content Stagiaire" are internships', () => {
    for (const title of ['Sales Stage', 'Content Stagiaire']) {
      const job = read(
        `<html lang="nl"><head><title>${title}</title></head><body><main><h1>${title}</h1><h2>Wat ga je doen</h2><ul><li>Je belt met klanten</li><li>Je maakt offertes</li></ul><h2>Wat vragen wij</h2><ul><li>Je volgt een hbo-opleiding</li><li>Je spreekt goed Nederlands</li></ul></main></body></html>`,
      );
      expect(job.employmentType, title).toBe('internship');
    }
  });
});

describe('an internship by its title’s word, in the languages that call it a stage', () => {
  const job = (lang: string, title: string) =>
    read(
      `<html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>Acme · Utrecht</p>${PARTS}</main></body></html>`,
    );
  it.each([
    ['nl', 'Stage Buying Support'],
    ['nl', 'Finance Stage per direct!'],
    ['pt', 'Vaga de estágio em desenvolvimento de software'],
    ['it', 'Stage curriculare Area Gare e Acquisti'],
  ])('%s "%s" is an intern’s internship', (lang, title) => {
    const found = job(lang, title);
    expect(found.seniority).toBe('intern');
    expect(found.employmentType).toBe('internship');
  });
  it('a working student or an apprentice is employed as such, at no intern’s level', () => {
    const student = job('de', 'Werkstudent:in Content Management');
    expect(student.seniority).toBeNull();
    expect(student.employmentType).toBeNull();
    expect(job('en', 'Electrician Apprentice').seniority).toBeNull();
  });
  it('a contract word inside a job’s name still names no type ("Contract Specialist")', () => {
    expect(job('en', 'Contract Specialist').employmentType).toBeNull();
  });
  it.each([
    ['en', 'Temporary Staff'],
    ['de', 'Interim Leiter Controlling and Personal (m/w/d)'],
    ['de', 'Accountant (m/w/d) ad interim'],
    ['fr', 'Développeur de logiciel temporaire – Application mobile Alerte COVID'],
    ['no', 'Elektriker - fagarbeider med fagbrev på Jan Mayen (midlertidig)'],
  ])('%s "%s" is a temporary job by its title’s word', (lang, title) => {
    expect(job(lang, title).employmentType).toBe('temporary');
  });
});

describe('a paragraph whose bold heading and ellipsis-led lines a browser runs together', () => {
  it('"<strong>Das bringen Sie mit</strong> ... A ... B" is a heading and its items; a bold heading needs no colon', () => {
    const found = parts(
      '<p><strong>Was Sie bei uns tun</strong>\nSie sind verantwortlich für die Kollektionsgestaltung und laufende Bestellungen.</p>' +
        '<p><strong>Das bringen Sie mit</strong>\n... Sie haben eine kaufmännische Ausbildung abgeschlossen.\n... Sie haben Freude am Kommunizieren.</p>' +
        '<p><strong>Wir freuen uns auf Sie, freuen Sie sich auf …</strong>\n... eine umfassende Einarbeitung.\n... 31 Tage Urlaub.</p>',
    );
    expect(found.responsibilities).toEqual([
      'Sie sind verantwortlich für die Kollektionsgestaltung und laufende Bestellungen.',
    ]);
    expect(found.requirements).toEqual([
      'Sie haben eine kaufmännische Ausbildung abgeschlossen.',
      'Sie haben Freude am Kommunizieren.',
    ]);
    expect(found.benefits).toEqual(['eine umfassende Einarbeitung.', '31 Tage Urlaub.']);
  });
  it('an ellipsis in prose is no bullet', () => {
    const found = parts('<p>Wir wachsen ... und wachsen ... und suchen Verstärkung.</p>');
    expect(found.responsibilities).toEqual([]);
    expect(found.requirements).toEqual([]);
  });
  it('"Ausbildungsdauer: 3 Jahre" before the "Berufsschule" asks for no experience', () => {
    const years = (text: string) =>
      read(
        `<html lang="de"><head><title>Ausbildung</title></head><body><main><h1>Ausbildung Kaufmann (m/w/d)</h1><p>${text}</p><h2>Deine Aufgaben</h2><ul><li>Einkauf</li><li>Verkauf</li></ul><h2>Dein Profil</h2><ul><li>Abitur</li><li>Teamgeist</li></ul></main></body></html>`,
      ).experienceYears;
    expect(
      years('Ausbildungsdauer: 3 Jahre, Verkürzung möglich. Berufsschule: Berufsbildende Schule in Bremen'),
    ).toBeNull();
    expect(years('Sie bringen mindestens 3 Jahre Berufspraxis mit.')).toEqual({ min: 3 });
  });
});

describe('a place label whose value is a way of working, a sentence, or runs into the next label', () => {
  const job = (byline: string, label: string) =>
    read(
      `<html><head><title>Registered Nurse</title></head><body><main><h1>Registered Nurse</h1><p>${byline}</p><p>${label}</p>${PARTS}</main></body></html>`,
    );
  it('"Location: Remote" under "Ansible Health · USA": the byline’s place, worked remotely', () => {
    const found = job('Ansible Health · USA', 'Location: Remote');
    expect(found.locations).toEqual(['USA']);
    expect(found.workplace).toBe('remote');
  });
  it('"Location: Remote" alone is still what the page says of its place', () => {
    expect(job('We are hiring nurses.', 'Location: Remote').locations).toEqual(['Remote']);
  });
  it('"Location: Hybrid" names no place at all, only how the job is worked', () => {
    const found = job('We are hiring nurses.', 'Location: Hybrid');
    expect(found.locations).toEqual([]);
    expect(found.workplace).toBe('hybrid');
  });
  it('"Location: Fully Remote Schedule: Full Time (40 hours/week)" ends at the next label', () => {
    const found = job('We are hiring nurses.', 'Location: Fully Remote Schedule: Full Time (40 hours/week)');
    expect(found.locations).toEqual(['Fully Remote']);
    expect(found.workplace).toBe('remote');
  });
  it('a sentence under a place label is no place line', () => {
    const found = job(
      'HoYoverse · United States',
      'Location: This role is open to remote candidates based in the US or UK.',
    );
    expect(found.locations).toEqual(['United States']);
  });
});

describe('the main heading the document title names', () => {
  it('one word the title names ("Pharmacist") over a description’s own h1 ("About 9amHealth")', () => {
    const job = read(
      `<html><head><title>Pharmacist</title></head><body><main><h1>Pharmacist</h1><p>9amHealth · United States</p><h1>About 9amHealth</h1><p>9amHealth is specialized cardiometabolic care.</p>${PARTS}</main></body></html>`,
    );
    expect(job.title).toBe('Pharmacist');
  });
});

describe('French perk cues', () => {
  it('"ce" is the French "this", not the works council ("CE"): such items name no perk', () => {
    const job = read(
      `<html lang="fr"><head><title>Sales Graduate</title></head><body><main><h1>Sales Graduate</h1><p>Alan · Paris</p>
      <h2>Au programme</h2><ul><li>Plonge au cœur du métier : découvre concrètement ce rôle</li><li>Rencontre ce qui fait notre culture avec nos équipes</li><li>Bénéficie d’un process rapide et transparent</li></ul>
      <h2>Avantages</h2><ul><li>Mutuelle prise en charge à 100 %</li><li>Avantages CE : chèques vacances</li></ul></main></body></html>`,
    );
    expect(job.benefits).toEqual(['Mutuelle prise en charge à 100 %', 'Avantages CE : chèques vacances']);
  });
});

describe('a page of paragraphs only', () => {
  it('two paragraphs in a row that ask for the person, amid the company’s pitch, are its must-haves', () => {
    const found = parts(
      `<h1>Utvecklare</h1>
      <p>Vi på Acme söker en utvecklare till vårt team i Malmö.</p>
      <p>Rollen erbjuder dig stimulerande arbetsuppgifter i en växande organisation.</p>
      <p>Har du ett gediget intresse för programmering? Då vill vi gärna veta mer om dig.</p>
      <p>Vi söker dig som har erfarenhet från en liknande roll och en civilingenjörsexamen.</p>
      <p>Som person är du noggrann. Du är ansvarsfull och kan arbeta självständigt.</p>
      <p>Acme startades för att hjälpa företag att växa.</p>
      <p>Vi är ett rekryteringsbolag med kontor i hela Sverige.</p>
      <p>Tillsammans når vi långt!</p>`,
    );
    expect(found.requirements).toEqual([
      'Vi söker dig som har erfarenhet från en liknande roll och en civilingenjörsexamen.',
      'Som person är du noggrann. Du är ansvarsfull och kan arbeta självständigt.',
    ]);
  });
});

describe('French must-haves that open with a verb', () => {
  it('"Posséder le permis B" asks for something; it is no duty', () => {
    const found = parts(
      `<h3>Le/la candidat·e devra impérativement :</h3><ul><li>posséder le permis de conduire (catégorie B)</li><li>justifier d’une formation ou d’une expérience probante</li><li>maîtriser les outils de bureautique</li></ul>`,
    );
    expect(found.requirements).toHaveLength(3);
  });
});

describe('short ads that point to their full text elsewhere are still postings', () => {
  it('a Finnish title that names an occupation ("Laatu- ja Tuotetietovastaava") under its employer and town', () => {
    const ad = (title: string) =>
      read(
        `<html lang="fi"><head><title>${title}</title></head><body><main><h1>${title}</h1>
        <p>JobGo International Oy · Helsinki</p>
        <p>Jobgo toimii Nature Line Cutlery Oy:n rekrytointikumppanina tässä haussa. Laatu- ja tuotetietovastaavan rooli on keskeinen yrityksen toimintajärjestelmän hallinnassa ja kehittämisessä.</p></main></body></html>`,
      );
    expect(ad('Laatu- ja Tuotetietovastaava').isJobPosting).toBe(true);
    expect(ad('Sijaiseksi Keski-Suomen sairaanhoitopiirille').isJobPosting).toBe(true);
    expect(ad('Uutiskirje').isJobPosting).toBe(false);
  });
  it('"Stellenangebot bei Rosen": the title calls the page an ad, the text offers a job', () => {
    const job = read(
      `<html lang="de"><head><title>Stellenangebot bei Rosen</title></head><body><main><h1>Stellenangebot bei Rosen</h1>
      <p>Zur Verstärkung ihres Teams in Lingen oder Osnabrück bietet die Technologiegruppe Rosen zurzeit eine Stelle als Data Scientist (m/w/d) an.</p>
      <p>Weitere Informationen sind in der Stellenausschreibung zu finden.</p></main></body></html>`,
    );
    expect(job.isJobPosting).toBe(true);
  });
  it('"For snarlig ansettelse ønskes 2 mann …" under "Motorkyndige Teknikkere" is an ad', () => {
    const job = read(
      `<html lang="no"><head><title>Motorkyndige Teknikkere/ Elektrikkere</title></head><body><main><h1>Motorkyndige Teknikkere/ Elektrikkere</h1>
      <p>Nordisk Togteknikk AS · OSLO</p>
      <p>For snarlig ansettelse ønskes 2 mann med erfaring fra vedlikehold og feilsøking på tyngre kjøretøy.</p>
      <p>Arbeidsoppgavene vil bestå i utførelse av planlagte vedlikeholdsoppgaver samt reparasjoner av lokomotiver.</p></main></body></html>`,
      'https://arbeidsplassen.nav.no/stillinger/stilling/1',
    );
    expect(job.isJobPosting).toBe(true);
    expect(job.company).toBe('Nordisk Togteknikk AS');
  });
  it('a blog post about a team is no ad for lack of those signs', () => {
    const job = read(
      `<html lang="de"><head><title>Unser Team wächst</title></head><body><main><h1>Unser Team wächst</h1>
      <p>Im letzten Jahr haben wir viel erreicht und unser Team ist gewachsen.</p><p>Wir freuen uns auf das nächste Jahr.</p></main></body></html>`,
    );
    expect(job.isJobPosting).toBe(false);
  });
});

describe('an application for no particular job is no posting', () => {
  const titled = (title: string) =>
    read(
      `<html><head><title>${title}</title></head><body><main><h1>${title}</h1><p>Acme · Remote</p>${PARTS}</main></body></html>`,
    );
  it.each([
    'Talent Pool - Cyber & Engineering Roles',
    'General Application- Remote, Worldwide',
    'Future Opportunities with G&A',
    'Initiativbewerbung (m/w/d)',
    'Trabaja con nosotros',
  ])('"%s"', (title) => {
    expect(titled(title).isJobPosting).toBe(false);
  });
  it('a job in talent acquisition is a job', () => {
    expect(titled('Talent Acquisition Partner').isJobPosting).toBe(true);
  });
});

describe('the hiring process ends a part, and blocks nothing after it', () => {
  it('its steps are none of the must-haves, even under a bold line inside their part', () => {
    expect(
      parts(
        `<h3>What you bring</h3><ul><li>5+ years of experience with Go</li></ul>
        <p><strong>Fast and Focused Hiring Process</strong></p><ul><li>Talent Acquisition Interview - 30 min</li><li>Final Interview - 1 hour</li></ul>`,
      ),
    ).toMatchObject({ requirements: ['5+ years of experience with Go'] });
  });
  it('perks listed after its steps are still the perks', () => {
    expect(
      parts(
        `<h3>Requirements</h3><ul><li>Experience with PostgreSQL</li></ul>
        <h3>Our hiring process</h3><ul><li>Intro call with our recruiter</li><li>Technical interview</li></ul>
        <p>We are an equal opportunity employer.</p><ul><li>30 days of paid vacation</li><li>Private health insurance</li><li>A yearly learning budget</li></ul>`,
      ),
    ).toEqual({
      responsibilities: [],
      requirements: ['Experience with PostgreSQL'],
      niceToHave: [],
      benefits: ['30 days of paid vacation', 'Private health insurance', 'A yearly learning budget'],
    });
  });
  it('a list of what rules a person out is no must-have ("This role isn\'t for you if…")', () => {
    expect(
      parts(
        `<h3>We think you'll be a great fit if…</h3><ul><li>Proven experience in B2B sales</li></ul>
        <h3>💔 This role isn’t for you if…</h3><ul><li>You prefer a highly structured environment</li></ul>`,
      ),
    ).toMatchObject({ requirements: ['Proven experience in B2B sales'] });
  });
});

describe('a labelled share of a full position states the hours', () => {
  const typed = (row: string) =>
    read(
      `<html><head><title>Elektriker</title></head><body><main><h1>Elektriker</h1><p>Acme AS · Oslo</p><ul><li>${row}</li><li>Arbeidssted: Oslo</li></ul>${PARTS}</main></body></html>`,
    ).employmentType;
  it.each([
    ['Stillingsprosent: 100%', 'full-time'],
    ['Arbeitspensum: 100 %', 'full-time'],
    ['Charge de travail: 100%', 'full-time'],
    ['Pensum: 60-80 %', 'part-time'],
  ])('"%s"', (row, type) => {
    expect(typed(row)).toBe(type);
  });
  it('a share that is no position\'s ("Remote: 100%") states no hours', () => {
    expect(typed('Remote: 100%')).toBeNull();
  });
});

describe('a prose ad whose title names an occupation is an ad', () => {
  const ad = (lang: string, title: string) =>
    read(
      `<html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1><p>Acme AB · Umeå</p>
      <p>Hos oss möts idéer och individer och utvecklar projekt i världsklass. Kulturen präglas av öppenhet och professionalitet.</p></main></body></html>`,
    ).isJobPosting;
  it.each([
    ['sv', 'Senior projektledare till Knightec i Umeå'],
    ['sv', 'Lärare i matematik och NO'],
    ['sv', 'Säljare av tak till Flen/Katrineholm'],
    ['no', 'Erfaren samfunnsøkonom med skapertrang'],
    ['en', 'Financial Controller to ESAB, Gothenburg'],
    ['en', 'Swedish Customer Service Agent'],
  ])('%s "%s"', (lang, title) => {
    expect(ad(lang, title)).toBe(true);
  });
  it('a title that names no occupation needs another sign', () => {
    expect(ad('sv', 'Ett år på Acme')).toBe(false);
  });
});

describe('a German sentence of hiring with the employer and the date before the person hired', () => {
  const ad = (sentence: string) =>
    read(
      `<html lang="de"><head><title>Stelle für MRI-Wissenschaftler:in (m/w/d)</title></head><body><main><h1>Stelle für MRI-Wissenschaftler:in (m/w/d)</h1>
      <p>${sentence}</p><p>Das Research Department of Neuroscience bündelt seit Jahren fachübergreifende Forschung.</p></main></body></html>`,
    ).isJobPosting;
  it('"… sucht das RDN ab sofort zur Unterstützung ihrer Forschung eine:n MR-Scientist" is an ad', () => {
    expect(
      ad('Im Zuge der Erweiterung sucht das RDN ab sofort zur Unterstützung ihrer MRI-Forschung eine:n MR-Scientist.'),
    ).toBe(true);
  });
  it('the same page without a sentence of hiring needs another sign', () => {
    expect(ad('Im Zuge der Erweiterung wächst das RDN weiter.')).toBe(false);
  });
});

describe('a byline of a name and a workplace names the company', () => {
  it('"Iodine Software · Remote": the name is the company, though the text below calls it "Iodine"', () => {
    const job = read(
      `<html><head><title>Clinical Performance Auditor</title></head><body><main><h1>Clinical Performance Auditor</h1><p>Iodine Software · Remote</p>
      <p>Iodine is transforming healthcare with AI.</p>${PARTS}</main></body></html>`,
    );
    expect(job.company).toBe('Iodine Software');
    expect(job.workplace).toBe('remote');
  });
  it.each([
    ['Baidu USA · Mountain View, CA', 'Baidu USA'],
    ['Sungrow North America · Tempe, AZ, US', 'Sungrow North America'],
  ])('"%s": a name and the region it serves, before a place, is the company', (byline, company) => {
    const job = read(
      `<html><head><title>Account Manager</title></head><body><main><h1>Account Manager</h1><p>${byline}</p>${PARTS}</main></body></html>`,
    );
    expect(job.company).toBe(company);
  });
  it('two places in a byline are places ("Lisbon Portugal · Berlin")', () => {
    const job = read(
      '<html><head><title>Account Manager</title></head><body><main><h1>Account Manager</h1><p>Acme · Lisbon Portugal · Berlin</p>' +
        `${PARTS}</main></body></html>`,
    );
    expect(job.company).toBe('Acme');
  });
});

describe('a Portuguese title names its company after "na" or "no"', () => {
  const job = (title: string) =>
    read(
      `<html lang="pt"><head><title>${title}</title></head><body><main><h1>${title}</h1><h2>Responsabilidades</h2><ul><li>Desenvolver interfaces</li><li>Escrever testes</li></ul><h2>Requisitos</h2><ul><li>Experiência com React</li><li>Conhecimento de Git</li></ul></main></body></html>`,
    );
  it('"[São Paulo] Front-end Developer na Semente Educação"', () => {
    const found = job('[São Paulo] Front-end Developer na Semente Educação');
    expect(found.title).toBe('[São Paulo] Front-end Developer');
    expect(found.company).toBe('Semente Educação');
  });
  it('the square brackets that open the title name its cities, the way of working left out', () => {
    expect(job('[São Paulo] Front-end Developer na Semente Educação').locations).toEqual(['São Paulo']);
    expect(job('[Remoto / Porto Alegre ] Front-end Developer na DeepX').locations).toEqual(['Porto Alegre']);
    expect(job('[PJ] Desenvolvedor Backend na Acme').locations).toEqual([]);
  });
});
