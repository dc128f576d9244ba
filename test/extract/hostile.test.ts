// Hostile input never breaks the extractor: no exception escapes, time stays
// bounded (asserted loosely: speed is measured by `npm run bench`), the
// document is never changed, and every string in the output is plain text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractJob } from '../../src/extract/index';

const doc = (html: string, url?: string) => new JSDOM(html, { url }).window.document;
// linkedom parses the giant pages in a fraction of jsdom's time; the extractor runs on either.
const fast = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}
const timed = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};

describe('hostile input', () => {
  it('an empty document', () => {
    expect(extractJob(doc(''), '').isJobPosting).toBe(false);
    const bare = doc('');
    bare.documentElement.remove();
    expect(extractJob(bare, 'https://x.example/').isJobPosting).toBe(false);
  });
  it('nonsense arguments', () => {
    expect(extractJob(null as unknown as Document, 'x').isJobPosting).toBe(false);
    expect(extractJob({} as Document, undefined as unknown as string).url).toBe('');
  });
  it('a 10 MB page', { timeout: 120_000 }, () => {
    const para =
      '<div><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p><ul><li>one</li><li>two</li></ul></div>';
    const html = `<h1>Engineer</h1><h2>Requirements</h2>${para.repeat(Math.ceil(10_000_000 / para.length))}`;
    const d = fast(html);
    const [p, ms] = timed(() => extractJob(d, 'https://x.example/job'));
    console.log(`10 MB page: ${ms.toFixed(0)} ms`);
    expect(p.title).toBe('Engineer');
    expect(ms).toBeLessThan(10_000);
  });
  it('nesting 10,000 deep', { timeout: 120_000 }, () => {
    const html = `<h1>Deep</h1>${'<div>'.repeat(10_000)}<h2>Requirements</h2><ul><li>Go</li></ul>${'</div>'.repeat(10_000)}`;
    const d = fast(html);
    const [p, ms] = timed(() => extractJob(d, ''));
    console.log(`10,000 deep: ${ms.toFixed(0)} ms`);
    expect(p).toBeTruthy();
    expect(ms).toBeLessThan(5_000);
  });
  it('an item that runs on in marks ("Go *-*-*-…", a divider typed as text)', { timeout: 60_000 }, () => {
    const html = `<h1>Engineer</h1><h2>Requirements</h2><ul><li>Go ${'*-'.repeat(100)}</li><li>SQL</li></ul>`;
    const [p, ms] = timed(() => extractJob(fast(html), 'https://x.example/job'));
    console.log(`an item of marks: ${ms.toFixed(0)} ms`);
    expect(p.requirements).toHaveLength(2);
    expect(ms).toBeLessThan(5_000);
  });
  it('broken and gigantic JSON-LD', () => {
    const huge = JSON.stringify({ '@type': 'JobPosting', title: 'Big', description: 'x'.repeat(5_000_000) });
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const html = `<script type="application/ld+json">${huge}</script><script type="application/ld+json">{"@type":"JobPosting",</script><script type="application/ld+json">${deep}</script><h1>Job</h1>`;
    const d = doc(html);
    const [p, ms] = timed(() => extractJob(d, ''));
    expect(p).toBeTruthy();
    expect(ms).toBeLessThan(5_000);
  });
  it("broken or odd embedded state (a Recruitee page's data-props) leaves the page to the generic reader", () => {
    const page = (props: string) =>
      `<div data-component="PublicApp" data-props="${props}"><h1>Analyst</h1><h2>Requirements</h2><ul><li>SQL</li><li>Excel</li></ul><h2>Benefits</h2><ul><li>Lunch</li></ul></div>`;
    for (const props of ['{&quot;appConfig&quot;:', '[1,2]', '{&quot;appConfig&quot;:{&quot;offer&quot;:7}}', 'null']) {
      const p = extractJob(doc(page(props)), 'https://acme.recruitee.com/o/analyst');
      expect(p.isJobPosting).toBe(true);
      expect(p.title).toBe('Analyst');
      expect(p.requirements).toEqual(['SQL', 'Excel']);
    }
  });
  it('script in a title and markup in text come out as plain text', () => {
    const ld = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Engineer <script>alert(1)</script><img src=x onerror=alert(2)>',
      hiringOrganization: { name: '<b>Acme</b>' },
      description: '<h3>Requirements</h3><ul><li>Go <script>alert(3)</script></li></ul>',
    }).replace(/</g, '\\u003c'); // as pages embed it: "</script>" inside would end the element
    const d = doc(`<title><script>alert(1)</script>Engineer</title><script type="application/ld+json">${ld}</script>`);
    const p = extractJob(d, '');
    expect(p.isJobPosting).toBe(true);
    expect(p.title).toBe('Engineer');
    expect(p.company).toBe('Acme');
    for (const s of strings(p)) expect(s).not.toMatch(/<\/?[a-z][^>]*>/i);
  });
  it('never mutates the document', () => {
    const html = readFileSync(resolve(__dirname, '../../public/sample-posting.html'), 'utf8');
    const d = doc(html, 'https://www.remotewlb.com/apply/senior-software-engineer-distributed-systems-lisbon');
    const before = d.documentElement.outerHTML;
    const p = extractJob(d, d.URL);
    expect(p.title).toBe('Senior Software Engineer - Distributed Systems (Lisbon)');
    expect(d.documentElement.outerHTML).toBe(before);
  });
  it('runs on another DOM implementation (linkedom)', () => {
    const html = readFileSync(resolve(__dirname, '../../public/sample-posting.html'), 'utf8');
    const { document } = parseHTML(html);
    const p = extractJob(document as unknown as Document, 'https://www.remotewlb.com/apply/x');
    expect(p.title).toBe('Senior Software Engineer - Distributed Systems (Lisbon)');
    expect(p.requirements.length).toBe(6);
    expect(p.provenance.requirements?.at.every((x) => Array.isArray(x))).toBe(true);
  });
});
