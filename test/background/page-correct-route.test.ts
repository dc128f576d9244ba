// Corrections and page rules from the page panel: a content script corrects only a
// posting of its own site (saving it first), states only of its own page that it is
// a posting, and never decides what a rule did: the background lays the site's
// rules over the reader's own result it sends, and keeps that result with the job.
import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { dispatch, makeRoutes, type Origin, type Routes } from '../../src/background/routes';
import { shownPosting } from '../../src/model/corrections';
import { notAPosting } from '../../src/model/posting';
import type { SavedJob } from '../../src/model/saved-job';
import { type JobmarkDatabase, openStore } from '../../src/store/db';
import { addRule, listRules } from '../../src/store/rules';

const URL1 = 'https://jobs.lever.co/acme/1';
let db: JobmarkDatabase;
let routes: Routes;
const own = {
  ...notAPosting(URL1),
  isJobPosting: true,
  title: 'Engineer',
  company: 'Acme Talent Team',
  requirements: ['Go', 'Rust'],
  provenance: { requirements: { source: 'generic' as const, at: [[1], [2]], under: ['You bring', 'Bonus'] } },
};

beforeEach(async () => {
  db = await openStore(`page-correct-${Math.random()}`);
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
});

const send = (name: string, req: unknown, sender: string, origin: Origin = 'page') =>
  dispatch(routes, { jobmark: name, req }, origin, 7, sender) as Promise<Record<string, unknown>>;

test('a correction in the panel saves the job with it, and a heading moved teaches a rule for the board', async () => {
  const edit = { kind: 'heading', heading: 'Bonus', from: 'requirements', to: 'niceToHave' };
  const { job } = (await send('page/correct', { posting: own, edit }, URL1)) as { job: SavedJob };
  expect(job.posting.requirements).toEqual(['Go', 'Rust']);
  expect(shownPosting(job).niceToHave).toEqual(['Rust']);
  expect(await listRules(db)).toMatchObject([{ site: 'jobs.lever.co', board: 'acme', kind: 'heading' }]);
  // The same posting again: the same job, with both corrections.
  const fact = { kind: 'fact', field: 'company', value: 'Acme' };
  const again = (await send('page/correct', { posting: own, edit: fact }, URL1)) as { job: SavedJob };
  expect(again.job.id).toBe(job.id);
  expect(shownPosting(again.job).company).toBe('Acme');
});

test('a page cannot correct another site’s posting, send a hostile correction, or say another page is a posting', async () => {
  const edit = { kind: 'fact', field: 'company', value: 'Evil' };
  expect(await send('page/correct', { posting: own, edit }, 'https://evil.example/jobs/1')).toEqual({
    error: 'A page can correct only a posting of its own site.',
  });
  expect(
    await send('page/correct', { posting: own, edit: { kind: 'add', to: 'none', text: 'x', path: null } }, URL1),
  ).toEqual({ error: 'page/correct refused: An added item names its part, its text and its place on the page.' });
  expect(await send('page/correct', { posting: own, edit, rule: { kind: 'posting' } }, URL1)).toEqual({
    error: 'page/correct refused: malformed request',
  });
  expect(await db.getAll('jobs')).toEqual([]);
  // "This page is a posting": of the sender's own address only, whatever the message says.
  expect(await send('page/is-posting', { url: 'https://other.example/x' }, URL1)).toEqual({
    error: 'page/is-posting refused: malformed request',
  });
  expect(await send('page/is-posting', {}, 'https://boards.greenhouse.io/acme/jobs/9?ref=x')).toEqual({ ok: true });
  expect(await listRules(db)).toMatchObject([
    { site: 'boards.greenhouse.io', board: 'acme', kind: 'posting', path: '/acme/jobs/9', from: null },
  ]);
  // And from the popup, for the tab's page; a page may not use the popup's message.
  expect(await send('rules/posting', { url: 'https://www.remotewlb.com/apply/x' }, URL1)).toEqual({
    error: 'rules/posting refused from this sender',
  });
  expect(await send('rules/posting', { url: 'https://www.remotewlb.com/apply/x' }, '', 'extension')).toEqual({
    ok: true,
  });
});

test('the background lays the site’s rules over what a page sends, and keeps the reader’s own result', async () => {
  await addRule(db, {
    id: 'r',
    site: 'jobs.lever.co',
    board: 'acme',
    at: '2026-03-02T09:00:00.000Z',
    from: null,
    kind: 'company-suffix',
    suffix: 'Talent Team',
  });
  const { job } = (await send('page/save', { posting: own }, URL1)) as { job: SavedJob };
  expect(job.posting.company).toBe('Acme');
  expect(job.read?.company).toBe('Acme Talent Team');
  // Another company's board on the same system: its rules are not this page's.
  const other = { ...own, url: 'https://jobs.lever.co/globex/1', company: 'Globex Talent Team' };
  const saved = (await send('page/save', { posting: other }, other.url)) as { job: SavedJob };
  expect(saved.job.posting.company).toBe('Globex Talent Team');
  expect(saved.job.read).toBeUndefined();
  expect(await send('page/rules', {}, other.url)).toEqual({ rules: [] });
});

test('a page with no sign of a posting learns only whether the person said its own address is one', async () => {
  const url = 'https://www.remotewlb.com/about/open-application';
  expect(await send('page/said-posting', {}, url)).toEqual({ posting: false });
  await send('rules/posting', { url }, '', 'extension');
  expect(await send('page/said-posting', {}, url)).toEqual({ posting: true });
  expect(await send('page/said-posting', {}, 'https://www.remotewlb.com/about/team')).toEqual({ posting: false });
  expect(
    await send('page/said-posting', { url: 'https://www.remotewlb.com/about/open-application' }, 'https://x.example/'),
  ).toEqual({
    error: 'page/said-posting refused: malformed request',
  });
});
