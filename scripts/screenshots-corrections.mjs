#!/usr/bin/env node
// Correcting what Jobmark read, in the page panel, as a person sees it (issue 16):
// a posting on a company's Greenhouse board with the panel's form open, a heading's
// part moved, the company corrected and a sentence Jobmark missed added as a
// requirement, at 1280 and 800 px wide, light and dark, as
// docs/panel-correct-WIDTH-SCHEME.png; and the dashboard's Site rules view that
// lists what it learnt, as docs/rules-correct-WIDTH-SCHEME.png. Chromium
// (puppeteer-core, Debian's /usr/bin/chromium or CHROME_PATH) with the built
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
const profile = mkdtempSync(join(tmpdir(), 'jobmark-screenshots-'));
const url = 'https://boards.greenhouse.io/northwind/jobs/4001';
const html = readFileSync(join(root, 'test', 'e2e', 'pages', 'northwind-1.html'), 'utf8');
const MISSED = 'lead our motion planning team';

/** The panel's control of this role and name, found through the accessibility tree. */
const control = (page, role, name) => page.waitForSelector(`::-p-aria([name="${name}"][role="${role}"])`);
/** Wait until the page paints `count` ranges of one kind of highlight (the panel has had its answer). */
const painted = (page, name, count, timeout = 30_000) =>
  page.waitForFunction((n, c) => CSS.highlights.get(n)?.size === c, { timeout }, name, count);

const browser = await puppeteer.launch({ ...extensionLaunchOptions(dist), pipe: true, userDataDir: profile });
try {
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const at = new URL(request.url());
    if (`${at.origin}${at.pathname}` === url) {
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    return request.abort('internetdisconnected');
  });
  await page.goto(url);
  await (await control(page, 'button', 'Correct what Jobmark read')).click();
  // The company, without the words the board adds to it.
  const company = await control(page, 'textbox', 'Company');
  await company.click({ count: 3 });
  await page.keyboard.type('Northwind Robotics');
  await page.keyboard.press('Tab');
  await control(page, 'button', 'Back to the value read for Company');
  // "Sparkles on top" holds nice-to-haves.
  await (await control(page, 'combobox', 'Part for everything under “Sparkles on top”')).focus();
  await page.keyboard.press('ArrowDown');
  await painted(page, 'jobmark-nice-to-have', 2);
  // A sentence Jobmark missed, selected on the page and added as a requirement.
  await page.evaluate((words) => {
    const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes(words));
    const text = p.firstChild;
    const at = text.data.indexOf(words);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + words.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }, MISSED);
  // The panel takes the selection once it rests: until then Add says to select text first.
  const add = await control(page, 'button', 'Add selected text');
  for (let tries = 0; ; tries++) {
    await add.click();
    const added = await painted(page, 'jobmark-requirements', 4, 500).then(
      () => true,
      () => false,
    );
    if (added) break;
    if (tries === 20) throw new Error('The selected text was not added');
  }
  await page.evaluate(() => getSelection().removeAllRanges());

  const shoot = async (name) => {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      for (const width of [1280, 800]) {
        await page.setViewport({ width, height: 800 });
        await page.screenshot({ path: join(out, `${name}-${width}-${scheme}.png`) });
        console.log(`${name}-${width}-${scheme}.png`);
      }
    }
  };
  await shoot('panel-correct');
  // The parts of the posting, further down the form: the panel scrolls to the control in focus.
  await (await control(page, 'combobox', 'Part for “Mentor engineers on the planning team”')).focus();
  await shoot('panel-parts');

  const rules = await browser.newPage();
  await rules.goto(`chrome-extension://${new URL(worker.url()).host}/src/dashboard/index.html#rules`);
  await rules.waitForSelector('.rules table');
  for (const scheme of ['light', 'dark']) {
    await rules.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    for (const width of [1280, 800]) {
      await rules.setViewport({ width, height: 600 });
      await rules.screenshot({ path: join(out, `rules-correct-${width}-${scheme}.png`) });
      console.log(`rules-correct-${width}-${scheme}.png`);
    }
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
