// The dashboard with the built extension: import a backup through the file
// input, filter, export through the real download, check the files, edit on the
// board, and import the export into a fresh profile.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CSV_COLUMNS } from '../../src/export/csv';
import { parseCsv } from '../../src/export/csv-parse';
import { BACKUP_VERSION, jobsToJson } from '../../src/export/json';
import type { SavedJob } from '../../src/model/saved-job';
import { makeJob } from '../export/make-job';
import { BROWSERS, type ExtensionBrowser, launchBrowser, type Page } from './driver';

const dir = mkdtempSync(join(tmpdir(), 'jobmark-dashboard-'));
const SKILLS = ['Rust', 'Go', 'TypeScript'];
const jobs: SavedJob[] = Array.from({ length: 30 }, (_, i) =>
  makeJob({
    title: i === 0 ? '=HYPERLINK("http://evil.example","click")' : `Engineer ${i}`,
    company: `Company ${i % 5}`,
    url: `https://jobs.example.com/posting/${i}`,
    tags: i % 2 === 0 ? ['lisbon'] : [],
    notes: i === 1 ? 'Referral from Ana, "call back"' : '',
    posting: { ...makeJob().posting, skills: [SKILLS[i % 3]!], description: `Posting ${i}. We use ${SKILLS[i % 3]}.` },
  }),
);
const backup = join(dir, 'seed.json');
writeFileSync(backup, jobsToJson(jobs));

async function importFile(p: Page, file: string, expectPreview: RegExp) {
  await p.getByLabel('Import a file (Jobmark JSON backup or CSV)').setInputFiles(file);
  await expect.poll(() => p.getByRole('region', { name: 'Import preview' }).textContent()).toMatch(expectPreview);
  await p.getByRole('button', { name: /^Import \d+ jobs?$/ }).click();
  await p.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
}

const search = (p: Page) => p.getByRole('searchbox', { name: 'Search' });
const count = (p: Page) => p.getByTestId('result-count').textContent();

/** Press an export button; the text of the file the browser saved. */
async function download(p: Page, button: string): Promise<string> {
  return (await p.download(() => p.getByRole('button', { name: button }).click())).text;
}

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser(name);
    page = await browser.openDashboard();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a JSON backup imports through the file input after a preview', async () => {
    await importFile(page, backup, /30 new jobs/);
    await expect.poll(() => count(page)).toBe('30 saved jobs');
  });

  test('a bad file is refused with a message and changes nothing', async () => {
    const bad = join(dir, 'broken.json');
    writeFileSync(bad, '{"format":"jobmark-backup","version":1,"jobs":[{"id":1}');
    await page.getByLabel('Import a file (Jobmark JSON backup or CSV)').setInputFiles(bad);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/not JSON.*Your saved jobs were not changed/);
    await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
    expect(await count(page)).toBe('30 saved jobs');
  });

  test('a backup that plants a javascript: address is refused, naming the record, and changes nothing', async () => {
    const planted = join(dir, 'planted.json');
    const good = makeJob({ title: 'Harmless', url: 'https://jobs.example.com/harmless' });
    const evil = makeJob({ title: 'Click me' });
    writeFileSync(planted, jobsToJson([good, { ...evil, url: 'javascript:alert(document.domain)' }]));
    await page.getByLabel('Import a file (Jobmark JSON backup or CSV)').setInputFiles(planted);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/2.*Click me.*javascript:alert.*not a web address.*Your saved jobs were not changed/);
    await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
    expect(await count(page)).toBe('30 saved jobs');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  });

  test('filter, then export exactly what is shown as CSV, JSON and Markdown', async () => {
    await search(page).fill('rust');
    await expect.poll(() => count(page)).toBe('10 of 30 saved jobs');
    // Even jobs carry "lisbon", every third job asks for Rust: they meet on 0, 6, 12, 18, 24.
    await page.getByRole('combobox', { name: 'Tag' }).selectOption('lisbon');
    await expect.poll(() => count(page)).toBe('5 of 30 saved jobs');

    const csv = await download(page, 'Export CSV');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header?.cells).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(5);
    const titles = rows.map((r) => r.cells[0]);
    expect(titles).toContain(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows.every((r) => r.cells[CSV_COLUMNS.indexOf('tags')] === 'lisbon')).toBe(true);

    const json = JSON.parse(await download(page, 'Export JSON backup'));
    expect(json).toMatchObject({ format: 'jobmark-backup', version: BACKUP_VERSION, count: 5 });
    writeFileSync(join(dir, 'shortlist.json'), JSON.stringify(json));

    const md = await download(page, 'Export Markdown');
    expect(md).toMatch(/^# Shortlist: #lisbon, “rust” \(5 jobs\)/);
  });

  test('sorting by a column header sets aria-sort', async () => {
    await page.getByRole('button', { name: 'Title' }).click();
    await expect
      .poll(() => page.getByRole('columnheader', { name: 'Title' }).getAttribute('aria-sort'))
      .toBe('ascending');
    const first = await page.getByRole('rowheader').first().textContent();
    expect(first).toBe('=HYPERLINK("http://evil.example","click")');
  });

  test('select many, tag them, and undo', async () => {
    await page.getByLabel('Select all 5 shown jobs').check();
    await page.getByRole('textbox', { name: 'Tag' }).fill('shortlist');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Tagged 5 jobs/);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'shortlist' }).count()).toBe(5);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'shortlist' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Clear selection' }).click();
  });

  test('on the board a job moves by keyboard and by drag, and its history records it', async () => {
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('button', { name: 'Board', exact: true }).click();
    const saved = page.getByRole('region', { name: /^saved:/ });
    const card = saved.getByRole('button', { name: 'Engineer 3', exact: true });
    await card.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('region', { name: /^applied:/ }).textContent()).toContain('Engineer 3');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('region', { name: /^interviewing:/ }).textContent()).toContain('Engineer 3');
    // HTML5 drag and drop, as the browser sends it: dragstart on the card, dragover and drop on the column.
    const six = saved
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Engineer 6', exact: true }) });
    await six.dragTo(page.getByRole('region', { name: /^offer:/ }));
    await expect.poll(() => page.getByRole('region', { name: /^offer:/ }).textContent()).toContain('Engineer 6');
    await page
      .getByRole('region', { name: /^interviewing:/ })
      .getByRole('button', { name: 'Engineer 3' })
      .click();
    const view = page.getByRole('dialog');
    await expect
      .poll(() => view.getByRole('region', { name: 'Status history' }).textContent())
      .toMatch(/saved.*applied.*interviewing/);
    await view.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
  });

  test('the report lists the status changes of the range, and downloads as CSV', async () => {
    await page.getByRole('button', { name: 'Report', exact: true }).click();
    const table = page.getByRole('table');
    await expect.poll(() => table.getByRole('row').count()).toBe(4); // header + applied, interviewing, offer
    const csv = await download(page, 'Download report (CSV)');
    const [header, ...rows] = parseCsv(csv);
    expect(header?.cells).toEqual(['date', 'status', 'title', 'company', 'locations', 'url', 'cv_sent']);
    expect(rows.map((r) => `${r.cells[1]} ${r.cells[2]}`).sort()).toEqual([
      'applied Engineer 3',
      'interviewing Engineer 3',
      'offer Engineer 6',
    ]);
    expect(rows[0]?.cells[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
  });

  test('copy as table puts tab-separated rows on the clipboard', async () => {
    // Headless browsers grant no clipboard-read to an extension origin, so the text
    // handed to the real clipboard API is recorded on its way through.
    await page.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) => {
        (window as unknown as { copied: string }).copied = text;
        return write(text);
      };
    });
    await search(page).fill('engineer 12');
    await expect.poll(() => count(page)).toBe('1 of 30 saved jobs');
    await page.getByRole('button', { name: 'Copy as table' }).click();
    await expect.poll(() => page.getByText(/Copied 1 job as a table/).count()).toBe(1);
    const text = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    const [header, row] = text.trimEnd().split('\n');
    expect(header).toBe(CSV_COLUMNS.join('\t'));
    expect(row?.split('\t')[0]).toBe('Engineer 12');
    await search(page).fill('');
  });

  test('the exported shortlist imports into a fresh profile', async () => {
    const fresh = await launchBrowser(name);
    try {
      const p = await fresh.openDashboard();
      await expect.poll(() => p.getByText('No saved jobs yet').count()).toBe(1);
      await importFile(p, join(dir, 'shortlist.json'), /5 new jobs/);
      await expect.poll(() => count(p)).toBe('5 saved jobs');
      await search(p).fill('Referral');
      await expect.poll(() => count(p)).toBe('0 of 5 saved jobs');
      await search(p).fill('engineer 24');
      await expect.poll(() => count(p)).toBe('1 of 5 saved jobs');
      // Importing the same file again recognises every job.
      await p.getByLabel('Import a file (Jobmark JSON backup or CSV)').setInputFiles(join(dir, 'shortlist.json'));
      await expect.poll(() => p.getByRole('region', { name: 'Import preview' }).textContent()).toMatch(/0 new jobs/);
      await p.getByRole('button', { name: 'Cancel' }).click();
      await search(p).fill('');
      // A CSV from a spreadsheet: one job already saved (its notes merge in), one new.
      const csv = join(dir, 'sheet.csv');
      writeFileSync(
        csv,
        'Job Title,Company,URL,Status,Tags,Notes,Recruiter\r\n' +
          'Engineer 24,Company 4,https://jobs.example.com/posting/24,applied,sheet,"Called, no answer",Ana\r\n' +
          'Platform Engineer,Newco,https://newco.example/jobs/1,,,,\r\n',
      );
      await importFile(
        p,
        csv,
        /1 new job, 1 already saved job to merge.*Columns Jobmark does not keep, left out: Recruiter/,
      );
      await expect.poll(() => count(p)).toBe('6 saved jobs');
      await search(p).fill('called');
      await expect.poll(() => count(p)).toBe('1 of 6 saved jobs');
    } finally {
      await fresh.close();
    }
  });
});
