#!/usr/bin/env node
// `node scripts/bench-long-tasks.mjs`: does Jobmark ever block the page? Every page of ../shared/fixtures
// that has an address is served under it in Chromium with the built extension (dist/, or JOBMARK_DIST), and
// read as a person meets it: by itself on the job sites the manifest lists, and on any other site when the
// person presses the toolbar button. Each load is traced (Chromium's own timeline), and the tasks of the
// page's main thread over 50 ms that ran Jobmark's code (a script of the extension's, or Jobmark's own
// performance marks inside the task) are counted: goal none (issue 20). Beside them, what a
// PerformanceObserver for 'longtask' in the page saw: it misses tasks that start from an extension message
// (the reading itself), so it cannot be the measure. Prints figures; never fails on a time.
// ONLY=lever,seed for the pages whose names hold one of those words.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const GOAL = 50;
const { module: driver } = await runnerImport(join(root, 'test/e2e/driver/index.ts'));
const { module: pages } = await runnerImport(join(root, 'test/e2e/pages.ts'));
const { module: paths } = await runnerImport(join(root, 'test/e2e/driver/paths.ts'));
const manifest = (await import(join(root, 'manifest.json'), { with: { type: 'json' } })).default;

/** A manifest match pattern as a test of a URL (scheme, host with a leading *., path with *). */
const matcher = (pattern) => {
  const [, scheme, host, path] = pattern.match(/^(https?|\*):\/\/([^/]+)(\/.*)$/);
  const glob = (s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  const hostRe = host.startsWith('*.') ? `([^/]+\\.)?${glob(host.slice(2))}` : glob(host);
  return new RegExp(`^${scheme === '*' ? 'https?' : scheme}://${hostRe}${glob(path)}$`);
};
const listed = manifest.content_scripts.flatMap((c) => c.matches).map(matcher);
const isListed = (url) => listed.some((re) => re.test(url.split('#')[0]));

/** Before the page's first script: what a PerformanceObserver for long tasks sees. */
function observeLongTasks() {
  window.__benchLong = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLong.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

const CATEGORIES = ['toplevel', 'disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing'];

/** The renderer processes that showed `url` (not the popup's, which is Jobmark's own page). */
function pagePids(events, url) {
  const { origin } = new URL(url);
  const pids = new Set();
  for (const e of events) {
    const data = e.args?.data;
    for (const frame of [...(data?.frames ?? []), data?.frame ? data : null].filter(Boolean)) {
      const at = frame.url ?? frame.frame?.url;
      if (typeof at === 'string' && at.startsWith(origin)) pids.add(frame.processId ?? e.pid);
    }
  }
  return pids;
}

/** The top-level tasks over GOAL ms on the page's main thread that ran Jobmark's code, from a trace. */
function jobmarkTasks(events, url) {
  const threads = new Map();
  for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  const pids = pagePids(events, url);
  if (!pids.size) throw new Error(`the trace shows no renderer for ${url}`);
  const onMain = (e) => pids.has(e.pid) && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';
  const tasks = events.filter((e) => e.ph === 'X' && /(^|::)RunTask$/.test(e.name) && e.dur > GOAL * 1000 && onMain(e));
  // The outermost of nested tasks (a scheduler's RunTask holds the thread controller's).
  const top = tasks.filter(
    (t) =>
      !tasks.some(
        (o) =>
          o !== t &&
          o.pid === t.pid &&
          o.tid === t.tid &&
          o.ts <= t.ts &&
          o.ts + o.dur >= t.ts + t.dur &&
          o.dur > t.dur,
      ),
  );
  const byThread = new Map();
  for (const e of events) {
    if (!onMain(e)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const ours = (e) =>
    (e.cat === 'blink.user_timing' && e.name.startsWith('jobmark:')) ||
    JSON.stringify(e.args ?? {}).includes('chrome-extension://');
  return top
    .filter((t) => byThread.get(`${t.pid}:${t.tid}`).some((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur && ours(e)))
    .map((t) => t.dur / 1000);
}

// ONLY=lever,seed: the pages whose names hold one of these words.
const only = process.env.ONLY?.split(',');
const names = readdirSync(join(paths.SHARED, 'fixtures/pages'))
  .filter((name) => !only || only.some((word) => name.includes(word)))
  .sort();
const browser = await driver.launchBrowser('chromium');
const rows = [];
try {
  for (const name of names) {
    let served;
    try {
      served = pages.fixturePage(name);
    } catch {
      continue;
    }
    if (!served.url) continue;
    browser.serve(served.url, served.html);
    const page = await browser.newPage();
    const how = isListed(served.url) ? 'by itself' : 'toolbar';
    try {
      await page.raw.evaluateOnNewDocument(observeLongTasks);
      await page.raw.tracing.start({ categories: CATEGORIES });
      await page.goto(served.url);
      if (how === 'toolbar') await browser.clickToolbarButton(page);
      // Jobmark's reading ends with the highlights; a page that is no posting gets none: watched for 1.5 s.
      const read = await page.raw
        .waitForFunction(() => performance.getEntriesByName('jobmark:highlights').length > 0, { timeout: 1500 })
        .then(() => true)
        .catch(() => false);
      // The panel is drawn after the highlights.
      await new Promise((done) => setTimeout(done, 300));
      const observed = await page.raw.evaluate(() => window.__benchLong);
      const trace = JSON.parse(Buffer.from(await page.raw.tracing.stop()).toString('utf8'));
      const ours = jobmarkTasks(trace.traceEvents, served.url);
      rows.push({ name, how, read, ours, observed });
    } catch (error) {
      await page.raw.tracing.stop().catch(() => {});
      rows.push({ name, how, read: false, ours: [], observed: [], error: String(error).slice(0, 80) });
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
}

const max = (xs) => (xs.length ? Math.max(...xs).toFixed(0) : '-');
console.log(`Chromium: Jobmark's tasks over ${GOAL} ms on each fixture page (goal: none)`);
console.log(
  'page'.padEnd(48),
  'read'.padEnd(10),
  'highlights'.padEnd(10),
  'tasks'.padStart(5),
  'longest'.padStart(8),
  ' observer saw',
);
for (const r of rows) {
  console.log(
    r.name.slice(0, 48).padEnd(48),
    r.how.padEnd(10),
    (r.read ? 'yes' : 'none').padEnd(10),
    String(r.ours.length).padStart(5),
    max(r.ours).padStart(8),
    ` ${r.observed?.length ?? 0}${r.error ? `  (${r.error})` : ''}`,
  );
}
const all = rows.flatMap((r) => r.ours);
const pagesOver = rows.filter((r) => r.ours.length).length;
console.log(
  `${rows.length} pages: ${all.length} tasks of Jobmark's over ${GOAL} ms on ${pagesOver} pages, the longest ${max(all)} ms (goal: none over ${GOAL} ms)`,
);
