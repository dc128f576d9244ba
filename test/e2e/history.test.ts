// A history that tells the truth, with the built extension: a
// job moved to applied by mistake and back within a minute, or undone, is no
// application in the report; an event corrected in the job view keeps its
// reason; a backup imported twice leaves the history as it was.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeJob } from '../export/make-job';
import { backupFile, importJobs } from './dashboard-page';
import { BROWSERS, type ExtensionBrowser, type Locator, launchBrowser, type Page } from './driver';

// UTC days, as the history and the report show them.
const today = new Date().toISOString().slice(0, 10);
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const startOfToday = `${today}T00:00:00.000Z`;
const mistaken = makeJob({
  title: 'Mistaken Move',
  url: 'https://jobs.example.com/mistaken',
  history: [{ status: 'saved', at: startOfToday }],
  savedAt: startOfToday,
  updatedAt: startOfToday,
});
const real = makeJob({
  title: 'Real Application',
  url: 'https://jobs.example.com/real',
  status: 'applied',
  history: [
    { status: 'saved', at: startOfToday },
    { status: 'applied', at: `${today}T00:00:01.000Z` },
  ],
  savedAt: startOfToday,
  updatedAt: `${today}T00:00:01.000Z`,
});
// The same jobs as another computer holds them: a tag more, and the history before any correction.
const laptop = backupFile([{ ...real, tags: ['laptop'] }, mistaken], 'laptop.json');

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser(name);
    page = await browser.openDashboard();
    await importJobs(page, [mistaken, real]);
  });
  afterAll(() => browser?.close());

  const view = (name: string) => page.getByRole('button', { name, exact: true }).click();
  const column = (status: string) => page.getByRole('region', { name: new RegExp(`^${status}:`) });
  const totals = () => page.getByText(/^\d+ applications?, \d+ status changes?\.$/).textContent();

  /** The report's rows, as "status title" under its header row. */
  async function reportRows(): Promise<string[]> {
    const rows = await page.getByRole('table').getByRole('row').all();
    const out: string[] = [];
    for (const row of rows.slice(1)) {
      const cells = await row.getByRole('cell').allTextContents();
      out.push(`${cells[1]} ${cells[2]}`);
    }
    return out;
  }

  /** Open a job from the table: its view (a dialog). */
  async function openJob(title: string): Promise<Locator> {
    await view('Table');
    await page.getByRole('rowheader').getByRole('button', { name: title, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: title }).waitFor();
    return dialog;
  }

  /** The events of the history a job view shows, oldest first. */
  const eventsIn = (dialog: Locator) =>
    dialog
      .getByRole('region', { name: 'Status history' })
      .getByRole('list')
      .first()
      .getByRole('listitem')
      .allTextContents();

  /** A job's history as its view shows it; the view is closed again. */
  async function historyOf(title: string): Promise<string[]> {
    const dialog = await openJob(title);
    const events = await eventsIn(dialog);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    return events;
  }

  test('moved to applied and back within a minute: the report counts no application for it', async () => {
    await view('Board');
    const card = column('saved').getByRole('button', { name: 'Mistaken Move', exact: true });
    await card.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => column('applied').textContent()).toContain('Mistaken Move');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => column('saved').textContent()).toContain('Mistaken Move');

    await view('Report');
    await expect.poll(totals).toBe('1 application, 2 status changes.');
    expect(await reportRows()).toEqual(['saved Real Application', 'applied Real Application']);
    expect(await page.getByText(/How this counts: a job is one application/).count()).toBe(1);

    const events = await historyOf('Mistaken Move');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} saved/);
  });

  test('moved to applied, then Undo: no application either', async () => {
    await view('Board');
    await column('saved').getByRole('button', { name: 'Mistaken Move', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Moved “Mistaken Move” to applied.');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Undone\./);
    await expect.poll(() => column('saved').textContent()).toContain('Mistaken Move');

    await view('Report');
    await expect.poll(totals).toBe('1 application, 2 status changes.');
    expect(await reportRows()).not.toContain('applied Mistaken Move');
  });

  test('an event corrected in the job view: a new date, the reason kept, and still there after a reload', async () => {
    const dialog = await openJob('Real Application');
    await dialog.getByRole('button', { name: `Correct the applied event of ${today} 00:00` }).click();
    const form = dialog.getByRole('form', { name: `Correct the applied event of ${today} 00:00` });
    // No reason, no correction.
    await form.getByLabel('Date').fill(yesterday);
    expect(await form.getByRole('button', { name: 'Save correction' }).isDisabled()).toBe(true);
    await form.getByLabel('Reason (kept with the history)').fill('Sent by e-mail the evening before');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('History corrected, with its reason.');
    const history = dialog.getByRole('region', { name: 'Status history' });
    await expect
      .poll(() => eventsIn(dialog))
      .toEqual([expect.stringMatching(`^${yesterday} 00:00 applied`), expect.stringMatching(`^${today} 00:00 saved`)]);
    expect(await history.getByRole('list', { name: 'Corrections' }).textContent()).toContain(
      `applied on ${today} 00:00 became applied on ${yesterday} 00:00. Reason: “Sent by e-mail the evening before”`,
    );

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Saved jobs' }).waitFor();
    const again = await openJob('Real Application');
    expect((await eventsIn(again))[0]).toMatch(new RegExp(`^${yesterday} 00:00 applied`));
    expect(await again.getByRole('list', { name: 'Corrections' }).textContent()).toContain(
      'Sent by e-mail the evening before',
    );
    await again.getByRole('button', { name: 'Close', exact: true }).click();
  });

  test('the same backup imported twice leaves every history as it was: no event twice, none corrected away back', async () => {
    const before = { real: await historyOf('Real Application'), mistaken: await historyOf('Mistaken Move') };
    expect(before.real).toHaveLength(2);

    const input = page.getByLabel('Import a file (Jobmark JSON backup or CSV)');
    await input.setInputFiles(laptop);
    await expect
      .poll(() => page.getByRole('region', { name: 'Import preview' }).textContent())
      .toMatch(/0 new jobs, 1 already saved job to merge, 1 already saved and unchanged/);
    await page.getByRole('button', { name: 'Import 1 job', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toMatch(/Imported laptop\.json: 0 new jobs, 1 job merged/);
    // The second time there is nothing left to merge.
    await input.setInputFiles(laptop);
    await expect
      .poll(() => page.getByRole('region', { name: 'Import preview' }).textContent())
      .toMatch(/0 new jobs, 0 already saved jobs to merge, 2 already saved and unchanged/);
    expect(await page.getByRole('button', { name: 'Import 0 jobs' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();

    expect(await historyOf('Real Application')).toEqual(before.real);
    expect(await page.getByRole('row').filter({ hasText: 'Real Application' }).textContent()).toContain('laptop');
    expect(await historyOf('Mistaken Move')).toEqual(before.mistaken);
  });
});
