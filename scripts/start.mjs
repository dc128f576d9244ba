#!/usr/bin/env node
// `npm start`: opens Chromium with the freshly built extension (dist/) on the
// bundled sample posting, so a newcomer sees Jobmark at work with one command.
// With a display it opens a real window and waits until you close it; without
// one it runs headless and writes screenshots of the page and the popup.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}. Install it (apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}
// The sample is the posting Jobmark started from, served under its real address.
const SAMPLE_URL = 'https://www.remotewlb.com/apply/senior-software-engineer-distributed-systems-lisbon';
const sample = readFileSync(join(root, 'public/sample-posting.html'), 'utf8');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'jobmark-start-')), {
  executablePath,
  headless,
  viewport: { width: 1280, height: 900 },
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ],
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
