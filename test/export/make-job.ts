// A saved job for tests, with every field filled the way the store fills it.
import { canonicalUrl, fingerprint } from '../../src/model/canonical';
import { notAPosting } from '../../src/model/posting';
import type { SavedJob } from '../../src/model/saved-job';

let next = 0;

export function makeJob(overrides: Partial<SavedJob> & { title?: string; company?: string } = {}): SavedJob {
  const n = ++next;
  const { title = `Engineer ${n}`, company = 'Acme', ...rest } = overrides;
  const url = rest.url ?? `https://jobs.example.com/${n}`;
  const posting = {
    ...notAPosting(url),
    isJobPosting: true,
    locations: ['Lisbon, Portugal'],
    workplace: 'hybrid' as const,
    salary: { min: 60000, max: 80000, currency: 'EUR', period: 'year' as const },
    salaryText: '€60k–80k',
    skills: ['TypeScript', 'Go'],
    requirements: ['5 years of Go'],
    description: `${title} at ${company}. We build things, number ${n}.`,
    ...rest.posting,
    title,
    company,
  };
  const savedAt = rest.savedAt ?? `2026-01-${String((n % 28) + 1).padStart(2, '0')}T10:00:00.000Z`;
  return {
    id: `id-${n}`,
    url,
    canonicalUrl: canonicalUrl(url),
    fingerprint: fingerprint(posting),
    status: 'saved',
    history: [{ status: 'saved', at: savedAt }],
    tags: [],
    notes: '',
    rating: 0,
    followUp: null,
    updatedAt: savedAt,
    ...rest,
    posting,
    savedAt,
  };
}
