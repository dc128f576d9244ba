// Correcting what Jobmark read, and what it remembers (issue 16), with the built
// extension: on a job site's page a person saves the posting, corrects the
// company and moves a mislabelled heading's part in the popup, and the page's
// panel and highlights follow at once; a second posting of the same site reads
// right with no action; the dashboard's rules page lists what was learnt, and
// removing the rules brings back the reader's own result; the JSON backup carries
// the corrections and the rules into a fresh profile, which reads the site right too.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launchBrowser, type Page } from './driver';
import { localPage, type ServedPage } from './pages';

const first = localPage('northwind-1.html', 'https://www.remotewlb.com/apply/senior-robotics-engineer');
const second = localPage('northwind-2.html', 'https://www.remotewlb.com/apply/perception-engineer');
// A page the reader takes for a posting that the person says is none (a demo listing).
const demo = localPage('northwind-2.html', 'https://www.remotewlb.com/apply/demo-listing');
const HEADING = 'Part for everything under “Sparkles on top”';
const RULES = ['Items under “Sparkles on top” are nice to have', '“Talent Team” is not part of the company’s name'];

/** How many ranges the page's highlight of this kind paints (CSS Custom Highlight API). */
const painted = (page: Page, name: string) =>
  page.evaluate((n) => (CSS.highlights.get(n) as Set<unknown> | undefined)?.size ?? 0, name);

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  let backup: string;
  beforeAll(async () => {
    browser = await launchBrowser(name);
    for (const page of [first, second, demo]) browser.serve(page.url, page.html);
  });
  afterAll(() => browser?.close());

  async function open(served: ServedPage, b = browser): Promise<Page> {
    const page = await b.newPage();
    await page.goto(served.url);
    return page;
  }

  test('a company corrected and a heading’s part moved in the popup: the panel and the highlights follow', async () => {
    const page = await open(first);
    const panel = page.panel;
    await expect.poll(() => panel.text()).toContain('Northwind Robotics Talent Team');
    expect(await panel.text()).toContain('5 requirements · 0 nice-to-haves');
    await panel.click('button', 'Save job');
    await expect.poll(() => panel.count('button', 'Saved')).toBe(1);

    const popup = await browser.openPopup(page);
    await popup.getByRole('button', { name: 'Correct what Jobmark read' }).click();
    const company = popup.getByRole('textbox', { name: 'Company' });
    await expect.poll(() => company.inputValue()).toBe('Northwind Robotics Talent Team');
    await company.fill('Northwind Robotics');
    await company.press('Tab');
    await popup.getByText('Corrected by you. Read: Northwind Robotics Talent Team', { exact: false }).waitFor();
    // A whole heading's items, by keyboard and screen reader: a select named for the heading.
    await popup.getByRole('combobox', { name: HEADING }).selectOption('niceToHave');
    await expect.poll(() => popup.getByRole('combobox', { name: HEADING }).inputValue()).toBe('niceToHave');
    // One item, by its own select: out of the posting, and back.
    const item = popup.getByRole('combobox', { name: 'Part for “Mentor engineers on the planning team”' });
    await item.selectOption('none');
    await expect.poll(() => panel.text()).toContain('3 requirements · 2 nice-to-haves');
    expect(await panel.text()).not.toContain('Talent Team');
    await expect.poll(() => painted(page, 'jobmark-nice-to-have')).toBe(2);
    expect(await painted(page, 'jobmark-requirements')).toBe(3);
    expect(await painted(page, 'jobmark-responsibilities')).toBe(2);
    await item.selectOption('responsibilities');
    await expect.poll(() => painted(page, 'jobmark-responsibilities')).toBe(3);
    expect(await popup.getByRole('alert').textContent()).toBe('');
    await popup.close();
    await page.close();
  });

  test('a second posting of the same site reads right with no action', async () => {
    const page = await open(second);
    const panel = page.panel;
    await expect.poll(() => panel.text()).toContain('Perception Engineer');
    await expect.poll(() => panel.text()).toContain('3 requirements · 2 nice-to-haves');
    expect(await panel.text()).toContain('Northwind Robotics');
    expect(await panel.text()).not.toContain('Talent Team');
    await expect.poll(() => painted(page, 'jobmark-nice-to-have')).toBe(2);
    await page.close();
  });

  test('the rules page lists what was learnt; the backup carries corrections and rules; removing the rules brings back the reader’s result', async () => {
    const dashboard = await browser.openDashboard();
    // The table shows the corrected company; the backup keeps the value read beside it.
    await expect.poll(() => dashboard.getByRole('cell', { name: 'Northwind Robotics', exact: true }).count()).toBe(1);
    // A fact corrected in the job view wins in the table at once, and goes back to the value read.
    await dashboard.getByRole('rowheader').getByRole('button', { name: 'Senior Robotics Engineer' }).click();
    const view = dashboard.getByRole('dialog');
    await view.getByRole('combobox', { name: 'Workplace' }).selectOption('hybrid');
    await expect.poll(() => dashboard.getByRole('cell', { name: 'Hybrid', exact: true }).count()).toBe(1);
    await view.getByText('Corrected by you: Company, Workplace.').waitFor();
    await view.getByRole('button', { name: 'Back to the value read for Workplace' }).click();
    await expect.poll(() => dashboard.getByRole('cell', { name: 'Hybrid', exact: true }).count()).toBe(0);
    await view.getByRole('button', { name: 'Close' }).click();
    const file = await dashboard.download(() => dashboard.getByRole('button', { name: 'Export JSON backup' }).click());
    const json = JSON.parse(file.text);
    // Corrections and rules since version 3.
    expect(json.version).toBeGreaterThanOrEqual(3);
    expect(json.jobs[0].posting.company).toBe('Northwind Robotics Talent Team');
    expect(json.jobs[0].corrections.facts.company.value).toBe('Northwind Robotics');
    expect(json.rules.map((r: { site: string }) => r.site)).toEqual(['remotewlb.com', 'remotewlb.com']);
    backup = join(mkdtempSync(join(tmpdir(), 'jobmark-e2e-')), 'backup.json');
    writeFileSync(backup, file.text);

    await dashboard.getByRole('button', { name: 'Site rules', exact: true }).click();
    const rules = dashboard.getByRole('region', { name: 'Site rules' });
    for (const rule of RULES) {
      const row = rules.getByRole('row').filter({ hasText: rule });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.getByRole('rowheader').textContent()).toBe('remotewlb.com');
      expect(await row.textContent()).toContain('Senior Robotics Engineer');
    }
    for (const rule of RULES) {
      await rules.getByRole('button', { name: `Remove rule for remotewlb.com: ${rule}` }).click();
      // The next row moves up once this one is gone: wait for that before pressing its button.
      await expect.poll(() => rules.getByRole('row').filter({ hasText: rule }).count()).toBe(0);
    }
    await rules.getByText('No site rules yet.').waitFor();
    await dashboard.close();

    const page = await open(second);
    await expect.poll(() => page.panel.text()).toContain('5 requirements · 0 nice-to-haves');
    expect(await page.panel.text()).toContain('Northwind Robotics Talent Team');
    await page.close();
  });

  test('the backup brings the corrections and the rules into a fresh profile', async () => {
    const fresh = await launchBrowser(name);
    try {
      for (const page of [first, second]) fresh.serve(page.url, page.html);
      const dashboard = await fresh.openDashboard();
      await dashboard.getByLabel('Import a file (Jobmark JSON backup or CSV)').setInputFiles(backup);
      await dashboard.getByText('And 2 site rules', { exact: false }).waitFor();
      await dashboard.getByRole('button', { name: 'Import 1 job', exact: true }).click();
      await expect.poll(() => dashboard.getByRole('cell', { name: 'Northwind Robotics', exact: true }).count()).toBe(1);
      await dashboard.getByRole('button', { name: 'Site rules', exact: true }).click();
      for (const rule of RULES) await dashboard.getByRole('cell', { name: rule }).waitFor();
      await dashboard.close();

      const page = await open(second, fresh);
      await expect.poll(() => page.panel.text()).toContain('3 requirements · 2 nice-to-haves');
      expect(await page.panel.text()).not.toContain('Talent Team');
      await page.close();
    } finally {
      await fresh.close();
    }
  });

  test('“This is not a job posting” in the popup: the panel and highlights go, and the site remembers it', async () => {
    const page = await open(demo);
    await expect.poll(() => page.panel.text()).toContain('Perception Engineer');
    const popup = await browser.openPopup(page);
    await popup.getByRole('button', { name: 'This is not a job posting' }).click();
    await popup.getByText('This page is not a job posting.').waitFor();
    await expect.poll(() => page.panel.text()).toBe('');
    expect(await painted(page, 'jobmark-requirements')).toBe(0);
    await popup.close();
    const dashboard = await browser.openDashboard();
    await dashboard.getByRole('button', { name: 'Site rules', exact: true }).click();
    await dashboard.getByRole('cell', { name: 'Pages under /apply/demo-listing are not job postings' }).waitFor();
    await dashboard.close();
    await page.close();
  });
});

// In the page panel itself (issue 16): on a company's board on a job system of many companies,
// the person corrects the company and moves a heading's part by keyboard, the highlights change
// at once; text Jobmark missed, selected on the page, is added to a part; the next posting of the
// same board reads right, another company's board on the same system does not change; a page the
// reader found no posting in is one because the person says so, and stays one; removing the
// rules reads the saved jobs they changed again as the reader read them.
const board = (n: number, company = 'northwind') => `https://boards.greenhouse.io/${company}/jobs/${4000 + n}`;
const onBoard1 = localPage('northwind-1.html', board(1));
const onBoard2 = localPage('northwind-2.html', board(2));
const otherCompany = localPage('northwind-2.html', board(3, 'globex'));
const openApplication = localPage('open-application.html', 'https://www.remotewlb.com/apply/open-application');
// A company's board on Workable whose pages write the place after a label the reader does not know.
const harbor1 = localPage('harbor-1.html', 'https://apply.workable.com/tidewater/j/1001');
const harbor2 = localPage('harbor-2.html', 'https://apply.workable.com/tidewater/j/1002');
// The same page at an address with no word of a job in it: the quick check finds no sign of a posting.
const aboutUs = localPage('open-application.html', 'https://www.remotewlb.com/about/open-application');
const BOARD_RULES = [
  'Items under “Sparkles on top” are nice to have',
  '“Talent Team” is not part of the company’s name',
];

declare const chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

/** The texts of the ranges a highlight paints. */
const paintedTexts = (page: Page, name: string) =>
  page.evaluate((n) => [...((CSS.highlights.get(n) as Set<Range> | undefined) ?? [])].map((r) => r.toString()), name);

describe.each(BROWSERS)('%s: in the page panel', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
    for (const page of [onBoard1, onBoard2, otherCompany, openApplication, aboutUs, harbor1, harbor2])
      browser.serve(page.url, page.html);
  });
  afterAll(() => browser?.close());

  async function open(served: ServedPage): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(served.url);
    return page;
  }

  test('a company corrected and a heading’s part moved in the panel, by keyboard: the highlights change at once', async () => {
    const page = await open(onBoard1);
    const panel = page.panel;
    await expect.poll(() => panel.text()).toContain('5 requirements · 0 nice-to-haves');
    await panel.click('button', 'Correct what Jobmark read');
    // A text field saves when the person leaves it: the job is saved with the correction.
    await panel.focus('textbox', 'Company');
    await page.keyboard.press('End');
    for (let i = 0; i < ' Talent Team'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await expect.poll(() => panel.count('button', 'Back to the value read for Company')).toBe(1);
    expect(await panel.count('button', 'Saved')).toBe(1);
    expect(await panel.text()).not.toContain('Talent Team');
    // A whole heading's items, from the keyboard: the select named for the heading, one option down.
    const heading = 'Part for everything under “Sparkles on top”';
    await panel.focus('combobox', heading);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => panel.text()).toContain('3 requirements · 2 nice-to-haves');
    await expect.poll(() => painted(page, 'jobmark-nice-to-have')).toBe(2);
    expect(await painted(page, 'jobmark-requirements')).toBe(3);
    // The form was drawn again from the answer; the focus stayed where the person was.
    expect(await panel.focused('combobox')).toBe(heading);
    // One item out of the posting, and its highlight goes.
    await panel.focus('combobox', 'Part for “Mentor engineers on the planning team”');
    await page.keyboard.press('End');
    await expect.poll(() => painted(page, 'jobmark-responsibilities')).toBe(2);
    await page.close();
  });

  test('text Jobmark missed, selected on the page, is added as a requirement and painted alone', async () => {
    const page = await open(onBoard1);
    const panel = page.panel;
    await expect.poll(() => panel.text()).toContain('3 requirements · 2 nice-to-haves');
    const words = 'lead our motion planning team';
    // The person selects the words in the paragraph about the role.
    await page.evaluate((w) => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.includes(w)) as HTMLElement;
      const text = p.firstChild as Text;
      const at = text.data.indexOf(w);
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + w.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }, words);
    await panel.click('button', 'Correct what Jobmark read');
    await expect.poll(() => panel.text()).toContain(`Selected on the page: “${words}”`);
    await panel.click('button', 'Add selected text');
    await expect.poll(() => panel.text()).toContain('4 requirements · 2 nice-to-haves');
    expect(await paintedTexts(page, 'jobmark-requirements')).toContain(words);
    // It is an item like any other: its own select moves it, or takes it out again.
    await expect.poll(() => panel.count('combobox', `Part for “${words}”`)).toBe(1);
    await page.reload();
    await expect.poll(() => page.panel.text()).toContain('4 requirements · 2 nice-to-haves');
    expect(await paintedTexts(page, 'jobmark-requirements')).toContain(words);
    await page.close();
  });

  test('a place selected on the page is added as the place, and the board’s next posting reads its place', async () => {
    const page = await open(harbor1);
    await expect.poll(() => page.panel.text()).toContain('Marine Robotics Engineer');
    expect(await page.panel.text()).not.toContain('Location');
    await page.evaluate(() => {
      const value = document.querySelector('.facts .v') as HTMLElement;
      getSelection()?.selectAllChildren(value);
    });
    await page.panel.click('button', 'Correct what Jobmark read');
    await expect.poll(() => page.panel.text()).toContain('Selected on the page: “Porto”');
    await page.panel.focus('combobox', 'Add the selected text as');
    await page.keyboard.press('End');
    await page.panel.click('button', 'Add selected text');
    await expect.poll(() => page.panel.text()).toContain('LocationPorto');
    await page.close();
    // The place is written after "Home port:" on this board: the next posting reads its own.
    const next = await open(harbor2);
    await expect.poll(() => next.panel.text()).toContain('LocationAveiro');
    await next.close();
  });

  test('the next posting of the same board reads right; another company’s board on the system is as read', async () => {
    const page = await open(onBoard2);
    await expect.poll(() => page.panel.text()).toContain('3 requirements · 2 nice-to-haves');
    expect(await page.panel.text()).not.toContain('Talent Team');
    await page.panel.click('button', 'Save job');
    await expect.poll(() => page.panel.count('button', 'Saved')).toBe(1);
    await page.close();
    const other = await open(otherCompany);
    await expect.poll(() => other.panel.text()).toContain('5 requirements · 0 nice-to-haves');
    expect(await other.panel.text()).toContain('Northwind Robotics Talent Team');
    await other.close();
  });

  test('“This page is a job posting” in the panel: read as one, and remembered for the site', async () => {
    const page = await open(openApplication);
    const tabId = await browser.tabIdOf(page);
    // The reader has read the page once on its own (and found nothing to show).
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('jobmark:read-start').length)).toBe(1);
    // The keyboard shortcut on a page with no posting (as on-request.test.ts sends it).
    await browser.inExtension(
      (id) =>
        chrome.tabs.sendMessage(id, { jobmark: 'content/read', req: { force: true, tellIfNone: true, save: false } }),
      tabId,
    );
    await expect.poll(() => page.panel.text()).toContain('Jobmark found no job posting on this page.');
    await page.panel.click('button', 'This page is a job posting');
    await expect.poll(() => page.panel.text()).toContain('Open application: robotics engineers');
    await page.panel.click('button', 'Save job');
    await expect.poll(() => page.panel.count('button', 'Saved')).toBe(1);
    // Remembered: the page is read as a posting the next time, with no action.
    await page.reload();
    await expect.poll(() => page.panel.text()).toContain('Open application: robotics engineers');
    await page.close();
  });

  test('“This page is a job posting” in the popup, on a page with no sign of one: read now, and on every visit', async () => {
    const page = await open(aboutUs);
    const popup = await browser.openPopup(page);
    await popup.getByText('This page is not a job posting.').waitFor();
    await popup.getByRole('button', { name: 'This page is a job posting' }).click();
    await expect.poll(() => page.panel.text()).toContain('Open application: robotics engineers');
    await popup.getByRole('heading', { name: 'Open application: robotics engineers' }).waitFor();
    await popup.close();
    // Remembered: read with no action, though the address and the page show no sign of a posting.
    await page.reload();
    await expect.poll(() => page.panel.text()).toContain('Open application: robotics engineers');
    await page.close();
  });

  test('the rules page says where each rule applies; removing them reads the saved jobs they changed again', async () => {
    const dashboard = await browser.openDashboard();
    // Job 1: the company corrected by the person; job 2: saved while the rule dropped "Talent Team".
    await expect.poll(() => dashboard.getByRole('cell', { name: 'Northwind Robotics', exact: true }).count()).toBe(2);
    await dashboard.getByRole('button', { name: 'Site rules', exact: true }).click();
    const rules = dashboard.getByRole('region', { name: 'Site rules' });
    await rules.getByRole('cell', { name: 'Pages under /apply/open-application are job postings' }).waitFor();
    await rules.getByRole('cell', { name: 'Pages under /about/open-application are job postings' }).waitFor();
    await rules.getByRole('cell', { name: 'The place is what follows “Home port:”' }).waitFor();
    for (const rule of BOARD_RULES) {
      const row = rules.getByRole('row').filter({ hasText: rule });
      await expect.poll(() => row.count()).toBe(1);
      expect(await row.textContent()).toContain('The board of “northwind” on boards.greenhouse.io');
    }
    for (const rule of BOARD_RULES) {
      await rules.getByRole('button', { name: `Remove rule for boards.greenhouse.io/northwind: ${rule}` }).click();
      await expect.poll(() => rules.getByRole('row').filter({ hasText: rule }).count()).toBe(0);
    }
    // The table shows it at once, as does a dashboard opened afresh.
    await dashboard.getByRole('button', { name: 'Table', exact: true }).click();
    for (const open of [async () => dashboard, () => browser.openDashboard()]) {
      const tab = await open();
      await expect
        .poll(() => tab.getByRole('cell', { name: 'Northwind Robotics Talent Team', exact: true }).count())
        .toBe(1);
      // The person's own correction of job 1 stays.
      expect(await tab.getByRole('cell', { name: 'Northwind Robotics', exact: true }).count()).toBe(1);
      await tab.close();
    }
    const page = await open(onBoard2);
    await expect.poll(() => page.panel.text()).toContain('5 requirements · 0 nice-to-haves');
    await page.close();
  });
});
