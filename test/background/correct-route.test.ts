// A correction travels like every edit (job/update, from Jobmark's own pages only),
// and one the checks refuse says why instead of "malformed".
import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { dispatch, makeRoutes, type Origin, type Routes } from '../../src/background/routes';
import { shownPosting } from '../../src/model/corrections';
import { notAPosting } from '../../src/model/posting';
import type { SavedJob } from '../../src/model/saved-job';
import { type JobmarkDatabase, openStore } from '../../src/store/db';
import { saveJob } from '../../src/store/jobs';

let db: JobmarkDatabase;
let routes: Routes;
let job: SavedJob;
const told: (SavedJob | null)[] = [];

beforeEach(async () => {
  db = await openStore(`correct-route-${Math.random()}`);
  routes = makeRoutes({
    db: async () => db,
    readTab: async () => null,
    showSaved: (_tab, saved) => void told.push(saved),
    siteIsAutomatic: async () => false,
    enableSite: async () => {},
    dueChanged: async () => 0,
    setReminders: async () => {},
    pageLinks: async () => null,
    injectWords: async () => {},
  });
  const posting = {
    ...notAPosting('https://jobs.lever.co/acme/1'),
    isJobPosting: true,
    title: 'Engineer',
    company: 'Acme | Careers',
  };
  job = (await saveJob(db, posting)).job;
});

const update = (edit: unknown, origin: Origin = 'extension') =>
  dispatch(routes, { jobmark: 'job/update', req: { id: job.id, edit } }, origin, undefined) as Promise<
    Record<string, unknown>
  >;

test('a corrected fact is saved beside the value read', async () => {
  const { job: saved } = (await update({ correct: { kind: 'fact', field: 'company', value: 'Acme' } })) as {
    job: SavedJob;
  };
  expect(saved.posting.company).toBe('Acme | Careers');
  expect(shownPosting(saved).company).toBe('Acme');
});

test('a hostile correction is refused, saying why, and nothing is written', async () => {
  expect(
    await update({
      correct: { kind: 'fact', field: 'salary', value: { min: 5, max: 1, currency: null, period: null } },
    }),
  ).toEqual({
    error: 'job/update refused: The salary’s maximum is below its minimum.',
  });
  expect(await update({ correct: { kind: 'fact', field: 'title', value: 'x'.repeat(5000) } })).toEqual({
    error: 'job/update refused: Title can be at most 300 characters.',
  });
  expect(await update({ correct: { kind: 'script', value: 'alert(1)' } })).toEqual({
    error: 'job/update refused: Unknown kind of correction.',
  });
  // A page may never correct a job, whatever it sends.
  expect(await update({ correct: { kind: 'fact', field: 'company', value: 'Evil' } }, 'page')).toEqual({
    error: 'job/update refused from this sender',
  });
  expect((await db.get('jobs', job.id))?.corrections).toBeUndefined();
});

test('a page gets the rules of its own site, named by the browser, and nothing else it asks for', async () => {
  await update({ correct: { kind: 'fact', field: 'company', value: 'Acme' } });
  const ask = (req: unknown, url: string) =>
    dispatch(routes, { jobmark: 'page/rules', req }, 'page', 3, url) as Promise<Record<string, unknown>>;
  const { rules } = (await ask({}, 'https://jobs.lever.co/acme/2')) as { rules: { kind: string; site: string }[] };
  expect(rules).toMatchObject([{ kind: 'company-suffix', site: 'jobs.lever.co' }]);
  expect(await ask({}, 'https://evil.example/')).toEqual({ rules: [] });
  expect(await ask({ site: 'jobs.lever.co' }, 'https://evil.example/')).toEqual({
    error: 'page/rules refused: malformed request',
  });
});

test('"this is not a job posting" is a rule for the page’s site under its path, and only from Jobmark’s pages', async () => {
  const say = (req: unknown, origin: Origin = 'extension') =>
    dispatch(routes, { jobmark: 'rules/not-posting', req }, origin, undefined) as Promise<Record<string, unknown>>;
  expect(await say({ url: 'https://www.remotewlb.com/jobs/search?q=go' })).toEqual({ ok: true });
  expect(await say({ url: 'https://www.remotewlb.com/jobs/search' }, 'page')).toEqual({
    error: 'rules/not-posting refused from this sender',
  });
  expect(await say({ url: 'javascript:alert(1)' })).toEqual({ error: 'rules/not-posting refused: malformed request' });
  const rules = await db.getAll('rules');
  expect(rules).toMatchObject([{ site: 'remotewlb.com', kind: 'not-posting', path: '/jobs/search', from: null }]);
});
