// Which languages' patterns extractJob builds for a page (src/extract/words/page-languages.ts):
// every language the page declares or shows real signs of, none it merely brushes against.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../../../src/extract';
import { LANGUAGE_CODES } from '../../../src/extract/words/index';
import { languageOfTag, pageLanguages, signsIn } from '../../../src/extract/words/page-languages';

const page = (html: string) => new JSDOM(html, { url: 'https://jobs.example.org/job/1' }).window.document;
const sorted = (html: string) =>
  pageLanguages(page(html))
    .filter((code) => code !== 'en')
    .sort();

/** A posting as long as a short real one: too little text leaves every language in (next test). */
const ENGLISH_POSTING = `
  <h1>Senior Backend Engineer</h1>
  <p>We are looking for an engineer to build and run the services behind our product. You will work
  with a small team on Go and PostgreSQL, and you will own what you ship from design to production.
  Our customers are small shops and large retailers, and what we build decides whether their orders
  arrive on time. We value people who write things down, who ask for help early, and who leave the
  code a little better than they found it.</p>
  <h2>What you will do</h2><ul><li>Design, build and run the services that take and route orders</li>
  <li>Review the code of your colleagues and have yours reviewed</li><li>Take part in the on-call
  rotation, one week in six, with a second person beside you</li><li>Work with product managers and
  designers on what we build next and why</li></ul>
  <h2>Requirements</h2><ul><li>5+ years of experience with Go or a similar language</li><li>Knowledge
  of SQL and of how a relational database keeps its data safe</li><li>Experience running services in
  production, with the monitoring and the alerts that go with them</li></ul>
  <h2>Benefits</h2><ul><li>Thirty days of paid leave a year</li><li>A budget for books, courses and
  conferences</li><li>Work from home or from our office, as suits you</li></ul>`;

/** UTF-8 text as a browser shows it when the page says it is Windows-1252 (what repairMojibake undoes). */
function asMojibake(text: string): string {
  const cp1252 = new Map([
    [0x80, '€'],
    [0x9a, 'š'],
    [0x99, '™'],
    [0x9b, '›'],
    [0x9e, 'ž'],
    [0x8d, '\u008d'],
  ]);
  return [...new TextEncoder().encode(text)].map((byte) => cp1252.get(byte) ?? String.fromCharCode(byte)).join('');
}

describe('pageLanguages', () => {
  it('reads only English on an English posting', () => {
    expect(sorted(`<html lang="en"><body>${ENGLISH_POSTING}</body></html>`)).toEqual([]);
  });

  it('reads every language where the page is too short to tell', () => {
    expect(sorted('<html><body><p>Publiceret: 2026-12-03</p></body></html>')).toEqual(
      LANGUAGE_CODES.filter((code) => code !== 'en').sort(),
    );
  });

  // Each with the languages read together with it (READ_TOGETHER): their words are spelled alike.
  it('takes the languages of the text, with or without a lang attribute', () => {
    const german = `<h1>Softwareentwickler (m/w/d)</h1><p>Wir suchen eine Person, die mit uns die Zukunft
      der Plattform gestaltet. Du arbeitest in einem kleinen Team und bist für die Qualität der Software
      verantwortlich, die wir für unsere Kunden entwickeln.</p>`;
    expect(sorted(`<html><body>${german}</body></html>`)).toEqual(['de', 'nl']);
    const french = `<h1>Développeur backend</h1><p>Nous recherchons une personne pour rejoindre notre équipe.
      Vous serez responsable des services et vous travaillerez avec les équipes produit pour livrer des
      fonctionnalités de qualité dans un environnement stimulant.</p>`;
    expect(sorted(`<html lang="fr"><body>${french}</body></html>`)).toEqual(['es', 'fr', 'it', 'pt']);
    const polish = `<h1>Programista Java</h1><p>Szukamy osoby, która dołączy do naszego zespołu. Praca jest
      zdalna lub hybrydowa, oferujemy umowę o pracę oraz pakiet benefitów dla pracowników i ich rodzin.</p>`;
    expect(sorted(`<html><body>${polish}</body></html>`)).toEqual(['cs', 'pl']);
  });

  it('takes a language whose lang attribute lies: the text says which', () => {
    const czech = `<h1>Vývojář Java</h1><p>Hledáme kolegu, který se k nám přidá. Práce je převážně vzdálená,
      nabízíme pracovní smlouvu a příspěvek na stravování. Jsme tým, který má rád kvalitní kód.</p>`;
    expect(sorted(`<html lang="en"><body>${czech}</body></html>`)).toEqual(['cs', 'pl']);
  });

  it("takes a Czech board's labels around an English posting", () => {
    const board = `<html lang="en"><body>${ENGLISH_POSTING}
      <dl><dt>Místo pracoviště</dt><dd>Praha</dd><dt>Typ pracovního poměru</dt><dd>Práce na plný úvazek</dd>
      <dt>Požadované vzdělání</dt><dd>Vysokoškolské</dd></dl></body></html>`;
    expect(sorted(board)).toContain('cs');
  });

  it("takes a German board's headings around an English posting, with no other German on the page", () => {
    const board = `<html lang="en"><body><h1>IT Security Manager</h1><h2>Aufgaben</h2>
      <p>You will own our security setup end to end.</p><h2>Qualifikation</h2>
      <ul><li>Experience with ISO 27001</li></ul></body></html>`;
    expect(sorted(board)).toEqual(['de', 'nl']);
  });

  it('takes every language an element declares, as a template and its posting may differ', () => {
    const html = `<html lang="en"><body>${ENGLISH_POSTING}<section lang="nb-NO"><p>Lønn etter avtale, fast stilling</p></section></body></html>`;
    expect(sorted(html)).toEqual(['da', 'no', 'sv']);
  });

  it("takes no language from a language picker's entries", () => {
    const picker = ['de_DE', 'cs_CZ', 'fr_FR', 'pl_PL']
      .map(
        (locale) =>
          `<li><button lang="${locale}" aria-label="${locale}">${locale.slice(0, 2)} (Italiano)</button></li>`,
      )
      .join('');
    expect(sorted(`<html lang="en"><body><ul>${picker}</ul>${ENGLISH_POSTING}</body></html>`)).toEqual([]);
  });

  it('reads the text of a page served as mojibake', () => {
    const czech =
      'Hledáme kolegu, který se k nám přidá. Jsme tým, pro který je kvalita důležitá. Nabízíme pracovní smlouvu nebo spolupráci na IČO.';
    const html = `<html><head><meta charset="windows-1252"></head><body><p>${asMojibake(czech)}</p></body></html>`;
    expect(page(html).body.textContent).toContain('Å™');
    expect(sorted(html)).toEqual(['cs', 'pl']);
  });

  it('takes no language from a word or two English has borrowed', () => {
    const html = `<html lang="en"><body>${ENGLISH_POSTING}<h3>Our mission</h3><p>The best café in town, à la carte.</p>
      <ul><li>Online</li><li>Data</li></ul></body></html>`;
    expect(sorted(html)).toEqual([]);
  });

  it("never takes a language from a script's code", () => {
    const code = '<script>var de=1,se=2,te=3;function la(e,o){return de+se+te+e+o}la(de,se);</script>'.repeat(20);
    expect(sorted(`<html lang="en"><head>${code}</head><body>${ENGLISH_POSTING}${code}</body></html>`)).toEqual([]);
  });

  it('reads structured data, where some postings keep their whole text', () => {
    const data = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Utvecklare',
      description:
        'Vi söker en utvecklare som vill arbeta med oss. Du kommer att ingå i ett team och det är viktigt att du trivs.',
    });
    expect(
      sorted(`<html><head><script type="application/ld+json">${data}</script></head><body></body></html>`),
    ).toEqual(['da', 'no', 'sv']);
  });
});

describe('signsIn', () => {
  /** What it counts, by splitting the text at its runs of gaps as it once did. */
  function bySplit(text: string) {
    const gap = /[\s\u00a0.,;:!?()"“”„«»/\\|\-–—…·•*+=<>[\]{}0-9#@&%$€£_~^`]+/;
    const words = text.toLowerCase().split(gap);
    const seen = signsIn(words.join(' ')).signs; // the same words, one space apart
    return { signs: seen, words: words.length };
  }

  it('counts words as splitting at runs of spaces, punctuation and digits does, empty ends included', () => {
    for (const text of [
      '',
      ' ',
      'und',
      ' und der ',
      '2026: Wir suchen dich, und du bist (m/w/d) für uns…',
      'les—est\u00a0une…pour 42 dans',
      'Staňte se součástí týmu a rozvíjejte své dovednosti při práci.',
      'hello 😀 world\ud800 och att',
      'unbelievablylongwordthatisnosign und',
    ]) {
      const { signs, words } = signsIn(text);
      const expected = bySplit(text);
      expect(words, text).toBe(expected.words);
      expect(Object.fromEntries(signs), text).toEqual(Object.fromEntries(expected.signs));
    }
  });
});

describe('languageOfTag', () => {
  it('reads the primary subtag, and Bokmål and Nynorsk as Norwegian', () => {
    expect(languageOfTag('de-AT')).toBe('de');
    expect(languageOfTag('pt_BR')).toBe('pt');
    expect(languageOfTag('nb')).toBe('no');
    expect(languageOfTag('NN-no')).toBe('no');
    expect(languageOfTag('ja')).toBeNull();
    expect(languageOfTag('')).toBeNull();
  });
});

describe('extractJob with the page languages', () => {
  it("reads a German board's headings on an English posting as parts", () => {
    const html = `<html lang="en"><body><h1>IT Security Manager</h1>
      <h2>Aufgaben</h2><ul><li>Own our security setup end to end</li><li>Run audits with the auditors</li></ul>
      <h2>Qualifikation</h2><ul><li>You have carried an ISO 27001 certification end to end</li></ul></body></html>`;
    const posting = extractJob(page(html), 'https://jobs.example.org/job/1');
    expect(posting.responsibilities).toEqual(['Own our security setup end to end', 'Run audits with the auditors']);
    expect(posting.requirements).toEqual(['You have carried an ISO 27001 certification end to end']);
  });
});
