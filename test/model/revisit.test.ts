// Two readings of one posting compared, and a job's readings kept.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { type JobPosting, notAPosting } from '../../src/model/posting';
import { compareReadings, describeChanges, MAX_REVISITS, withReading } from '../../src/model/revisit';
import { openStore } from '../../src/store/db';
import { saveJob } from '../../src/store/jobs';
import { recordReading } from '../../src/store/revisits';

const URL = 'https://boards.greenhouse.io/harborpayments/jobs/4012345';
const saved: JobPosting = {
  ...notAPosting(URL),
  isJobPosting: true,
  title: 'Senior Backend Engineer',
  company: 'Harbor Payments',
  locations: ['Munich, Germany'],
  workplace: 'onsite',
  salary: { min: 60000, max: 70000, currency: 'EUR', period: 'year' },
  salaryText: '€60–70k',
  requirements: ['5+ years of experience', 'Strong PostgreSQL skills'],
  niceToHave: ['Experience with Go'],
  benefits: ['30 days of paid holiday'],
  description: 'Harbor Payments moves money.',
};

test('the same reading, or one differing only in spaces, case or how the pay is written, is no change', () => {
  expect(compareReadings(saved, structuredClone(saved))).toEqual([]);
  const respaced = {
    ...saved,
    title: ' senior  backend engineer',
    salaryText: 'EUR 60,000–70,000',
    requirements: ['5+ years of  experience', 'strong postgresql skills'],
  };
  expect(compareReadings(saved, respaced)).toEqual([]);
});

test('pay, places and workplace changed, a requirement added and a benefit removed: each said', () => {
  const later = {
    ...saved,
    salary: { min: 65000, max: 75000, currency: 'EUR', period: 'year' as const },
    salaryText: '€65–75k',
    locations: ['Munich, Germany', 'Berlin, Germany'],
    workplace: 'hybrid' as const,
    requirements: [...saved.requirements, 'Experience with Kafka', 'Fluent German'],
    benefits: [],
  };
  const changes = compareReadings(saved, later);
  expect(changes).toEqual([
    { kind: 'fact', fact: 'pay', from: '€60–70k', to: '€65–75k' },
    { kind: 'fact', fact: 'places', from: 'Munich, Germany', to: 'Munich, Germany; Berlin, Germany' },
    { kind: 'fact', fact: 'workplace', from: 'onsite', to: 'hybrid' },
    { kind: 'items', part: 'requirements', added: ['Experience with Kafka', 'Fluent German'], removed: [] },
    { kind: 'items', part: 'benefits', added: [], removed: ['30 days of paid holiday'] },
  ]);
  expect(describeChanges(changes)).toEqual([
    'Pay changed: €60–70k → €65–75k',
    'Places changed: Munich, Germany → Munich, Germany; Berlin, Germany',
    'Workplace changed: onsite → hybrid',
    '2 requirements added',
    '1 benefit removed',
  ]);
  expect(describeChanges(compareReadings(saved, { ...saved, salary: null, salaryText: null }))).toEqual([
    'Pay changed: €60–70k → none',
  ]);
});

test('a reading is kept only when it differs from the last one kept, and only the newest are kept', () => {
  const later = { ...saved, title: 'Staff Backend Engineer' };
  const one = withReading(saved, [], later, '2026-12-01T00:00:00.000Z');
  expect(one).toEqual([{ at: '2026-12-01T00:00:00.000Z', posting: later }]);
  // The same again: nothing new to keep (the very list is returned).
  expect(withReading(saved, one, structuredClone(later), '2026-12-02T00:00:00.000Z')).toBe(one);
  let many: readonly { at: string; posting: JobPosting }[] = [];
  for (let i = 0; i < MAX_REVISITS + 5; i++) {
    many = withReading(
      saved,
      many,
      { ...saved, title: `Title ${i}` },
      `2026-12-0${1 + (i % 9)}T00:00:${String(i).padStart(2, '0')}.000Z`,
    );
  }
  expect(many).toHaveLength(MAX_REVISITS);
  expect(many.at(-1)?.posting.title).toBe(`Title ${MAX_REVISITS + 4}`);
});

test('in the store: a changed reading is kept with the job, the page gone marks it closed, a posting there again opens it', async () => {
  const db = await openStore(`jobmark-revisits-${Math.random()}`);
  const { job } = await saveJob(db, saved, new Date('2026-11-20T10:00:00Z'));
  expect(await recordReading(db, structuredClone(saved), new Date('2026-11-21T10:00:00Z'))).toEqual(job);

  const changed = { ...saved, requirements: [...saved.requirements, 'Experience with Kafka'] };
  const after = await recordReading(db, changed, new Date('2026-11-22T10:00:00Z'));
  expect(after?.revisits).toEqual([{ at: '2026-11-22T10:00:00.000Z', posting: changed }]);
  expect(after?.posting).toEqual(job.posting);
  expect(await db.get('jobs', job.id)).toEqual(after);

  const gone = await recordReading(db, notAPosting(`${URL}?gh_src=abc`), new Date('2026-11-25T10:00:00Z'));
  expect(gone?.closedAt).toBe('2026-11-25T10:00:00.000Z');
  // Read closed again: the first date stays.
  expect((await recordReading(db, notAPosting(URL), new Date('2026-11-26T10:00:00Z')))?.closedAt).toBe(
    '2026-11-25T10:00:00.000Z',
  );
  const reopened = await recordReading(db, changed, new Date('2026-11-27T10:00:00Z'));
  expect(reopened).not.toHaveProperty('closedAt');
  expect(reopened?.revisits).toHaveLength(1);
  // Another address is another page, whatever it holds.
  expect(await recordReading(db, { ...saved, url: 'https://jobs.lever.co/harbor/1' })).toBeNull();
  db.close();
});
