#!/usr/bin/env node
// `npm start`: opens Chromium with the freshly built extension (dist/) on the
// bundled sample posting, so a newcomer sees Jobmark at work with one command.
// With a display it opens a real window and waits until you close it; without
// one it runs headless and writes screenshots of the page and the popup.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { extensionLaunchOptions } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
// The sample is the posting Jobmark started from, served under its real address.
const SAMPLE_URL = 'https://www.remotewlb.com/apply/senior-software-engineer-distributed-systems-lisbon';
const sample = readFileSync(join(root, 'public/sample-posting.html'), 'utf8');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

let options;
try {
  options = extensionLaunchOptions(dist, { headless });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'jobmark-start-')), {
  ...options,
  viewport: { width: 1280, height: 900 },
});
await context.route(SAMPLE_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: sample }));
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(SAMPLE_URL);
await page.waitForTimeout(1500);

if (!headless) {
  console.log(`Jobmark is loaded (extension id ${extensionId}) on the sample posting. Close the browser to stop.`);
  await new Promise((done) => context.on('close', done));
  process.exit(0);
}

const tabId = await worker.evaluate(async () => {
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
});
const out = join(root, '.jobmark-start');
mkdirSync(out, { recursive: true });
await page.screenshot({ path: join(out, 'page.png') });
const popup = await context.newPage();
await popup.setViewportSize({ width: 400, height: 600 });
await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
await popup.waitForTimeout(800);
await popup.screenshot({ path: join(out, 'popup.png') });
console.log(
  `No display, so Chromium ran headless. Screenshots written to:\n  ${join(out, 'page.png')}\n  ${join(out, 'popup.png')}`,
);
await context.close();
