// Removing a rule reads again the saved jobs it changed, from the reader's own
// result each keeps, in the transaction that removes it; a job the person
// corrected keeps the correction, and jobs of other sites are not touched.
import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { applyRules } from '../../src/extract/apply-rules';
import { shownPosting } from '../../src/model/corrections';
import { notAPosting } from '../../src/model/posting';
import type { SiteRule } from '../../src/model/site-rules';
import { openStore } from '../../src/store/db';
import { saveJob, updateJob } from '../../src/store/jobs';
import { addRule, removeRule } from '../../src/store/rules';

const own = (url: string, company = 'Northwind Robotics Talent Team') => ({
  ...notAPosting(url),
  isJobPosting: true,
  title: 'Robotics Engineer',
  company,
  requirements: ['Rust', 'C++'],
  provenance: {
    requirements: { source: 'generic' as const, at: [[1], [2]], under: ['Sparkles on top', 'What you bring'] },
  },
});
const rule = (id: string, fields: Partial<SiteRule>): SiteRule =>
  ({
    id,
    site: 'boards.greenhouse.io',
    board: 'northwind',
    at: '2026-03-02T09:00:00.000Z',
    from: null,
    ...fields,
  }) as SiteRule;

test('a removed rule’s saved jobs read again without it; other rules still apply', async () => {
  const db = await openStore(`reread-${Math.random()}`);
  const suffix = rule('s', { kind: 'company-suffix', suffix: 'Talent Team' });
  const heading = rule('h', { kind: 'heading', heading: 'Sparkles on top', part: 'niceToHave' });
  for (const r of [suffix, heading]) await addRule(db, r);
  const read = own('https://boards.greenhouse.io/northwind/jobs/2');
  const ruled = applyRules(read, [suffix, heading]);
  const { job } = await saveJob(db, ruled, new Date(), read);
  expect(job.read).toBe(read);
  expect(job.posting.company).toBe('Northwind Robotics');
  // Another company's board, and a job saved with no rule, are not touched.
  const other = (await saveJob(db, own('https://boards.greenhouse.io/globex/jobs/3', 'Globex'))).job;
  const corrected = (await saveJob(db, own('https://boards.greenhouse.io/northwind/jobs/1', 'Northwind Talent Team')))
    .job;
  // A name changed outright teaches no rule.
  await updateJob(db, corrected.id, { correct: { kind: 'fact', field: 'company', value: 'Northwind AB' } });

  const changed = await removeRule(db, 's', new Date('2026-03-03T00:00:00.000Z'));
  expect(changed.map((j) => j.id)).toEqual([job.id]);
  const after = await db.get('jobs', job.id);
  expect(after?.posting.company).toBe('Northwind Robotics Talent Team');
  // The heading rule is still there: its item stays where it put it, and the reading is still kept.
  expect(after?.posting.niceToHave).toEqual(['Rust']);
  expect(after?.read).toEqual(read);
  expect(after?.updatedAt).toBe('2026-03-03T00:00:00.000Z');

  await removeRule(db, 'h');
  const last = await db.get('jobs', job.id);
  expect(last?.posting).toEqual(read);
  expect(last?.read).toBeUndefined();
  expect(await db.get('jobs', other.id)).toEqual(other);
  expect(shownPosting((await db.get('jobs', corrected.id))!).company).toBe('Northwind AB');
  expect(await db.getAll('rules')).toEqual([]);
});
