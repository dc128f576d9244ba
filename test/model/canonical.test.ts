import { expect, test } from 'vitest';
import { canonicalUrl, fingerprint } from '../../src/model/canonical';

test.each([
  ['https://www.linkedin.com/jobs/view/3456/?trackingId=x&refId=y', 'https://www.linkedin.com/jobs/view/3456'],
  ['https://www.linkedin.com/jobs/search/?currentJobId=3456&keywords=rust', 'https://www.linkedin.com/jobs/view/3456'],
  ['https://cz.linkedin.com/jobs/view/junior-c-developer-at-experis-3456', 'https://www.linkedin.com/jobs/view/3456'],
  ['https://uk.indeed.com/jobs?q=dev&vjk=abc123', 'https://uk.indeed.com/viewjob?jk=abc123'],
  ['https://uk.indeed.com/viewjob?jk=abc123&from=serp', 'https://uk.indeed.com/viewjob?jk=abc123'],
  ['https://acme.com/careers/?gh_jid=42&gh_src=li', 'https://acme.com/careers/?gh_jid=42'],
  ['https://jobs.lever.co/zoox/abc-def/apply?lever-source=LinkedIn', 'https://jobs.lever.co/zoox/abc-def'],
  ['https://Example.com/job/1/?utm_source=x#apply', 'https://example.com/job/1'],
])('%s → %s', (input, expected) => {
  expect(canonicalUrl(input)).toBe(expected);
});

test('a fingerprint ignores case, punctuation and aggregator footers', () => {
  const description = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
  const a = fingerprint({ title: 'Senior Engineer', company: 'Acme, Inc', description });
  const b = fingerprint({
    title: 'senior engineer',
    company: 'ACME Inc',
    description: `${description} Apply on Built In`,
  });
  expect(a).toBe(b);
  expect(fingerprint({ title: 'Junior Engineer', company: 'Acme, Inc', description })).not.toBe(a);
});
