import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../../src/extract/index';

const page = (ld: string, body = '') =>
  new JSDOM(`<html><head><script type="application/ld+json">${ld}</script></head><body>${body}</body></html>`).window
    .document;

const posting = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Backend Engineer',
  hiringOrganization: { '@type': 'Organization', name: 'Acme' },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Berlin', addressCountry: 'DE' } },
  employmentType: 'FULL_TIME',
  datePosted: '2024-03-01T10:00:00Z',
  baseSalary: {
    '@type': 'MonetaryAmount',
    currency: 'EUR',
    value: { '@type': 'QuantitativeValue', minValue: 60000, maxValue: 80000, unitText: 'YEAR' },
  },
  description: '<h3>Requirements</h3><ul><li>Go</li><li>PostgreSQL</li></ul>',
};

describe('JSON-LD', () => {
  it('reads a JobPosting', () => {
    const p = extractJob(page(JSON.stringify(posting)), 'https://acme.example/jobs/1');
    expect(p.isJobPosting).toBe(true);
    expect(p.title).toBe('Backend Engineer');
    expect(p.company).toBe('Acme');
    expect(p.locations.join(' ')).toContain('Berlin');
    expect(p.employmentType).toBe('full-time');
    expect(p.datePosted).toBe('2024-03-01');
    expect(p.salary).toEqual({ min: 60000, max: 80000, currency: 'EUR', period: 'year' });
    expect(p.requirements).toEqual(['Go', 'PostgreSQL']);
    expect(p.provenance.title?.source).toBe('json-ld');
    expect(p.provenance.requirements?.at).toEqual([null, null]);
  });
  it('names the countries a remote job hires in, given as codes', () => {
    const remote = {
      ...posting,
      jobLocation: undefined,
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [
        { '@type': 'Country', name: 'US' },
        { '@type': 'Country', name: 'CA' },
      ],
    };
    const p = extractJob(page(JSON.stringify(remote)), 'https://acme.example/jobs/1');
    expect(p.locations).toEqual(['United States', 'Canada']);
    expect(p.workplace).toBe('remote');
  });
  it('finds it in @graph and in arrays', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, posting] };
    expect(extractJob(page(JSON.stringify(graph)), '').title).toBe('Backend Engineer');
    expect(extractJob(page(JSON.stringify([{ '@type': 'Organization' }, posting])), '').title).toBe('Backend Engineer');
  });
  it('reads HTML-escaped descriptions as text', () => {
    const escaped = {
      ...posting,
      description:
        '&lt;p&gt;&lt;strong&gt;Benefits&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Pension&lt;/li&gt;&lt;/ul&gt;',
    };
    const p = extractJob(page(JSON.stringify(escaped)), '');
    expect(p.benefits).toEqual(['Pension']);
    expect(p.description).not.toMatch(/[<>]/);
  });
  it('tolerates wrong types', () => {
    const odd = {
      ...posting,
      title: ['Backend Engineer'],
      hiringOrganization: 'Acme',
      employmentType: ['FULL_TIME', 7],
      datePosted: 12,
      jobLocation: 'Berlin',
    };
    const p = extractJob(page(JSON.stringify(odd)), '');
    expect(p.title).toBe('Backend Engineer');
    expect(p.company).toBe('Acme');
    expect(p.locations).toEqual(['Berlin']);
    expect(p.datePosted).toBeNull();
  });
  it('survives garbage and repairs common breakage', () => {
    expect(extractJob(page('{not json'), '').isJobPosting).toBe(false);
    const trailing = `${JSON.stringify(posting).slice(0, -1)},}`;
    expect(extractJob(page(trailing), '').title).toBe('Backend Engineer');
    const newline = JSON.stringify(posting).replace('Backend Engineer', 'Backend\nEngineer');
    expect(extractJob(page(newline), '').title).toBe('Backend Engineer');
  });
  it('reads each block and each object on its own: a broken JobPosting before a valid one is skipped', () => {
    const blocks = (...ld: string[]) =>
      new JSDOM(
        `<html><head>${ld.map((x) => `<script type="application/ld+json">${x}</script>`).join('')}</head><body></body></html>`,
      ).window.document;
    const valid = JSON.stringify(posting);
    const junk = [
      JSON.stringify({ '@type': 'JobPosting', title: 42 }),
      JSON.stringify({ '@type': 'JobPosting', title: { '@type': 'Thing' }, hiringOrganization: 7 }),
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [{ '@id': '#job', '@type': 'JobPosting', '@graph': { '@id': '#job' } }],
      }),
      // JSON.parse keeps "__proto__" as an own key.
      '{"@type":"JobPosting","__proto__":{"title":"Polluted"},"title":"Another Job"}',
      // Reading it throws (String() of an object whose toString is not a function).
      '{"@type":"JobPosting","title":"Backend Engineer","jobLocationType":{"toString":1}}',
      // Enough nodes to use up a budget shared by every block.
      JSON.stringify([Array.from({ length: 500 }, () => Array.from({ length: 20 }, () => ({})))]),
      '{not json',
    ];
    for (const bad of junk) {
      const p = extractJob(blocks(bad, valid), 'https://acme.example/jobs/1');
      expect(p.isJobPosting, bad.slice(0, 80)).toBe(true);
      expect(p.title, bad.slice(0, 80)).toBe('Backend Engineer');
      expect(p.company, bad.slice(0, 80)).toBe('Acme');
      expect(p.provenance.title?.source, bad.slice(0, 80)).toBe('json-ld');
    }
    // Junk and a valid posting in one block, side by side: the same.
    const together = extractJob(blocks(`[${junk[0]},${junk[4]},${valid}]`), 'https://acme.example/jobs/1');
    expect(together.title).toBe('Backend Engineer');
    expect(({} as { title?: unknown }).title).toBeUndefined();
  });
  it('treats a list of postings as not one posting', () => {
    const list = { '@type': 'ItemList', itemListElement: [posting, { ...posting, title: 'Frontend Engineer' }] };
    expect(extractJob(page(JSON.stringify(list)), '').isJobPosting).toBe(false);
  });
});

describe('provenance', () => {
  it('points JSON-LD items at the visible bullets that show them', () => {
    const d = page(
      JSON.stringify(posting),
      '<div id="app"><h1>Backend Engineer</h1><p>Intro</p><ul><li>Go</li><li>PostgreSQL</li></ul></div>',
    );
    const p = extractJob(d, '');
    expect(p.requirements).toEqual(['Go', 'PostgreSQL']);
    expect(p.provenance.requirements?.at).toEqual([
      [1, 0, 2, 0],
      [1, 0, 2, 1],
    ]);
  });
});
