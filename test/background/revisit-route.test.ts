// A saved posting read again by its own page (issue 18): the background keeps a changed reading
// with the job and marks the job closed when its page holds no posting; a page speaks only of itself.
import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { dispatch, makeRoutes, type Routes } from '../../src/background/routes';
import { type JobPosting, notAPosting } from '../../src/model/posting';
import { EMPTY_PROFILE } from '../../src/model/profile';
import type { SavedJob } from '../../src/model/saved-job';
import { type JobmarkDatabase, openStore } from '../../src/store/db';
import { saveJob } from '../../src/store/jobs';
import { saveProfile } from '../../src/store/profile';

const URL = 'https://boards.greenhouse.io/acme/jobs/1';
const posting: JobPosting = {
  ...notAPosting(URL),
  isJobPosting: true,
  title: 'Backend Engineer',
  company: 'Acme',
  salary: { min: 60000, max: 70000, currency: 'EUR', period: 'year' },
  requirements: ['Experience with Go'],
  description: 'Backend Engineer at Acme.',
};

let db: JobmarkDatabase;
let routes: Routes;
let job: SavedJob;
beforeEach(async () => {
  db = await openStore(`revisit-route-${Math.random()}`);
  routes = makeRoutes({
    db: async () => db,
    readTab: async () => null,
    showSaved: () => {},
    siteIsAutomatic: async () => false,
    enableSite: async () => {},
    dueChanged: async () => 0,
    setReminders: async () => {},
    pageLinks: async () => null,
    injectWords: async () => {},
  });
  job = (await saveJob(db, posting, new Date('2026-11-01T00:00:00Z'))).job;
});

const read = (p: JobPosting, from = URL) =>
  dispatch(routes, { jobmark: 'page/read', req: { posting: p } }, 'page', 3, from) as Promise<{ job: SavedJob | null }>;

test('its own page read with a changed pay and one more requirement: the reading is kept with the job and answered', async () => {
  const changed = {
    ...posting,
    salary: { min: 65000, max: 75000, currency: 'EUR', period: 'year' as const },
    requirements: [...posting.requirements, 'Fluent German'],
  };
  const { job: answered } = await read(changed, `${URL}?utm_source=x`);
  expect(answered?.revisits?.map((r) => r.posting)).toEqual([changed]);
  expect(answered?.posting).toEqual(job.posting);
  expect(await db.get('jobs', job.id)).toEqual(answered);
});

test('its own page holding no posting: the job is marked closed, and the page is answered no job', async () => {
  expect(await read(notAPosting(URL))).toEqual({ job: null });
  expect((await db.get('jobs', job.id))?.closedAt).toEqual(expect.any(String));
});

test('a page cannot speak of another address: nothing is kept and nothing closed', async () => {
  const other = 'https://boards.greenhouse.io/acme/jobs/2';
  await read({ ...posting, requirements: ['Planted'] }, other);
  await read(notAPosting(URL), other);
  expect(await db.get('jobs', job.id)).toEqual(job);
});

test('the panel’s notes: the fit and its deal-breakers with a profile, what changed once saved; nothing to say, nothing sent', async () => {
  expect(await read(posting)).toEqual({ job });
  await saveProfile(db, {
    ...EMPTY_PROFILE,
    skills: [{ name: 'Go', level: null, years: null }],
    payFloor: { amount: 80000, currency: 'EUR', period: 'year' },
  });
  const changed = { ...posting, requirements: [...posting.requirements, 'Fluent German'] };
  const { notes } = (await read(changed)) as { notes?: unknown };
  expect(notes).toEqual({
    fit: 'Your fit: 1 of 1 requirement, 1 deal-breaker\nDeal-breaker: Pay below your floor: EUR 60,000–70,000 per year; yours is EUR 80,000 per year.',
    items: [
      { part: 'requirements', verdict: 'met', said: 'Met: Experience with Go (Go: you have it)' },
      { part: 'requirements', verdict: 'unknown', said: 'For you to judge: Fluent German' },
    ],
    changed: 'Changed since you saved it: 1 requirement added',
  });
});
