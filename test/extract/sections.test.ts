import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blocksOf, headingKind, sectionsOf } from '../../src/extract/sections';

const read = (html: string) => {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const s = sectionsOf(blocksOf(doc.body));
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.map((i) => i.text)]));
};

describe('headingKind', () => {
  const cases: [string, string][] = [
    // Swedish, Danish, Norwegian (Teamtailor and other Nordic career sites)
    ['Dina arbetsuppgifter', 'responsibilities'],
    ['Arbeidsoppgaver', 'responsibilities'],
    ['Vem vi söker', 'requirements'],
    ['Vi söker dig som', 'requirements'],
    ['Kvalifikationer', 'requirements'],
    ['Meriterande', 'niceToHave'],
    ['Vi erbjuder', 'benefits'],
    ['Förmåner', 'benefits'],
    ['Vi tilbyder', 'benefits'],
    ['Jaké znalosti a dovednosti získáte:', 'other'],
    ["What you'll learn", 'other'],
    ["What you'll do", 'responsibilities'],
    ['Your responsibilities', 'responsibilities'],
    ['Who you are', 'requirements'],
    ['Your profile', 'requirements'],
    ['Nice to have', 'niceToHave'],
    ['Preferred qualifications', 'niceToHave'],
    ['Benefits and Growth:', 'benefits'],
    ['What we offer', 'benefits'],
    // German
    ['Deine Aufgaben', 'responsibilities'],
    ['Dein Profil', 'requirements'],
    ['Wünschenswert', 'niceToHave'],
    ['Wir bieten', 'benefits'],
    // French
    ['Vos missions', 'responsibilities'],
    ['Votre profil', 'requirements'],
    ['Les atouts', 'niceToHave'],
    ['Avantages', 'benefits'],
    // Spanish
    ['Responsabilidades', 'responsibilities'],
    ['Requisitos', 'requirements'],
    ['Valorable', 'niceToHave'],
    ['Qué ofrecemos', 'benefits'],
    // Portuguese
    ['Atividades', 'responsibilities'],
    ['Qualificações', 'requirements'],
    ['Diferenciais', 'niceToHave'],
    ['Benefícios', 'benefits'],
    // Italian
    ['Mansioni', 'responsibilities'],
    ['Requisiti', 'requirements'],
    ['Titoli preferenziali', 'niceToHave'],
    ['Cosa offriamo', 'benefits'],
    // Dutch
    ['Wat ga je doen', 'responsibilities'],
    ['Functie-eisen', 'requirements'],
    ['Pluspunten', 'niceToHave'],
    ['Wat wij bieden', 'benefits'],
    // Czech
    ['Náplň práce', 'responsibilities'],
    ['Požadujeme', 'requirements'],
    ['Výhodou', 'niceToHave'],
    ['Nabízíme', 'benefits'],
    // Polish
    ['Zakres obowiązków', 'responsibilities'],
    ['Wymagania', 'requirements'],
    ['Mile widziane', 'niceToHave'],
    ['Oferujemy', 'benefits'],
    // Emoji and colon
    ['🎁 Perks:', 'benefits'],
    ['About Datadog', 'other'],
  ];
  for (const [text, kind] of cases) it(`${text} → ${kind}`, () => expect(headingKind(text)).toBe(kind));
  it('does not take a sentence for a heading', () => {
    expect(headingKind('We offer a great place to work and you will love it here.', true)).toBeNull();
    expect(headingKind('Knowledge of VirtualBox & Vagrant.', true)).toBeNull();
  });
});

describe('sectionsOf', () => {
  it('reads real headings with bullets', () => {
    const s = read(
      '<h3>What You’ll Do:</h3><ul><li>Build</li><li>Run</li></ul><h3>Who You Are:</h3><ul><li>Curious</li></ul><h3>About us</h3><p>We…</p>',
    );
    expect(s.responsibilities).toEqual(['Build', 'Run']);
    expect(s.requirements).toEqual(['Curious']);
  });
  it('reads bold-paragraph headings and headings inside <p><strong>', () => {
    const s = read(
      '<p><strong>Requirements</strong></p><ul><li>Go</li></ul><p><b>Benefits</b></p><ul><li>Pension</li></ul>',
    );
    expect(s.requirements).toEqual(['Go']);
    expect(s.benefits).toEqual(['Pension']);
  });
  it('reads lines that end in a colon and <br> bullets', () => {
    const s = read(
      '<div>Your tasks will be:<br>- build things<br>- fix things<br><br>We offer:<br>• money<br>• time</div>',
    );
    expect(s.responsibilities).toEqual(['build things', 'fix things']);
    expect(s.benefits).toEqual(['money', 'time']);
  });
  it('reads emoji headings', () => {
    const s = read('<p>🚀 What you will do</p><ul><li>Ship</li></ul><p>🎁 Perks</p><ul><li>Snacks</li></ul>');
    expect(s.responsibilities).toEqual(['Ship']);
    expect(s.benefits).toEqual(['Snacks']);
  });
  it('keeps groups under sub-headings inside a part', () => {
    const s = read(
      '<h2>What you’ll do</h2><p><strong>Tooling</strong></p><ul><li>A</li></ul><p><strong>Reliability</strong></p><ul><li>B</li></ul><h2>Logistics</h2><ul><li>Not a duty</li></ul>',
    );
    expect(s.responsibilities).toEqual(['A', 'B']);
  });
  it('uses paragraphs where a part has no bullets', () => {
    const s = read('<h3>Your profile</h3><p>You know SQL.</p><p>You like data.</p><h3>About us</h3><p>x</p>');
    expect(s.requirements).toEqual(['You know SQL.', 'You like data.']);
  });
  it('moves items that call themselves optional, and follows intro lines that switch parts', () => {
    const s = read(
      '<h3>Requirements</h3><ul><li>Python</li><li>knowledge of C# as advantage</li><li>Experience in these areas is an advantage:</li><li>CAN</li></ul>',
    );
    expect(s.requirements).toEqual(['Python']);
    expect([...s.niceToHave!].sort()).toEqual(['CAN', 'knowledge of C# as advantage']);
  });
  it('moves an item that is optional as a whole, not one that only adds an optional sentence', () => {
    const s = read(
      '<h3>Requirements</h3><ul><li>Go</li><li>Kafka is a plus</li><li>Do not need to be a React expert. But it’s a bonus if you are!</li><li>Fluent English. French is a bonus.</li><li>Fluent English; Portuguese is a plus</li></ul>',
    );
    expect(s.requirements).toEqual([
      'Go',
      'Fluent English. French is a bonus.',
      'Fluent English; Portuguese is a plus',
    ]);
    expect(s.niceToHave).toEqual(['Kafka is a plus', 'Do not need to be a React expert. But it’s a bonus if you are!']);
  });
  it('ends a part at a closing line about applying or a sign-off', () => {
    const s = read(
      '<div>Recommended skills:<br><br>Bash<br><br>Git<br><br>To apply, email us.<br><br>Good luck and thank you!</div>',
    );
    expect(s.niceToHave).toEqual(['Bash', 'Git']);
    const t = read(
      '<h3>Benefits</h3><ul><li>Equity</li></ul><p>Thank you for your interest. We will email you.</p><p>Remote</p><ul><li>Our website</li><li>Our blog</li></ul>',
    );
    expect(t.benefits).toEqual(['Equity']);
  });
  it('reads lines that open with the same emoji as a list, and a line with an emoji of its own as prose', () => {
    const s = read(
      '<h3>Benefits</h3><p>❗ We care about you.</p><p>☑️ 13. plat</p><p>☑️ Sick days</p><p>🚀 Fast growth</p><p>💪🏼 Gym</p><p>💪🏼 Pool</p>',
    );
    expect(s.benefits).toEqual(['13. plat', 'Sick days', 'Gym', 'Pool']);
  });
  it('keeps a part switched by an item only for the list nested in it, and the sentence glued before a heading', () => {
    const s = read(
      '<h3>Requirements</h3><ul><li>OOP</li><li>Ideally also:<ul><li>Apex</li></ul></li><li>English</li><li>Drive. We offer:</li><li>Meals</li></ul>',
    );
    expect(s).toEqual({
      responsibilities: [],
      requirements: ['OOP', 'English', 'Drive.'],
      niceToHave: ['Apex'],
      benefits: ['Meals'],
    });
  });
  it('reads typed lines with a stray bullet among them as one list', () => {
    const s = read(
      '<div><strong>Nabízíme</strong><br>Práce v týmu.<br>5 týdnů dovolené.<br><li>Půjčky.</li>Vybavení.</div>',
    );
    expect(s.benefits).toEqual(['Práce v týmu.', '5 týdnů dovolené.', 'Půjčky.', 'Vybavení.']);
  });
  it("ends the benefits at the facts of a job board's employer template", () => {
    const s = read(
      '<p>Job Type: Full-time</p><p>Benefits:</p><ul><li>401(k)</li><li>Dental insurance</li></ul><p>Schedule:</p><ul><li>Monday to Friday</li></ul><p>Shift:</p><ul><li>Day shift</li></ul><p>Work Location: In person</p>',
    );
    expect(s.benefits).toEqual(['401(k)', 'Dental insurance']);
  });
  it('ends the must-haves at a list of what the person will learn', () => {
    const s = read(
      '<p><strong>Požadujeme:</strong></p><ul><li>Samostatnost</li></ul><p><strong>Jaké znalosti a dovednosti získáte:</strong></p><ul><li>Certifikace JNCIA</li></ul>',
    );
    expect(s.requirements).toEqual(['Samostatnost']);
  });
  it('reads every language', () => {
    const s = read(
      '<h2>Deine Aufgaben</h2><ul><li>A</li></ul><h2>Ihr Profil</h2><ul><li>B</li></ul><h2>Von Vorteil</h2><ul><li>C</li></ul><h2>Wir bieten</h2><ul><li>D</li></ul>',
    );
    expect(s).toEqual({ responsibilities: ['A'], requirements: ['B'], niceToHave: ['C'], benefits: ['D'] });
  });
});
