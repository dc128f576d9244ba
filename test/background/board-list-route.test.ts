// A posting closed, seen from its board's whole list (issue 18 §3): a saved job a list showed
// and shows no more is closed; a filtered list, an empty one, or a job never listed closes nothing.
import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { dispatch, makeRoutes, type Routes } from '../../src/background/routes';
import { jobsToJson, parseBackup } from '../../src/export/json';
import { type JobPosting, notAPosting } from '../../src/model/posting';
import type { SavedJob } from '../../src/model/saved-job';
import { type JobmarkDatabase, openStore } from '../../src/store/db';
import { saveJob } from '../../src/store/jobs';

const LIST = 'https://jobs.lever.co/acme';
const A = 'https://jobs.lever.co/acme/aaaa-1111';
const B = 'https://jobs.lever.co/acme/bbbb-2222';
const OTHER = 'https://jobs.lever.co/other/cccc-3333';
const posting = (url: string, title: string): JobPosting => ({
  ...notAPosting(url),
  isJobPosting: true,
  title,
  company: 'Acme',
  requirements: ['Experience with Go'],
  description: `${title} at Acme.`,
});

let db: JobmarkDatabase;
let routes: Routes;
/** What the page in the tab links to, as the tab gives it. */
let links: unknown = [];
const jobs: Record<string, SavedJob> = {};
beforeEach(async () => {
  db = await openStore(`board-list-${Math.random()}`);
  links = [];
  routes = makeRoutes({
    db: async () => db,
    readTab: async () => null,
    showSaved: () => {},
    siteIsAutomatic: async () => false,
    enableSite: async () => {},
    dueChanged: async () => 0,
    setReminders: async () => {},
    pageLinks: async () => links,
    injectWords: async () => {},
  });
  for (const [url, title] of [
    [A, 'Backend Engineer'],
    [B, 'Data Engineer'],
    [OTHER, 'Designer'],
  ] as const) {
    jobs[url] = (await saveJob(db, posting(url, title), new Date('2026-11-01T00:00:00Z'))).job;
  }
});

/** The list page at `from` read by the reader (no posting there), linking to `shows`; the tab is at `at` by then. */
async function visitList(shows: unknown, from = LIST, at = from): Promise<void> {
  links = Array.isArray(shows) ? { at, links: shows } : shows;
  await dispatch(routes, { jobmark: 'page/read', req: { posting: notAPosting(from) } }, 'page', 3, from);
}
const stored = async (url: string) => (await db.get('jobs', jobs[url]!.id))!;

test('a job the list showed and shows no more is closed from the list; shown again, it opens', async () => {
  await visitList([A, B, `${LIST}?team=Sales`, 'https://www.lever.co/']);
  expect((await stored(A)).listedAt).toEqual(expect.any(String));
  expect((await stored(A)).closedAt).toBeUndefined();
  await visitList([B]);
  expect(await stored(A)).toMatchObject({ closedAt: expect.any(String), closedBy: 'list' });
  expect((await stored(B)).closedAt).toBeUndefined();
  // Another company's job on the same system is no concern of this list.
  expect(await stored(OTHER)).toEqual(jobs[OTHER]);
  await visitList([`${A}/apply`, B]);
  const reopened = await stored(A);
  expect(reopened.closedAt).toBeUndefined();
  expect(reopened.closedBy).toBeUndefined();
});

test('a job no list ever showed (a posting published unlisted) is never closed by a list', async () => {
  await visitList([B]);
  expect(await stored(A)).toMatchObject({ posting: jobs[A]!.posting });
  expect((await stored(A)).closedAt).toBeUndefined();
});

test('a filtered list, an empty or broken page, or links that are no list close nothing', async () => {
  await visitList([A, B]);
  const listed = await stored(A);
  await visitList([B], `${LIST}?team=Engineering`);
  await visitList([], LIST);
  await visitList(['https://www.lever.co/'], LIST);
  await visitList('not a list', LIST);
  await visitList([B, 42], LIST);
  await visitList(null, LIST);
  await visitList({ links: [B] }, LIST);
  // The tab moved on to another page before its links were read: they are not this list's.
  await visitList([B], LIST, `${LIST}?team=Sales`);
  await visitList([B], LIST, 'https://www.lever.co/');
  expect(await stored(A)).toEqual(listed);
});

test('a job its own page closed stays closed when a list shows it, and a list never undoes that', async () => {
  await visitList([A, B]);
  // Its own page holds no posting any more.
  await dispatch(routes, { jobmark: 'page/read', req: { posting: notAPosting(A) } }, 'page', 3, A);
  const closed = await stored(A);
  expect(closed.closedAt).toEqual(expect.any(String));
  expect(closed.closedBy).toBeUndefined();
  await visitList([A, B]);
  expect(await stored(A)).toEqual(closed);
});

test('a job a list closed, then its own page found closed too: closed by its page, from the list’s day', async () => {
  await visitList([A, B]);
  await visitList([B]);
  const byList = await stored(A);
  await dispatch(routes, { jobmark: 'page/read', req: { posting: notAPosting(A) } }, 'page', 3, A);
  const byPage = await stored(A);
  expect(byPage.closedAt).toBe(byList.closedAt);
  expect(byPage.closedBy).toBeUndefined();
});

test('a backup says a job was closed from its list; when a list showed a job stays on this computer', async () => {
  await visitList([A, B]);
  await visitList([B]);
  const file = jobsToJson([await stored(A), await stored(B)]);
  const [a, b] = parseBackup(file).jobs;
  expect(a).toMatchObject({ closedAt: expect.any(String), closedBy: 'list' });
  expect(a!.listedAt).toBeUndefined();
  expect(b!.closedBy).toBeUndefined();
  expect(() => parseBackup(file.replace('"closedBy": "list"', '"closedBy": "page"'))).toThrow(/closedBy/);
});
