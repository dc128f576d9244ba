// A saved posting is not frozen: pay, places and requirements change, and
// postings close. Two readings of one posting compared, fact by fact and item by
// item, in words a person reads ("Pay changed: €60–70k → €65–75k; 2 requirements
// added"). Pure: two JobPostings in, the changes out.

import { plural } from './plural';
import { describeSalary, type JobPosting } from './posting';

export const COMPARED_FACTS = ['title', 'company', 'pay', 'places', 'workplace', 'employment'] as const;
export type ComparedFact = (typeof COMPARED_FACTS)[number];
export const COMPARED_PARTS = ['requirements', 'niceToHave', 'responsibilities', 'benefits'] as const;
export type ComparedPart = (typeof COMPARED_PARTS)[number];

export type ReadingChange =
  | { kind: 'fact'; fact: ComparedFact; from: string; to: string }
  | { kind: 'items'; part: ComparedPart; added: string[]; removed: string[] };

/** A later reading of a saved posting, kept with the job when it differs from the one before. */
export interface Revisit {
  /** ISO time it was read. */
  at: string;
  posting: JobPosting;
}

const FACT_WORDS: Record<ComparedFact, string> = {
  title: 'Title',
  company: 'Company',
  pay: 'Pay',
  places: 'Places',
  workplace: 'Workplace',
  employment: 'Employment type',
};
const PART_WORDS: Record<ComparedPart, [string, string]> = {
  requirements: ['requirement', 'requirements'],
  niceToHave: ['nice-to-have', 'nice-to-haves'],
  responsibilities: ['responsibility', 'responsibilities'],
  benefits: ['benefit', 'benefits'],
};

/** Text as compared: spaces and case do not make a change. */
const same = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function factOf(p: JobPosting, fact: ComparedFact): string {
  switch (fact) {
    case 'title':
      return p.title?.trim() ?? '';
    case 'company':
      return p.company?.trim() ?? '';
    case 'pay':
      // The numbers decide; the words only say them ("€60k" and "EUR 60,000" are one pay).
      return p.salary ? (describeSalary(p) ?? '') : '';
    case 'places':
      return p.locations.join('; ');
    case 'workplace':
      return p.workplace ?? '';
    case 'employment':
      return p.employmentType ?? '';
  }
}

function factChanged(before: JobPosting, after: JobPosting, fact: ComparedFact): boolean {
  if (fact === 'pay') return JSON.stringify(before.salary) !== JSON.stringify(after.salary);
  if (fact === 'places') {
    const a = new Set(before.locations.map(same));
    const b = new Set(after.locations.map(same));
    return a.size !== b.size || [...a].some((x) => !b.has(x));
  }
  return same(factOf(before, fact)) !== same(factOf(after, fact));
}

/** What changed from `before` to `after`: facts first, then each part's items added and removed. */
export function compareReadings(before: JobPosting, after: JobPosting): ReadingChange[] {
  const changes: ReadingChange[] = [];
  for (const fact of COMPARED_FACTS) {
    if (factChanged(before, after, fact))
      changes.push({ kind: 'fact', fact, from: factOf(before, fact), to: factOf(after, fact) });
  }
  for (const part of COMPARED_PARTS) {
    const was = new Set(before[part].map(same));
    const now = new Set(after[part].map(same));
    const added = after[part].filter((item) => !was.has(same(item)));
    const removed = before[part].filter((item) => !now.has(same(item)));
    if (added.length || removed.length) changes.push({ kind: 'items', part, added, removed });
  }
  return changes;
}

/** Each change in a few words: "Pay changed: USD 60,000–70,000 → USD 65,000–75,000", "2 requirements added". */
export function describeChanges(changes: readonly ReadingChange[]): string[] {
  return changes.flatMap((c) => {
    if (c.kind === 'fact') return [`${FACT_WORDS[c.fact]} changed: ${c.from || 'none'} → ${c.to || 'none'}`];
    const [one, many] = PART_WORDS[c.part];
    return [
      ...(c.added.length ? [`${plural(c.added.length, one, many)} added`] : []),
      ...(c.removed.length ? [`${plural(c.removed.length, one, many)} removed`] : []),
    ];
  });
}

/** How many readings a job keeps besides the one saved: the newest, so a page read daily cannot grow it without end. */
export const MAX_REVISITS = 20;

/**
 * The job's readings after one more: kept when it differs from the last one known (the last revisit,
 * else the posting as saved), the oldest dropped past MAX_REVISITS. The same list when nothing changed.
 */
export function withReading(
  saved: JobPosting,
  revisits: readonly Revisit[],
  reading: JobPosting,
  at: string,
): readonly Revisit[] {
  const last = revisits.at(-1)?.posting ?? saved;
  if (!compareReadings(last, reading).length) return revisits;
  return [...revisits, { at, posting: reading }].slice(-MAX_REVISITS);
}
