#!/usr/bin/env node
// Every view of Jobmark as a person sees it, kept current in docs/ (issue 17):
// the dashboard's views (table, board, Insights, Due, a job and its history, the
// report and its print view, site rules, an import's preview and its progress, the bar for chosen
// rows, the Profile view after a PDF CV was read) at 1280 and 800 px wide as VIEW-WIDTH-SCHEME.png; the popup (with a
// posting, once saved, and with no posting open) as popup-STATE-SCHEME.png at its
// own width; and the page panel on a fixture page as panel-WIDTH-SCHEME.png;
// each in light and dark.
// Chromium (puppeteer-core, Debian's /usr/bin/chromium or CHROME_PATH) with the
// built extension (dist/, or DIST=path; run `npm run build:chrome` first) and a
// few dozen made-up jobs whose histories end today, so the charts look as they do
// in use. OUT=dir writes elsewhere than docs/. `node scripts/screenshots.mjs`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { extensionLaunchOptions } from './chromium.mjs';
import { cvPdf, SAMPLE_CVS } from './cv-pdf.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.DIST ?? join(root, 'dist'));
const out = resolve(process.env.OUT ?? join(root, 'docs'));
mkdirSync(out, { recursive: true });
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
  const jobs = Array.from({ length: 36 }, (_, i) => {
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
        requirements: [
          'Experience with distributed systems',
          `${3 + (i % 5)}+ years of experience building backend services`,
          'Strong PostgreSQL skills',
          'Experience with Rust and Kafka',
          'Fluent English',
        ],
        niceToHave: ['Experience running Kubernetes in production', 'Experience with Terraform'],
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
  // Issue 18: one posting read again with a raised pay and a requirement more (the job view shows it), one closed.
  const changed = jobs[7];
  const pay = changed.posting.salary ?? { min: 60, max: 80, currency: 'EUR', period: 'hour' };
  changed.revisits = [
    {
      at: new Date(now - 2 * DAY).toISOString(),
      posting: {
        ...changed.posting,
        salary: { ...pay, min: pay.min * 1.1, max: (pay.max ?? pay.min) * 1.1 },
        requirements: [...changed.posting.requirements, 'Experience with Terraform'],
      },
    },
  ];
  jobs[11].closedAt = new Date(now - DAY).toISOString();
  return jobs;
}

/** Two site rules, as corrections would have taught them. */
function sampleRules(now) {
  const at = new Date(now - 3 * DAY).toISOString();
  return [
    {
      id: 'rule-1',
      site: 'boards.greenhouse.io',
      board: 'northwind',
      at,
      from: { jobId: 'sample-1', title: 'Frontend Developer' },
      kind: 'heading',
      heading: 'what would make you stand out',
      part: 'niceToHave',
    },
    { id: 'rule-2', site: 'careers.contoso.com', at, from: null, kind: 'company-suffix', suffix: '| Careers' },
  ];
}

/** The person's profile (issue 18): every job's fit is weighed against it. */
function sampleProfile(now) {
  return {
    skills: [
      { name: 'Go', level: 'expert', years: 6 },
      { name: 'Postgres', level: 'advanced', years: 5 },
      { name: 'K8s', level: 'beginner', years: 1 },
      { name: 'Kafka', level: null, years: null },
      { name: 'TypeScript', level: 'intermediate', years: 3 },
    ],
    years: 6,
    degrees: ['master'],
    languages: ['English', 'German'],
    places: ['Berlin', 'Lisbon'],
    workplaces: ['remote', 'hybrid'],
    payFloor: { amount: 70000, currency: 'EUR', period: 'year' },
    needsSponsorship: false,
    employmentTypes: ['full-time'],
    updatedAt: new Date(now - DAY).toISOString(),
  };
}

/** A backup to import: three of the saved jobs, changed, and two new ones (version 1 reads in every Jobmark). */
function sampleBackup(jobs) {
  const changed = jobs
    .slice(0, 3)
    .map((job) => ({ ...job, tags: [...job.tags, 'imported'], updatedAt: new Date().toISOString() }));
  const added = jobs.slice(3, 5).map((job, i) => ({
    ...job,
    id: `new-${i}`,
    url: `${job.url}-new`,
    canonicalUrl: `${job.url}-new`,
    fingerprint: `new-${i}`,
    posting: { ...job.posting, url: `${job.url}-new`, title: `${job.posting.title} (Lisbon)` },
  }));
  const all = [...changed, ...added];
  return JSON.stringify({
    format: 'jobmark-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    count: all.length,
    jobs: all,
  });
}

/** A fixture page for the popup and the page panel, served under its real address. */
const fixture = 'greenhouse__anthropic-tpm-infrastructure';
const fixtureDir = join(root, '..', 'shared', 'fixtures', 'pages', fixture);
const fixtureUrl = JSON.parse(readFileSync(join(fixtureDir, 'expected.json'), 'utf8')).url;
const fixtureHtml = readFileSync(join(fixtureDir, 'source.html'), 'utf8');

const browser = await puppeteer.launch({ ...extensionLaunchOptions(dist), pipe: true, userDataDir: profile });
try {
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const dashboard = `chrome-extension://${new URL(worker.url()).host}/src/dashboard/index.html`;
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await page.goto(dashboard);
  await page.waitForSelector('h1');
  const dashboardViews = [
    { name: 'dashboard', hash: '', ready: 'table tbody tr' },
    { name: 'board', hash: '#board', ready: '.board .card' },
    { name: 'insights', hash: '#insights', ready: 'figure svg[role="img"]', full: true },
    { name: 'due', hash: '#due', ready: '.due-item', full: true },
    // Opened by its address, the view puts the keyboard's focus on its title; a person who clicked sees no ring there.
    {
      name: 'job',
      hash: '#job=sample-7',
      ready: '.job-view',
      act: (p) => p.evaluate(() => document.activeElement?.blur()),
    },
    { name: 'report', hash: '#report', ready: '.report table', full: true },
    { name: 'report-print', hash: '#report', ready: '.report table', full: true, print: true },
    { name: 'rules', hash: '#rules', ready: '.rules table' },
    { name: 'profile', hash: '#profile', ready: '.profile-form', full: true },
    // A PDF CV chosen: its text in the box, then read, what Jobmark found shown to keep.
    {
      name: 'profile-pdf',
      hash: '#profile',
      ready: '.profile-form',
      full: true,
      act: async (p) => {
        const input = await p.waitForSelector('.cv-reader input[type="file"]');
        await input.uploadFile(cv);
        await p.waitForFunction(() => document.querySelector('.cv-reader textarea')?.value.startsWith('Jane Doe'));
        await p.evaluate(() =>
          [...document.querySelectorAll('.cv-reader button')].find((b) => b.textContent === 'Read my CV').click(),
        );
        await p.waitForSelector('.cv-found');
      },
    },
    { name: 'import', hash: '', ready: 'table tbody tr', import: true },
    // The import confirmed, being written: its progress bar, count and Cancel (held at its start by another writer).
    { name: 'import-writing', hash: '', ready: 'table tbody tr', import: true, writing: true },
    // Two rows chosen: the bar of what can be done to them.
    {
      name: 'bulk',
      hash: '',
      ready: 'table tbody tr',
      act: async (p) => {
        const boxes = await p.$$('tbody input[type="checkbox"]');
        await boxes[0].click();
        await boxes[1].click();
      },
    },
    // A job's history at the end of its view, an event open to correct.
    {
      name: 'history',
      hash: '#job=sample-7',
      ready: '.history button.small',
      act: async (p) => {
        await p.click('.history button.small');
        await p.waitForSelector('.event-form');
        await p.$eval('.event-form', (form) => form.scrollIntoView({ block: 'center' }));
      },
    },
  ];
  const backup = join(profile, 'jobmark-backup.json');
  const cv = join(profile, 'jane-doe-cv.pdf');
  writeFileSync(cv, cvPdf(SAMPLE_CVS.english));
  const jobs = sampleJobs(Date.now());
  writeFileSync(backup, sampleBackup(jobs));
  // Straight into the store the dashboard just opened: what a person's own saves would have written.
  await page.evaluate(
    async (jobs, rules, profile) => {
      const db = await new Promise((ok, fail) => {
        const open = indexedDB.open('jobmark');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      await new Promise((ok, fail) => {
        const tx = db.transaction(['jobs', 'rules', 'profile'], 'readwrite');
        for (const job of jobs) tx.objectStore('jobs').put(job);
        for (const rule of rules) tx.objectStore('rules').put(rule);
        tx.objectStore('profile').put(profile, 'me');
        tx.oncomplete = ok;
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    jobs,
    sampleRules(Date.now()),
    sampleProfile(Date.now()),
  );

  const shot = async (target, name, options = {}) => {
    const path = join(out, `${name}.png`);
    await target.screenshot({ path, ...options });
    console.log(path);
  };
  for (const scheme of ['light', 'dark']) {
    for (const width of [1280, 800]) {
      await page.setViewport({ width, height: 900 });
      for (const view of dashboardViews) {
        // A new document each time: a change of the hash alone opens no other view.
        await page.goto('about:blank');
        // Both at once: puppeteer's emulateMediaType and emulateMediaFeatures each forget the other.
        await cdp.send('Emulation.setEmulatedMedia', {
          media: view.print ? 'print' : 'screen',
          features: [{ name: 'prefers-color-scheme', value: scheme }],
        });
        await page.goto(`${dashboard}${view.hash}`);
        await page.waitForSelector(view.ready);
        if (view.act) await view.act(page);
        if (view.import) {
          const input = await page.waitForSelector('input[type="file"]');
          await input.uploadFile(backup);
          await page.waitForSelector('.preview');
        }
        if (view.writing) {
          // A transaction on the jobs that stays open until the page is left: the import waits behind it.
          await page.evaluate(
            () =>
              new Promise((started) => {
                const open = indexedDB.open('jobmark');
                open.onsuccess = () => {
                  const store = open.result.transaction('jobs', 'readwrite').objectStore('jobs');
                  const hold = () => {
                    store.count().onsuccess = hold;
                  };
                  store.count().onsuccess = () => {
                    started();
                    hold();
                  };
                };
              }),
          );
          const confirm = await page.waitForSelector('.preview button.primary');
          await confirm.click();
          await page.waitForSelector('progress');
        }
        // Long views are shown whole; the table, the board and a job as a screenful.
        await shot(page, `${view.name}-${width}-${scheme}`, { fullPage: Boolean(view.full) });
      }
    }
  }

  // The page panel on a real posting, and the popup for that tab and for none.
  const posting = await browser.newPage();
  await posting.setRequestInterception(true);
  posting.on('request', (request) => {
    const url = new URL(request.url());
    if (`${url.origin}${url.pathname}` === fixtureUrl) {
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml });
    }
    return request.abort('internetdisconnected');
  });
  const sw = await worker.worker();
  const tabOf = async (tab) => {
    await tab.bringToFront();
    return sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  };
  const panelShown = () =>
    posting.waitForFunction(() => {
      const host = document.querySelector('[data-jobmark]');
      return host && host.getBoundingClientRect().height > 100;
    });
  await posting.goto(fixtureUrl);
  await panelShown();
  const postingTab = await tabOf(posting);
  const blank = await browser.newPage();
  await blank.goto('about:blank');
  const blankTab = await tabOf(blank);
  const popupShot = async (tab, name, scheme, ready) => {
    const popup = await browser.newPage();
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await popup.setViewport({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${new URL(dashboard).host}/src/popup/index.html?tab=${tab}`);
    await ready(popup);
    await shot(await popup.$('main'), `popup-${name}-${scheme}`);
    return popup;
  };
  for (const scheme of ['light', 'dark']) {
    await (await popupShot(blankTab, 'no-posting', scheme, (p) => p.waitForSelector('main p'))).close();
    await (await popupShot(postingTab, 'posting', scheme, (p) => p.waitForSelector('button.primary'))).close();
  }
  const saving = await popupShot(postingTab, 'posting', 'light', (p) => p.waitForSelector('button.primary'));
  await saving.click('button.primary');
  await saving.waitForSelector('.editor');
  await saving.close();
  for (const scheme of ['light', 'dark']) {
    await (await popupShot(postingTab, 'saved', scheme, (p) => p.waitForSelector('.editor'))).close();
  }
  await posting.bringToFront();
  for (const scheme of ['light', 'dark']) {
    await posting.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    for (const width of [1280, 800]) {
      await posting.setViewport({ width, height: 800 });
      await panelShown();
      await shot(posting, `panel-${width}-${scheme}`);
    }
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
