import { describe, expect, it } from 'vitest';
import { educationIn } from '../../src/extract/facts/education';
import { employmentTypeFrom, employmentTypeStated, saysPartTime } from '../../src/extract/facts/employment';
import { experienceYearsIn } from '../../src/extract/facts/experience';
import { spokenLanguagesIn } from '../../src/extract/facts/languages';
import { seniorityFromText, seniorityFromTitle } from '../../src/extract/facts/seniority';
import { visaSponsorshipIn } from '../../src/extract/facts/visa';
import { workplaceFrom, workplaceInText } from '../../src/extract/facts/workplace';

// The readers of free text return where they found a fact too; these tables check the value.
const workplaceFromDescription = (text: string) => workplaceInText(text)?.value ?? null;
const experienceYearsFrom = (text: string) => experienceYearsIn(text)?.value ?? null;
const educationFrom = (text: string) => educationIn(text)?.value ?? [];
const visaSponsorshipFrom = (text: string) => visaSponsorshipIn(text)?.value ?? null;
const spokenLanguagesFrom = (text: string) => spokenLanguagesIn(text)?.value ?? [];

function table<T>(name: string, fn: (s: string) => T, cases: [string, T][]): void {
  describe(name, () => {
    for (const [input, expected] of cases) {
      it(JSON.stringify(input), () => {
        expect(fn(input)).toEqual(expected);
      });
    }
  });
}

table('seniorityFromTitle', seniorityFromTitle, [
  ['VP of Engineering', 'executive'],
  ['SVP, Product', 'executive'],
  ['Vice President, Sales', 'executive'],
  ['Chief Technology Officer', 'executive'],
  ['CTO', 'executive'],
  ['Co-founder & CEO', 'executive'],
  ['Director of Engineering', 'director'],
  ['Head of Data', 'director'],
  ['Managing Director', 'director'],
  ['Abteilungsleiter IT', 'director'],
  ['Leiter Softwareentwicklung (m/w/d)', 'director'],
  ['Teamleiter Backend (m/w/d)', 'lead'],
  ['Principal Engineer', 'principal'],
  ['Sr Principal Solutions Architect (AI)', 'principal'],
  ['Staff Software Engineer', 'staff'],
  ['Senior Staff Engineer', 'staff'],
  ['Sr. Staff Technical Program Manager - Reliability', 'staff'],
  ['Senior/Staff Technical Program Manager - Autonomy Operations', 'staff'],
  ['Tech Lead, Payments', 'lead'],
  ['Team Lead Customer Support', 'lead'],
  ['Lead Data Scientist', 'lead'],
  ['Senior Software Engineer - Distributed Systems (Lisbon)', 'senior'],
  ['Sr. Backend Engineer', 'senior'],
  ['Senior Product Manager', 'senior'],
  ['Senior Technical Program Manager, Growth', 'senior'],
  ['Mid-level Frontend Developer', 'mid'],
  ['Medior PHP Developer', 'mid'],
  ['Regular Java Developer', 'mid'],
  ['Junior DevOps / Cloud Engineer', 'junior'],
  ['Jr. QA Analyst', 'junior'],
  ['Graduate Software Engineer', 'junior'],
  ['Entry-Level Data Analyst', 'junior'],
  ['Entry Level Sales Associate', 'junior'],
  ['Start kariéry jako Junior C++ Programátor/ka', 'junior'],
  ['.NET Junior Developer', 'junior'],
  ['Software Engineering Intern', 'intern'],
  ['Summer Internship 2025', 'intern'],
  ['Engineering Trainee', 'intern'],
  // A working student is employed as such, at no intern's level (as real postings were labelled).
  ['Werkstudent Data Science (m/w/d)', null],
  ['Praktikant Marketing', 'intern'],
  ['Stagiaire Développeur Web', 'intern'],
  ['Engineering Manager', 'manager'],
  ['Technical Program Manager, Infrastructure', 'manager'],
  ['Group Release & Defect Manager', 'manager'],
  ['Projektleiter Bau', 'manager'],
  ['Software Engineer', null],
  ['AI/Data Science Engineer II', null],
  ['Software Engineer III', null],
  ['Account Executive - 100% remote - UK', null],
  ['Executive Assistant', null],
  ['Account Associate', null],
  ['Mid-Market Account Executive', null],
  ['Lead Generation Specialist', null],
  ['Data Entry Clerk', null],
  ['International Sales Representative', null],
  ['Internal Auditor', null],
  ['Solution Engineer (M/F/X)', null],
  ['', null],
]);

table('seniorityFromText', seniorityFromText, [
  ['Entry level', 'junior'],
  ['Associate', 'junior'],
  ['Mid-Senior level', 'mid'],
  ['Director', 'director'],
  ['Executive', 'executive'],
  ['Internship', 'intern'],
  ['Not Applicable', null],
  ['Neuvedeno', null],
  ['Non applicabile', null],
  ['Esperienza minima', 'junior'],
  ['Praxe', 'intern'],
  ['Junior, Mid-Level', 'junior'],
  ['Senior', 'senior'],
  ['Lead', 'lead'],
  ['Student', 'intern'],
  ['', null],
  ['Information Technology', null],
]);

table('employmentTypeFrom', employmentTypeFrom, [
  ['Full-time', 'full-time'],
  ['Full Time', 'full-time'],
  ['FULL_TIME', 'full-time'],
  ['Permanent', null],
  ['Permanent , full-time', 'full-time'],
  ['Job Types: Full-time, Permanent', 'full-time'],
  ['Part-time', 'part-time'],
  ['PART_TIME', 'part-time'],
  ['Contract', 'contract'],
  ['CONTRACTOR', 'contract'],
  ['Contractor', 'contract'],
  ['Freelance', 'contract'],
  ['Temporary', 'temporary'],
  ['TEMPORARY', 'temporary'],
  ['Temp', 'temporary'],
  ['Fixed-term contract', 'temporary'],
  ['Internship', 'internship'],
  ['INTERN', 'internship'],
  ['Intern', 'internship'],
  ['Vollzeit', 'full-time'],
  ['Teilzeit', 'part-time'],
  ['Befristet', 'temporary'],
  ['Unbefristet', null],
  ['Praktikum', 'internship'],
  ['CDI', null], // a permanent contract, like "Unbefristet": it says nothing of the hours
  ['CDD', 'temporary'],
  ['Stage', 'internship'],
  ['Tiempo completo', 'full-time'],
  ['Jornada completa', 'full-time'],
  ['Tempo integral', 'full-time'],
  ['Tempo pieno', 'full-time'],
  ['A tempo pieno', 'full-time'],
  ['Voltijd', 'full-time'],
  ['Deeltijd', 'part-time'],
  ['Plný úvazek', 'full-time'],
  ['plný úvazek', 'full-time'],
  ['Zkrácený úvazek', 'part-time'],
  ['Pełny etat', 'full-time'],
  ['Contract type: Full-time job', 'full-time'],
  ['Permanent contract', null],
  ['Program Management Office – PMO / Full-time / Hybrid', 'full-time'],
  // Brazilian posts abbreviate pessoa jurídica; German declines freiberuflich; French says freelance.
  ['Tipo de contratação: PJ', 'contract'],
  ['[Remoto] [PJ] .NET Backend Developer Pleno', 'contract'],
  ['Freiberufliche Tätigkeit', 'contract'],
  ['Mission freelance de 3 mois', 'contract'],
  ['OTHER', null],
  ['', null],
]);

describe('employmentTypeFrom: arrays', () => {
  it('takes the first that means something', () => {
    expect(employmentTypeFrom(['FULL_TIME', 'PART_TIME'])).toBe('full-time');
    // In text, hours offered as a choice state neither; another type beside them still counts.
    expect(employmentTypeFrom('Full-time or part-time')).toBeNull();
    expect(employmentTypeFrom('Teilzeit / Vollzeit')).toBeNull();
    expect(employmentTypeFrom('Contract, full-time or part-time')).toBe('contract');
    expect(employmentTypeStated('This position is part-time or full-time with a focus on Wednesdays.')).toBeNull();
    expect(
      employmentTypeStated('This is a full-time position in our London office, with a team of twelve people.'),
    ).toBe('full-time');
    expect(employmentTypeFrom(['OTHER', 'CONTRACTOR'])).toBe('contract');
    expect(employmentTypeFrom([1, null, 'INTERN'])).toBe('internship');
    expect(employmentTypeFrom([])).toBeNull();
  });
});

describe('employmentTypeStated: where running text states the type', () => {
  it('as one part of a header line, and only a part that is the type alone', () => {
    expect(
      employmentTypeStated(
        'Software Engineer -- Infrastructure - Oslo, Norway - Full-time - Onsite or Hybrid, apply now',
      ),
    ).toBe('full-time');
    expect(employmentTypeStated('Felt Clinic | Web Engineer | Remote (US Only) | Full-time | $180k-$200k a year')).toBe(
      'full-time',
    );
    expect(
      employmentTypeStated('Acme - Contract Specialist - Berlin - we write contracts for all of our clients daily'),
    ).toBeNull();
  });
  it('beside the job’s own title, which is its noun', () => {
    expect(
      employmentTypeStated(
        'We’re seeking a full-time Associate Buyer for our women’s apparel team in Los Angeles.',
        'Associate Buyer',
      ),
    ).toBe('full-time');
    expect(
      employmentTypeStated(
        'Wij zijn op zoek naar een full-time assistent- accountant die de administratie doet.',
        'Assistent accountant',
      ),
    ).toBe('full-time');
    expect(
      employmentTypeStated(
        'Our full-time engineers all get a laptop and a desk in a sunny office by the sea.',
        'Associate Buyer',
      ),
    ).toBeNull();
  });
  it('with the hyphen written as U+2010, and "a full-time staff member" is this job', () => {
    expect(employmentTypeStated('This full\u2010time position is responsible for implementing sex education.')).toBe(
      'full-time',
    );
    expect(
      employmentTypeStated('Data Carpentry seeks to hire a full-time staff member to direct its assessment.'),
    ).toBe('full-time');
    expect(
      employmentTypeStated(
        'Hierbei handelt es sich um ein Freelance Projekt, welches asap startet und 12 Monate läuft.',
      ),
    ).toBe('contract');
    expect(
      employmentTypeStated('Een fulltime (40 uur) aanstelling met uitzicht op een vaste aanstelling bij ons.'),
    ).toBe('full-time');
  });
  it('beside a word that hires someone, or a contract, in each language', () => {
    expect(
      employmentTypeStated('The studio is hiring a full-time illustrator to draw for our new picture books.'),
    ).toBe('full-time');
    expect(
      employmentTypeStated('La personne retenue sera engagée à temps plein (38h/sem.) à durée déterminée de 6 mois.'),
    ).toBe('full-time');
    expect(
      employmentTypeStated('Estamos buscando principalmente a alguien full-time basado en Monterrey o Guadalajara.'),
    ).toBe('full-time');
    expect(
      employmentTypeStated('Das Projekt ist als Vollzeitbeschäftigung geplant, mindestens 3 Tage vor Ort in Berlin.'),
    ).toBe('full-time');
    expect(
      employmentTypeStated('Voor onze klant zoeken we een React Developer voor een voltijdse opdracht in Antwerpen.'),
    ).toBe('full-time');
    // A type word that names a job ("Contract Manager") states no type, however the sentence hires.
    expect(
      employmentTypeStated('We’re seeking a first-class Contract Manager / Paralegal to support the Legal team.'),
    ).toBeNull();
  });
});

table('workplaceFrom', workplaceFrom, [
  ['Remote', 'remote'],
  ['Fully remote', 'remote'],
  ['100% remote', 'remote'],
  ['Remote-first', 'remote'],
  ['Remote (United States)', 'remote'],
  ['Hybrid', 'hybrid'],
  ['Hybrid (3 days in office)', 'hybrid'],
  ['On-site', 'onsite'],
  ['Onsite', 'onsite'],
  ['In office', 'onsite'],
  ['In-Office', 'onsite'],
  ['Office-based', 'onsite'],
  ['Homeoffice', 'remote'],
  ['Homeoffice möglich', 'hybrid'],
  ['vor Ort', 'onsite'],
  ['Télétravail complet', 'remote'],
  ['hybride', 'hybrid'],
  ['sur site', 'onsite'],
  ['remoto', 'remote'],
  ['híbrido', 'hybrid'],
  ['presencial', 'onsite'],
  ['Práce z domova', 'remote'],
  ['Možnost občasné práce z domova', 'hybrid'],
  ['hybridní', 'hybrid'],
  ['Praca zdalna', 'remote'],
  ['zdalna', 'remote'],
  ['hybrydowa', 'hybrid'],
  ['stacjonarna', 'onsite'],
  ['Da remoto', 'remote'],
  ['Ibrido', 'hybrid'],
  ['In sede', 'onsite'],
  ['Remote / On-site', 'remote'], // a choice: its most remote option (the fixtures' rule)
  ['No remote', 'onsite'],
  ['TELECOMMUTE', 'remote'],
  ['Vollzeit, Home-Office möglich', 'hybrid'],
  ['Teilweise Home-Office', 'hybrid'],
  ['San Francisco, CA', null],
  ['', null],
]);

table('workplaceFromDescription', workplaceFromDescription, [
  ['Must be in SF or willing to relocate (hybrid 3 days/week in office)', 'hybrid'],
  ['This role requires in-person for first 6 months, and flex hybrid after.', 'hybrid'],
  ['working out of our Seattle office four days a week with Friday being optionally remote.', 'hybrid'],
  ['London-based and ready to work from our WeWork Aldwych office 4 days/week', 'hybrid'],
  ['Lunch catered into office 4 days per week.', null],
  ['the entire team goes into the office 5 days per week', 'onsite'],
  ['NY based with the ability and enthusiasm to work in office Monday-Friday 5 days a week', 'onsite'],
  ['This position is based in San Francisco, CA, with onsite presence required.', 'onsite'],
  ['The role requires working on site in either our Cambridge, MA or NYC office', 'onsite'],
  ['Helsinki, mutta toimimme CGI:llä joustavasti hybridimallilla.', 'hybrid'],
  ['Tehtävässä on 50/50 etätyömahdollisuus.', 'hybrid'],
  ['Arkeemme kuuluu joustavat työtavat ja hybridityömalli (toimistolla keskimäärin 3 päivää viikossa).', 'hybrid'],
  ['Ylläpidämme yhteisöllisyyttä tapaamalla toimistolla vähintään kaksi kertaa viikossa.', 'hybrid'],
  ['Arjessa yhdistämme joustavasti lähi- ja etätyöskentelyä.', 'hybrid'],
  // A hybrid solution of low code is no way of working.
  ['Monesti tämä tarkoittaa jonkinlaista hybridi-ratkaisua, jossa hyödynnetään low-code-teknologiaa.', null],
  ['Minimaal 3 dagen aanwezigheid op kantoor in Den Haag;', 'hybrid'],
  ['Je komt minimaal 3-5 dagen in de week naar ons kantoor in Den Haag;', 'hybrid'],
  ['voor verschillende klanten (deels on site en deels van thuis)', 'hybrid'],
  ['Region Oostkamp OR Herentals + 3 days remote', 'hybrid'],
  ['Remote: 40%', 'hybrid'],
  ['Remote: No', 'onsite'],
  ['Modality: Full-time, On-Site (West Valley, Utah Office)', 'onsite'],
  ['Atendimento em formato 100% presencial de segunda à sexta', 'onsite'],
  ['Mobiles Arbeiten ist bis zu maximal 40% der wöchentlichen Regelarbeitszeit möglich', 'hybrid'],
  ['Wir arbeiten in einem half-remote Ansatz.', 'hybrid'],
  ['Projektstart: so schnell wie möglich (4-5 Tage / Woche vor Ort)', 'onsite'],
  // Portuguese: partly remote, with meetings at the office.
  ['Trabalho parcialmente remoto com encontros pontuais em nossa sede.', 'hybrid'],
  // An occasional or possible home office among perks is no workplace (the fixtures README's rule).
  ['Nabízíme: možnost homeoffice, 25 dní dovolené', null],
  ['Hybrides Arbeiten: drei Tage Büro, zwei Tage von zu Hause', 'hybrid'],
  ['Unser Team arbeitet an drei Tagen pro Woche im Büro.', 'hybrid'],
  ['This is a hybrid role based in our London office.', 'hybrid'],
  ['We offer hybrid working and flexible hours.', 'hybrid'],
  ['We operate as a hybrid workplace to ensure our employees can create a work-life harmony', 'hybrid'],
  ['Location-based hybrid policy: Currently, we expect all staff to be in one of our offices', 'hybrid'],
  ['You will spend 3 days per week in the office.', 'hybrid'],
  ['Expect to be in-office 3 days a week.', 'hybrid'],
  ['Work from the office two days a week; remote otherwise.', 'hybrid'],
  ['Flexible working hours and home office; Individual career development plan', null],
  ['Occasional home office', null],
  ['You get two home office days a week.', 'hybrid'],
  ['This role is open to hybrid or remote candidates.', 'hybrid'],
  ['This is a fully remote role, but you must be based in the UK.', 'remote'],
  ['Flexible working style - 100% remote, with teammates located throughout the globe', 'remote'],
  ['This is a remote position.', 'remote'],
  ['Work from anywhere in the EU.', 'remote'],
  ['We are a remote-first company.', 'remote'],
  ['This is not a remote position. You must be on-site in Austin.', 'onsite'],
  ['Candidates must be on-site five days a week.', 'onsite'],
  ['Experience with remote sensing data and GIS.', null],
  // An exception to an office policy states no remote job.
  [
    'Unless formally approved to work fully remotely, Uber expects employees to spend at least half of their work time in their assigned office.',
    null,
  ],
  ['Build firmware for remote control units and remote monitoring.', null],
  ['Our office is in Prague 7, next to the park.', null],
  ['You will collaborate with remote teams across time zones.', null],
  ['Možnost občasné práce z domova, firemní akce', null],
  ['Flexible working hours and home-office', null],
  ['Help us maintain the quality of jobs posted on We Work Remotely. Is this job not remote? Let us know!', 'remote'],
  ['', null],
]);

table('saysPartTime', saysPartTime, [
  ['The role is part-time with approximately 15 - 20 hours a week time capacity.', true],
  ['This is a part-time position.', true],
  ['Eine Teilzeitstelle mit 20 Stunden', true],
  ['Full-time; part-time students welcome to apply for internships', false],
  ['We also hire part-time contractors for events.', false],
]);

table('experienceYearsFrom', experienceYearsFrom, [
  ['5+ years of technical program management experience', { min: 5 }],
  ['3-5 years of experience', { min: 3, max: 5 }],
  ['at least 3-5 years of professional work experience', { min: 3, max: 5 }],
  ['At least 3 years of experience in Python', { min: 3 }],
  ['A minimum of 7 years experience', { min: 7 }],
  ['3 to 5 years of relevant experience', { min: 3, max: 5 }],
  ['5+ yrs experience with Java', { min: 5 }],
  ['Two years of experience in sales', { min: 2 }],
  ['3 + years of experience designing and developing scalable systems', { min: 3 }],
  ['3-4 years of client-facing experience in sales', { min: 3, max: 4 }],
  ['Strong experience (5+ years) in developing high-performance software', { min: 5 }],
  ['Typically 0 to 2 years of experience in software development', { min: 0, max: 2 }],
  ['5 or more years of experience', { min: 5 }],
  ["Bachelor's Degree with 4+ years of work experience (2+ years with an Advanced degree)", { min: 4 }],
  ['mindestens 3 Jahre Berufserfahrung', { min: 3 }],
  ['3+ Jahre Erfahrung in der Softwareentwicklung', { min: 3 }],
  ["3 ans d'expérience minimum", { min: 3 }],
  ['3 años de experiencia', { min: 3 }],
  ['3 roky praxe v oboru', { min: 3 }],
  ['praxe alespoň 2 roky', { min: 2 }],
  ['3 lata doświadczenia', { min: 3 }],
  ['3 anni di esperienza', { min: 3 }],
  ['3 jaar ervaring', { min: 3 }],
  ['A minimum of 2 years experience in the SQA release management', { min: 2 }],
  ['We have over 20 years of experience in fintech. You bring 4+ years of experience.', { min: 4 }],
  ['- 5+ years driving growth or product programs in fast-scaling tech companies.', { min: 5 }],
  ['At least 2 years in a marketing or communications role', { min: 2 }],
  ['Minimum 4 years working as a backend engineer', { min: 4 }],
  ['Over 20 years in business, we serve 500 clients', null],
  ['Requirements\n3+ years in B2B sales', { min: 3 }],
  ['We grew for 10 years during which we hired 500 people', null],
  ['It took 5 years building the platform.', null],
  ['Over 20 years in business', null],
  ['Founded 10 years ago, we now have 5 years of profit.', null],
  ["We're 5 years old and growing", null],
  ['Dependents age 6+ are covered', null],
  ['2 years warranty on all laptops', null],
  ['', null],
]);

table('educationFrom', educationFrom, [
  ['Absolvent/ka SŠ nebo VŠ (IT nebo technický obor)', []],
  ['Vzdělání SŠ/VŠ technického směru', []],
  ['středoškolské nebo vysokoškolské vzdělání', []],
  ['VŠ vzdělání technického směru', ['bachelor']],
  ['Du har en kandidatexamen inom datavetenskap', ['bachelor']],
  ['Masterexamen eller magisterexamen i teknik', ['master']],
  ['vysokoškolské vzdělání v oboru', ['bachelor']],
  ['You have a BS/MS/PhD in a scientific field or equivalent experience', ['bachelor', 'master', 'phd']],
  ["Bachelor's degree in Computer Science", ['bachelor']],
  ['Bachelor’s degree or an equivalent combination of education and experience', ['bachelor']],
  ['BA/BS in Economics', ['bachelor']],
  ['BSc in Mathematics', ['bachelor']],
  ['B.S. in Computer Science', ['bachelor']],
  ['Undergraduate degree in a quantitative field', ['bachelor']],
  ['Secondary school diploma or university degree in technical fields', ['bachelor']],
  ["Master's degree preferred", ['master']],
  ["Master 's d egree in Computer Science", ['master']],
  ['MSc or PhD in Machine Learning', ['master', 'phd']],
  ['M.S. in Statistics', ['master']],
  ['Preferred: MBA, CPA, or CFA designation.', ['master']],
  ['Ph.D. in Physics', ['phd']],
  ['A doctorate in Chemistry', ['phd']],
  // A completed course of study names no level: a Diplom, a Bachelor or a Master (labels of real German pages).
  ['Abgeschlossenes Studium der Informatik', []],
  ['Sie verfügen über ein erfolgreich abgeschlossenes Hochschulstudium im Bereich Elektrotechnik', []],
  ['Bachelor oder Master in Informatik', ['bachelor', 'master']],
  ['Master oder Promotion in Physik', ['master', 'phd']],
  ['Du hast ein gutes abgeschlossenes (Master-)Studium in Wirtschaftswissenschaften', ['master']],
  ['Soveltuva korkeakoulututkinto ja kokemusta ohjelmistokehityksestä', ['bachelor']],
  ['Soveltuvaa korkeakoulututkintoa (DI / KTM / FM)', ['master']],
  ['Soveltuva korkeakoulututkinto (esim. DI, KTM)', ['master']],
  ['Ylempi korkeakoulututkinto tai vastaava osaaminen', ['master']],
  ['Du är civilekonom eller har motsvarande utbildning', ['master']],
  ['Du har høyere utdannelse på siviløkonom-/masternivå eller tilsvarende', ['master']],
  ['Je hebt minstens een bachelordiploma informatica', ['bachelor']],
  ['Je hebt een master diploma in economie', ['master']],
  ['Bac+5 en informatique', ['master']],
  ['Bac+3 minimum', ['bachelor']],
  ['Doctorat en mathématiques', ['phd']],
  ['VŠ vzdělání technického směru', ['bachelor']],
  ['vysokoškolské vzdělání', ['bachelor']],
  ['Vzdělání Bc./Ing.', ['bachelor', 'master']],
  ['Grado en Ingeniería Informática', ['bachelor']],
  ['Máster en Data Science', ['master']],
  ['Doctorado en Física', ['phd']],
  ['Experience as a Scrum Master', []],
  ['Maintain master data in SAP', []],
  ['Join our masterclass series', []],
  ['Proficient in MS Office', []],
  ['BS detection is a core skill', []],
  ['pH dependent reactions', []],
  ['Sales promotion experience', []],
  ['Advanced degree preferred', []],
  ['', []],
]);

table('visaSponsorshipFrom', visaSponsorshipFrom, [
  ['Visa sponsorship available', true],
  ['We sponsor visas for the right candidate', true],
  ['Relocation and visa support', true],
  ['We offer visa sponsorship and relocation assistance.', true],
  ['We are unable to sponsor visas for this role.', false],
  ['No visa sponsorship', false],
  ['Must be authorized to work in the US without sponsorship', false],
  ['We are not able to offer sponsorship at this time.', false],
  ['Candidates must be able to work in the UK without the need for visa sponsorship.', false],
  ['We do not offer visa sponsorship.', false],
  ['Do you require visa sponsorship to work? Yes No', null],
  ['Competitive salary and benefits', null],
  ['', null],
]);

table('spokenLanguagesFrom', spokenLanguagesFrom, [
  ['Fluent English', ['English']],
  ['Fluent English and German', ['English', 'German']],
  ['German (C1)', ['German']],
  ['Czech is a must', ['Czech']],
  ['Business-level Japanese', ['Japanese']],
  ['Sehr gute Deutschkenntnisse', ['German']],
  ['Englisch fließend in Wort und Schrift', ['English']],
  ['anglais courant', ['English']],
  ['inglés avanzado', ['English']],
  ['znalost angličtiny', ['English']],
  ['Dobrá znalost AJ', ['English']],
  ['język angielski na poziomie B2', ['English']],
  [
    'Fluency in English. Any additional language fluency with French, Spanish, or Italian is a bonus.',
    ['English', 'French', 'Spanish', 'Italian'],
  ],
  ['Required languages English (Advanced)', ['English']],
  ['English | Deutsch | Français', []],
  ['Switch to English version', []],
  ['Experience with Python, Go and Java', []],
  ['Our offices in Germany and the Netherlands', []],
  ['Tuning connection pools. Good knowledge of SQL.', []],
  ['', []],
]);

describe('speed', () => {
  it('reads 200 KB of noise quickly', () => {
    const inputs = [
      '5 '.repeat(100_000),
      '5+ years '.repeat(22_000),
      'remote '.repeat(28_000),
      'English '.repeat(25_000),
      'BS/'.repeat(66_000),
      'Master '.repeat(28_000),
      'a'.repeat(200_000),
      '1-2-3-'.repeat(33_000),
    ];
    const t0 = performance.now();
    for (const input of inputs) {
      experienceYearsFrom(input);
      educationFrom(input);
      spokenLanguagesFrom(input);
      workplaceFromDescription(input);
      visaSponsorshipFrom(input);
      employmentTypeFrom(input);
      seniorityFromTitle(input);
      seniorityFromText(input);
    }
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

table('educationFrom: abbreviations need a degree beside them', educationFrom, [
  ['MS/Ph.D. in Computer Science', ['master', 'phd']],
  ['BA (Hons) in History', ['bachelor']],
  ['MS in Electrical Engineering', ['master']],
  ['Skip to main content. Your main focus will be outbound.', []],
  ['Backed by Bain Capital Ventures and Stanford University', []],
  ['ms in the morning', []],
]);
