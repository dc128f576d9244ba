#!/usr/bin/env node
// The README's pictures of the dashboard, kept current: the table, the board and
// the Insights view at 1280 and 800 px wide, in light and dark, written to docs/
// as VIEW-WIDTH-SCHEME.png. Chromium (puppeteer-core, Debian's /usr/bin/chromium
// or CHROME_PATH) with the built extension (dist/, or DIST=path; run `npm run
// build:chrome` first) and a few dozen made-up jobs whose histories end today,
// so the charts look as they do in use. `node scripts/screenshots.mjs`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { extensionLaunchOptions } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.DIST ?? join(root, 'dist'));
const out = join(root, 'docs');
const profile = mkdtempSync(join(tmpdir(), 'jobmark-screenshots-'));
const DAY = 86_400_000;

/** Made-up jobs: the same every run, their dates counted back from now. */
function sampleJobs(now) {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const titles = [
    'Senior Backend Engineer',
    'Frontend Developer',
    'Data Engineer',
    'Site Reliability Engineer',
    'Product Designer',
    'Engineering Manager',
    'Staff Software Engineer, Payments',
    'Full-stack Developer (TypeScript)',
  ];
  const companies = ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Adatum', 'Litware', 'Proseware', 'Wingtip'];
  const places = [
    ['Lisbon, Portugal'],
    ['Berlin, Germany'],
    ['London, UK'],
    ['Remote (Europe)'],
    ['Amsterdam, Netherlands'],
    ['Berlin, Germany', 'Munich, Germany'],
    ['New York, NY'],
    [],
  ];
  const salaries = [
    { min: 65000, max: 85000, currency: 'EUR', period: 'year' },
    { min: 70000, max: 95000, currency: 'EUR', period: 'year' },
    { min: 55000, max: null, currency: 'GBP', period: 'year' },
    { min: 60000, max: 75000, currency: 'GBP', period: 'year' },
    { min: 140000, max: 180000, currency: 'USD', period: 'year' },
    { min: 60, max: 80, currency: 'EUR', period: 'hour' },
    null,
  ];
  // Where each job's story ends: most only saved or waiting, some further.
  const paths = [
    ['saved'],
    ['saved'],
    ['saved', 'applied'],
    ['saved', 'applied'],
    ['saved', 'applied', 'interviewing'],
    ['saved', 'applied', 'rejected'],
    ['saved', 'applied', 'ghosted'],
    ['saved', 'applied', 'interviewing', 'offer'],
    ['saved', 'applied', 'interviewing', 'rejected'],
    ['saved', 'withdrawn'],
  ];
  const tags = [['shortlist'], ['referral'], [], [], ['dream']];
  return Array.from({ length: 36 }, (_, i) => {
    const path = pick(paths);
    let t = now - Math.floor(random() * 70 + 4) * DAY - Math.floor(random() * 8) * 3_600_000;
    const history = path.map((status, step) => {
      if (step) t = Math.min(now - 3_600_000, t + Math.floor(random() * 12 + 1) * DAY);
      return { status, at: new Date(t).toISOString() };
    });
    const title = pick(titles);
    const company = pick(companies);
    const url = `https://jobs.example.com/${company.toLowerCase()}/${i}`;
    const salary = pick(salaries);
    const followUp =
      random() < 0.25 ? new Date(now + Math.floor(random() * 10 - 3) * DAY).toISOString().slice(0, 10) : null;
    return {
      id: `sample-${i}`,
      url,
      canonicalUrl: url,
      fingerprint: `sample-${i}`,
      posting: {
        isJobPosting: true,
        url,
        title,
        company,
        locations: pick(places),
        workplace: pick(['remote', 'hybrid', 'hybrid', 'onsite', null]),
        employmentType: 'full-time',
        seniority: null,
        salary,
        salaryText: null,
        applyUrl: null,
        datePosted: null,
        skills: ['TypeScript', 'Go', 'PostgreSQL'].slice(0, 1 + (i % 3)),
        education: [],
        experienceYears: null,
        responsibilities: ['Build and run the services behind our product'],
        requirements: ['Experience with distributed systems'],
        niceToHave: [],
        benefits: [],
        visaSponsorship: null,
        languages: [],
        description: `${title} at ${company}.`,
        provenance: {},
      },
      status: path.at(-1),
      history,
      tags: pick(tags),
      notes: random() < 0.3 ? 'Asked Ana for a referral; call back after the holidays.' : '',
      rating: Math.floor(random() * 6),
      followUp,
      savedAt: history[0].at,
      updatedAt: history.at(-1).at,
    };
  });
}

const browser = await puppeteer.launch({ ...extensionLaunchOptions(dist), pipe: true, userDataDir: profile });
try {
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const dashboard = `chrome-extension://${new URL(worker.url()).host}/src/dashboard/index.html`;
  const page = await browser.newPage();
  await page.goto(dashboard);
  await page.waitForSelector('h1');
  // Straight into the store the dashboard just opened: what a person's own saves would have written.
  await page.evaluate(async (jobs) => {
    const db = await new Promise((ok, fail) => {
      const open = indexedDB.open('jobmark');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    await new Promise((ok, fail) => {
      const tx = db.transaction('jobs', 'readwrite');
      for (const job of jobs) tx.objectStore('jobs').put(job);
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, sampleJobs(Date.now()));

  const views = [
    { name: 'dashboard', hash: '', ready: 'table tbody tr' },
    { name: 'board', hash: '#board', ready: '.board .card' },
    { name: 'insights', hash: '#insights', ready: 'figure svg[role="img"]' },
  ];
  for (const scheme of ['light', 'dark']) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    for (const width of [1280, 800]) {
      await page.setViewport({ width, height: 900 });
      for (const view of views) {
        // A new document each time: a change of the hash alone opens no other view.
        await page.goto('about:blank');
        await page.goto(`${dashboard}${view.hash}`);
        await page.waitForSelector(view.ready);
        const path = join(out, `${view.name}-${width}-${scheme}.png`);
        // The Insights view is shown whole; the table and the board as a screenful.
        await page.screenshot({ path, fullPage: view.name === 'insights' });
        console.log(path);
      }
    }
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
