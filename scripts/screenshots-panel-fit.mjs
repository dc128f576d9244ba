#!/usr/bin/env node
// How a posting fits the person, item by item, in the page panel (issue 18): a
// posting on Greenhouse with a profile kept, the panel's "How each item fits you"
// opened and scrolled to, at 1280 and 800 px wide, light and dark, as docs/panel-fit-WIDTH-SCHEME.png.
// Chromium (puppeteer-core, Debian's /usr/bin/chromium or CHROME_PATH) with the built
// extension (dist/, or DIST=path). OUT=dir writes elsewhere than docs/.
// The panel's shadow root is closed: the script finds its controls as a screen
// reader does, by role and name (puppeteer's ARIA queries read the accessibility tree).
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { extensionLaunchOptions } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.DIST ?? join(root, 'dist'));
const out = resolve(process.env.OUT ?? join(root, 'docs'));
mkdirSync(out, { recursive: true });
const userData = mkdtempSync(join(tmpdir(), 'jobmark-screenshots-'));
const url = 'https://boards.greenhouse.io/harborpayments/jobs/4012345';
const html = readFileSync(join(root, 'test', 'e2e', 'pages', 'fit-greenhouse.html'), 'utf8');

/** The person's profile, as the Profile view saves it. */
const PROFILE = {
  skills: [
    { name: 'Go', level: 'expert', years: 6 },
    { name: 'Postgres', level: 'advanced', years: 5 },
    { name: 'K8s', level: 'beginner', years: 1 },
    { name: 'Kafka', level: null, years: null },
  ],
  years: 8,
  degrees: ['master'],
  languages: ['English', 'German'],
  places: ['Berlin', 'Germany'],
  workplaces: ['remote', 'hybrid', 'onsite'],
  payFloor: { amount: 80000, currency: 'EUR', period: 'year' },
  needsSponsorship: false,
  employmentTypes: [],
  updatedAt: new Date().toISOString(),
};

/** The panel's control of this role and name, found through the accessibility tree. */
const control = (page, role, name) => page.waitForSelector(`::-p-aria([name="${name}"][role="${role}"])`);

const browser = await puppeteer.launch({ ...extensionLaunchOptions(dist), pipe: true, userDataDir: userData });
try {
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  // The profile, straight into the store the dashboard opens (and so makes).
  const dashboard = await browser.newPage();
  await dashboard.goto(`chrome-extension://${new URL(worker.url()).host}/src/dashboard/index.html`);
  await dashboard.waitForSelector('main');
  await dashboard.evaluate(async (profile) => {
    const db = await new Promise((ok, fail) => {
      const open = indexedDB.open('jobmark');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    await new Promise((ok, fail) => {
      const tx = db.transaction('profile', 'readwrite');
      tx.objectStore('profile').put(profile, 'me');
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, PROFILE);
  await dashboard.close();

  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const at = new URL(request.url());
    if (`${at.origin}${at.pathname}` === url) {
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    return request.abort('internetdisconnected');
  });
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(url);
  await (await control(page, 'button', 'How each item fits you')).click();
  await control(page, 'list', 'Nice to have');
  for (const scheme of ['light', 'dark']) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    for (const width of [1280, 800]) {
      await page.setViewport({ width, height: 800 });
      // The panel scrolls within itself: the items' end in view, as a person scrolls to read them.
      await (await control(page, 'list', 'Nice to have')).evaluate((list) => list.scrollIntoView({ block: 'end' }));
      const path = join(out, `panel-fit-${width}-${scheme}.png`);
      await page.screenshot({ path });
      console.log(path);
    }
  }
} finally {
  await browser.close();
  rmSync(userData, { recursive: true, force: true });
}
