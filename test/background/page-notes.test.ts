// What the page panel is told beyond the page (issue 18): the fit with its deal-breakers, what changed since saved.
import { expect, test } from 'vitest';
import { pageNotes } from '../../src/background/page-notes';
import { notAPosting } from '../../src/model/posting';
import { EMPTY_PROFILE } from '../../src/model/profile';
import { makeJob } from '../export/make-job';

const job = makeJob({
  posting: { ...makeJob().posting, requirements: ['Experience with Go'], visaSponsorship: false },
});
const profile = { ...EMPTY_PROFILE, skills: [{ name: 'Go', level: null, years: null }], needsSponsorship: true };

test('with a profile: the fit in a line, then each deal-breaker, and each item with its verdict and reasons', () => {
  expect(pageNotes(job.posting, null, profile)).toEqual({
    fit: 'Your fit: 1 of 1 requirement, 1 deal-breaker\nDeal-breaker: No visa sponsorship, and you need it.',
    items: [{ part: 'requirements', verdict: 'met', said: 'Met: Experience with Go (Go: you have it)' }],
    changed: null,
  });
  const more = {
    ...job.posting,
    requirements: ['Experience with Go', 'Fluent German', 'A sense of humour'],
    niceToHave: ['Kubernetes in production'],
  };
  expect(pageNotes(more, null, { ...profile, languages: ['English'] })?.items).toEqual([
    { part: 'requirements', verdict: 'met', said: 'Met: Experience with Go (Go: you have it)' },
    {
      part: 'requirements',
      verdict: 'not-met',
      said: 'Not met: Fluent German (German: not among the languages you speak)',
    },
    { part: 'requirements', verdict: 'unknown', said: 'For you to judge: A sense of humour' },
    {
      part: 'niceToHave',
      verdict: 'not-met',
      said: 'Not met: Kubernetes in production (Kubernetes: not in your profile)',
    },
  ]);
});

test('a saved job read again differently: what changed since it was saved; the person’s corrections count in the fit', () => {
  const later = { ...job.posting, requirements: [...job.posting.requirements, 'Experience with Rust'] };
  const revisited = { ...job, revisits: [{ at: '2026-03-01T00:00:00.000Z', posting: later }] };
  expect(pageNotes(later, revisited, EMPTY_PROFILE)).toEqual({
    fit: null,
    items: [],
    changed: 'Changed since you saved it: 1 requirement added',
  });
  // The person took the one requirement out of the posting: the fit weighs the posting as they corrected it.
  const at = '2026-03-01T00:00:00.000Z';
  const corrected = {
    ...job,
    corrections: {
      facts: {},
      moves: [{ from: 'requirements' as const, text: 'Experience with Go', to: 'none' as const, at }],
    },
  };
  expect(pageNotes(job.posting, corrected, profile)?.fit).toBe(
    'Your fit: 1 deal-breaker\nDeal-breaker: No visa sponsorship, and you need it.',
  );
});

test('nothing to say, or no posting: no notes', () => {
  expect(pageNotes(job.posting, job, EMPTY_PROFILE)).toBeNull();
  expect(pageNotes(notAPosting(job.url), null, profile)).toBeNull();
});
