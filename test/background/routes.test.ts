// The background's message routes, run with fake-indexeddb and fake tabs: who
// may send what, what a malformed request gets, and what a save leaves behind.
import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { dispatch, makeRoutes, type Origin, type Routes, type Services } from '../../src/background/routes';
import { type JobPosting, notAPosting } from '../../src/model/posting';
import type { SavedJob } from '../../src/model/saved-job';
import { type JobmarkDatabase, openStore } from '../../src/store/db';
import { listJobs } from '../../src/store/jobs';

const posting = (url: string, title = 'Backend Engineer'): JobPosting => ({
  ...notAPosting(url),
  isJobPosting: true,
  title,
  company: 'Acme',
  description: `${title} at Acme. Build the order service.`,
});

let db: JobmarkDatabase;
let routes: Routes;
let badges: Map<number, SavedJob | null>;
let tabPostings: Map<number, JobPosting>;
let enabled: string[];
let readsAsked: number[];
let dueCounts: number;
let reminders: boolean[];
let wordsInjected: [number, readonly string[]][];
let wordsWithReader: (readonly string[])[];

beforeEach(async () => {
  db = await openStore(`routes-test-${Math.random()}`);
  badges = new Map();
  tabPostings = new Map();
  enabled = [];
  readsAsked = [];
  dueCounts = 0;
  reminders = [];
  wordsInjected = [];
  wordsWithReader = [];
  const services: Services = {
    db: async () => db,
    readTab: async (tabId, words = []) => {
      readsAsked.push(tabId);
      wordsWithReader.push(words);
      return tabPostings.get(tabId) ?? null;
    },
    showSaved: (tabId, job) => badges.set(tabId, job),
    siteIsAutomatic: async (origin) => enabled.includes(origin),
    enableSite: async (origin) => void enabled.push(origin),
    dueChanged: async () => ++dueCounts,
    setReminders: async (on) => void reminders.push(on),
    pageLinks: async () => null,
    injectWords: async (tabId, languages) => void wordsInjected.push([tabId, languages]),
  };
  routes = makeRoutes(services);
});

const call = (message: unknown, origin: Origin | null = 'extension', tabId?: number) =>
  dispatch(routes, message, origin, tabId) as Promise<Record<string, unknown>>;

test('a page reads, saves from its panel, and the badge follows', async () => {
  const p = posting('https://jobs.lever.co/acme/1');
  expect(await call({ jobmark: 'page/read', req: { posting: p } }, 'page', 7)).toEqual({ job: null });
  expect(badges.get(7)).toBeNull();
  const saved = await call({ jobmark: 'page/save', req: { posting: p } }, 'page', 7);
  expect((saved.job as SavedJob).posting.title).toBe('Backend Engineer');
  expect(badges.get(7)?.id).toBe((saved.job as SavedJob).id);
  // The page reloads: it is recognised as saved.
  const again = await call({ jobmark: 'page/read', req: { posting: p } }, 'page', 7);
  expect((again.job as SavedJob).id).toBe((saved.job as SavedJob).id);
});

test("a page's quick check gets its own tab read, and only its own", async () => {
  expect(await call({ jobmark: 'page/maybe-posting', req: {} }, 'page', 5)).toEqual({ ok: true });
  expect(readsAsked).toEqual([5]);
  // Not from an extension page (it names no tab of its own), and not with a tab id in the request.
  expect(await call({ jobmark: 'page/maybe-posting', req: {} }, 'extension')).toEqual({
    error: 'page/maybe-posting refused from this sender',
  });
  expect(await call({ jobmark: 'page/maybe-posting', req: 'read tab 9' }, 'page', 5)).toEqual({
    error: 'page/maybe-posting refused: malformed request',
  });
  expect(readsAsked).toEqual([5]);
  // The language the page declares brings its word packs with the reader; English and unknown ones none.
  for (const lang of ['cs-CZ', 'en', 'tlh', ''])
    expect(await call({ jobmark: 'page/maybe-posting', req: { lang } }, 'page', 5)).toEqual({ ok: true });
  expect(wordsWithReader).toEqual([[], ['cs', 'pl'], [], [], []]);
  for (const req of [{ lang: 7 }, { lang: 'x'.repeat(101) }, { lang: 'de', files: ['x.js'] }])
    expect(await call({ jobmark: 'page/maybe-posting', req }, 'page', 5)).toEqual({
      error: 'page/maybe-posting refused: malformed request',
    });
});

test("a page's reader gets the word packs of the languages Jobmark reads into its own tab, and nothing else", async () => {
  expect(await call({ jobmark: 'page/words', req: { languages: ['cs', 'pl'] } }, 'page', 5)).toEqual({ ok: true });
  expect(wordsInjected).toEqual([[5, ['cs', 'pl']]]);
  for (const languages of [[], ['en'], ['xx'], ['cs', '../../background'], 'cs', [1], Array(21).fill('de')])
    expect(await call({ jobmark: 'page/words', req: { languages } }, 'page', 5)).toEqual({
      error: 'page/words refused: malformed request',
    });
  expect(await call({ jobmark: 'page/words', req: { languages: ['de'], tabId: 9 } }, 'page', 5)).toEqual({
    error: 'page/words refused: malformed request',
  });
  expect(await call({ jobmark: 'page/words', req: { languages: ['de'] } }, 'extension')).toEqual({
    error: 'page/words refused from this sender',
  });
  expect(wordsInjected).toEqual([[5, ['cs', 'pl']]]);
});

test('saving twice, and from two tabs at once, leaves one record', async () => {
  const a = posting('https://jobs.lever.co/acme/2');
  const b = posting('https://jobs.lever.co/acme/2?lever-source=linkedin');
  tabPostings.set(1, a);
  tabPostings.set(2, b);
  await call({ jobmark: 'page/read', req: { posting: a } }, 'page', 1);
  await call({ jobmark: 'page/read', req: { posting: b } }, 'page', 2);
  const [x, y, z] = await Promise.all([
    call({ jobmark: 'tab/save', req: { tabId: 1 } }),
    call({ jobmark: 'tab/save', req: { tabId: 2 } }),
    call({ jobmark: 'page/save', req: { posting: a } }, 'page', 1),
  ]);
  const ids = new Set([x, y, z].map((r) => (r.job as SavedJob).id));
  expect(ids.size).toBe(1);
  expect(await listJobs(db)).toHaveLength(1);
});

test('the popup shows and saves what the tab shows now, not what it reported before', async () => {
  const first = posting('https://jobs.lever.co/acme/1');
  const second = { ...posting('https://jobs.lever.co/acme/1'), title: 'Data Engineer' };
  await call({ jobmark: 'page/read', req: { posting: first } }, 'page', 4);
  tabPostings.set(4, second); // the page swapped its job in; its reader has not reported it yet
  expect(((await call({ jobmark: 'tab/posting', req: { tabId: 4 } })).posting as JobPosting).title).toBe(
    'Data Engineer',
  );
  expect(((await call({ jobmark: 'tab/save', req: { tabId: 4 } })).job as SavedJob).posting.title).toBe(
    'Data Engineer',
  );
});

test('the popup asks a tab for its posting when the worker has forgotten it', async () => {
  tabPostings.set(3, posting('https://boards.greenhouse.io/acme/jobs/3'));
  const state = await call({ jobmark: 'tab/posting', req: { tabId: 3 } });
  expect((state.posting as JobPosting).title).toBe('Backend Engineer');
  expect(state.job).toBeNull();
  expect(await call({ jobmark: 'tab/posting', req: { tabId: 99 } })).toEqual({ posting: null, job: null });
  expect(await call({ jobmark: 'tab/save', req: { tabId: 99 } })).toEqual({
    error: 'This page is not a job posting.',
  });
});

test('edits are validated, kept, and every status change is dated', async () => {
  const { job } = (await call(
    { jobmark: 'page/save', req: { posting: posting('https://x.org/jobs/1') } },
    'page',
    1,
  )) as {
    job: SavedJob;
  };
  const edit = (e: unknown) => call({ jobmark: 'job/update', req: { id: job.id, edit: e } });
  await Promise.all([
    edit({ status: 'applied' }),
    edit({ notes: 'Call Ana' }),
    edit({ tags: ['remote'] }),
    edit({ rating: 4 }),
    edit({ followUp: '2025-01-31' }),
  ]);
  const [saved] = await listJobs(db);
  expect(saved).toMatchObject({
    status: 'applied',
    notes: 'Call Ana',
    tags: ['remote'],
    rating: 4,
    followUp: '2025-01-31',
  });
  expect(saved?.history.map((h) => h.status)).toEqual(['saved', 'applied']);
  for (const bad of [
    { status: 'hired' },
    { rating: 6 },
    { rating: 2.5 },
    { followUp: 'tomorrow' },
    { tags: 'x' },
    { id: 'y' },
  ]) {
    expect(await edit(bad)).toEqual({ error: 'job/update refused: malformed request' });
  }
  expect(await call({ jobmark: 'job/update', req: { id: 'gone', edit: { notes: 'x' } } })).toEqual({
    error: 'This job is no longer saved.',
  });
});

test('a page may not send the popup messages, and unknown names are refused', async () => {
  for (const message of [
    { jobmark: 'tab/save', req: { tabId: 1 } },
    { jobmark: 'tab/posting', req: { tabId: 1 } },
    { jobmark: 'job/update', req: { id: 'a', edit: { notes: '' } } },
    { jobmark: 'site/enable', req: { origin: 'https://evil.example' } },
  ]) {
    expect(await call(message, 'page', 1)).toEqual({ error: `${message.jobmark} refused from this sender` });
  }
  expect(await call({ jobmark: 'page/save', req: { posting: posting('https://x.org/jobs/2') } }, null)).toEqual({
    error: 'page/save refused from this sender',
  });
  expect(await call({ jobmark: 'page/save', req: { posting: posting('https://x.org/jobs/2') } }, 'extension')).toEqual({
    error: 'page/save refused from this sender',
  });
  expect(await call({ jobmark: 'db/drop', req: {} })).toEqual({ error: 'Unknown message: db/drop' });
  expect(await call({ jobmark: 'toString', req: {} })).toEqual({ error: 'Unknown message: toString' });
  expect(await call('hello')).toBeUndefined();
  expect(await listJobs(db)).toHaveLength(0);
});

test('malformed requests are refused before anything is written', async () => {
  const bad = [
    { jobmark: 'page/save', req: { posting: { title: 'x' } } },
    { jobmark: 'page/save', req: { posting: notAPosting('https://x.org/') } },
    { jobmark: 'page/save', req: { posting: { ...posting('https://x.org/j'), skills: 'Go' } } },
    { jobmark: 'page/read', req: null },
    { jobmark: 'panel/set', req: { panel: { collapsed: 'yes', corner: 'bottom-left' } } },
    { jobmark: 'panel/set', req: { panel: { collapsed: true, corner: 'middle' } } },
  ];
  for (const message of bad) {
    expect(await call(message, 'page', 1)).toEqual({ error: `${message.jobmark} refused: malformed request` });
  }
  for (const origin of ['javascript:alert(1)', 'https://x.org/path', 'file:///etc', 42]) {
    expect(await call({ jobmark: 'site/enable', req: { origin } })).toEqual({
      error: 'site/enable refused: malformed request',
    });
  }
  expect(enabled).toEqual([]);
  expect(await listJobs(db)).toHaveLength(0);
});

test('the panel remembers where it is, and keeps nothing else a page sends', async () => {
  expect(await call({ jobmark: 'panel/get', req: {} }, 'page', 1)).toEqual({
    panel: { collapsed: false, corner: 'bottom-right' },
  });
  await call(
    { jobmark: 'panel/set', req: { panel: { collapsed: true, corner: 'top-left', extra: 'x'.repeat(10) } } },
    'page',
    1,
  );
  expect(await call({ jobmark: 'panel/get', req: {} }, 'page', 1)).toEqual({
    panel: { collapsed: true, corner: 'top-left' },
  });
});

test('sites: status and enabling, for an origin only', async () => {
  expect(await call({ jobmark: 'site/status', req: { origin: 'https://careers.acme.com' } })).toEqual({
    automatic: false,
  });
  expect(await call({ jobmark: 'site/enable', req: { origin: 'https://careers.acme.com' } })).toEqual({ ok: true });
  expect(await call({ jobmark: 'site/status', req: { origin: 'https://careers.acme.com' } })).toEqual({
    automatic: true,
  });
});

test('a storage error reaches the sender as a message, and nothing half-written is left', async () => {
  const failing = makeRoutes({
    db: async () => {
      throw new DOMException('quota', 'QuotaExceededError');
    },
    readTab: async () => null,
    showSaved: () => {},
    siteIsAutomatic: async () => false,
    enableSite: async () => {},
    dueChanged: async () => 0,
    setReminders: async () => {},
    pageLinks: async () => null,
    injectWords: async () => {},
  });
  const answer = (await dispatch(
    failing,
    { jobmark: 'page/save', req: { posting: posting('https://x.org/j/9') } },
    'page',
    1,
  )) as {
    error: string;
  };
  expect(answer.error).toMatch(/storage is full/);
});

test('a posting whose address is not a web address is refused; a non-web apply link is dropped, the rest kept', async () => {
  for (const url of ['javascript:alert(1)', 'data:text/html,<script>x</script>', ' javascript:alert(1)']) {
    for (const name of ['page/read', 'page/save']) {
      expect(await call({ jobmark: name, req: { posting: posting(url) } }, 'page', 1)).toEqual({
        error: `${name} refused: malformed request`,
      });
    }
  }
  // What a tab's reader answers is checked the same way before it is kept or saved.
  tabPostings.set(4, posting('javascript:alert(1)'));
  expect(await call({ jobmark: 'tab/posting', req: { tabId: 4 } })).toEqual({ posting: null, job: null });
  expect(await call({ jobmark: 'tab/save', req: { tabId: 4 } })).toEqual({ error: 'This page is not a job posting.' });
  expect(await listJobs(db)).toHaveLength(0);

  const evil = (url: string, title = 'Backend Engineer'): JobPosting => ({
    ...posting(url, title),
    applyUrl: 'javascript:alert(1)',
    provenance: { title: { source: 'json-ld', at: [] }, applyUrl: { source: 'json-ld', at: [] } },
  });
  const saved = (await call({ jobmark: 'page/save', req: { posting: evil('https://x.org/jobs/5') } }, 'page', 1))
    .job as SavedJob;
  expect(saved.posting.applyUrl).toBeNull();
  expect(saved.posting.provenance).toEqual({ title: { source: 'json-ld', at: [] } });
  expect(saved.posting.title).toBe('Backend Engineer');
  tabPostings.set(6, evil('https://x.org/jobs/6', 'Data Engineer'));
  const fromTab = (await call({ jobmark: 'tab/save', req: { tabId: 6 } })).job as SavedJob;
  expect(fromTab.posting.applyUrl).toBeNull();
  // An edit cannot carry an address at all.
  expect(await call({ jobmark: 'job/update', req: { id: saved.id, edit: { url: 'javascript:alert(1)' } } })).toEqual({
    error: 'job/update refused: malformed request',
  });
  const stored = await listJobs(db);
  expect(stored.map((j) => j.posting.applyUrl)).toEqual([null, null]);
  expect(stored.every((j) => j.url.startsWith('https://'))).toBe(true);
});

test('what is due: recounted when a page says it wrote jobs, and when an edit sets a follow-up; reminders on and off', async () => {
  expect(await call({ jobmark: 'due/changed', req: {} })).toEqual({ due: 1 });
  const saved = (await call({ jobmark: 'page/save', req: { posting: posting('https://x.org/jobs/7') } }, 'page', 1))
    .job as SavedJob;
  await call({ jobmark: 'job/update', req: { id: saved.id, edit: { notes: 'n' } } });
  expect(dueCounts).toBe(1);
  await call({ jobmark: 'job/update', req: { id: saved.id, edit: { followUp: '2026-12-06' } } });
  expect(dueCounts).toBe(2);
  expect(await call({ jobmark: 'reminders/set', req: { on: true } })).toEqual({ ok: true });
  expect(await call({ jobmark: 'reminders/set', req: { on: false } })).toEqual({ ok: true });
  expect(reminders).toEqual([true, false]);
  // Only Jobmark's own pages, and only the shapes in the message map.
  for (const [name, req] of [
    ['due/changed', { count: 3 }],
    ['reminders/set', { on: 'yes' }],
    ['reminders/set', { on: true, at: 9 }],
    ['reminders/set', null],
  ] as const) {
    expect(await call({ jobmark: name, req })).toEqual({ error: `${name} refused: malformed request` });
  }
  expect(await call({ jobmark: 'reminders/set', req: { on: true } }, 'page', 1)).toEqual({
    error: 'reminders/set refused from this sender',
  });
  expect(await call({ jobmark: 'due/changed', req: {} }, 'page', 1)).toEqual({
    error: 'due/changed refused from this sender',
  });
  expect(reminders).toEqual([true, false]);
  // An edit cannot correct the history over the wire: only the dashboard does, in the store.
  expect(
    await call({
      jobmark: 'job/update',
      req: { id: saved.id, edit: { event: { from: saved.history[0], to: null, reason: 'x' } } },
    }),
  ).toEqual({ error: 'job/update refused: malformed request' });
});
