// The Insights view with the built extension: jobs imported with their status
// histories are drawn as charts, and what the charts say (their images' names,
// the tables of their numbers, their CSV files) matches a count made here.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SavedJob, Status } from '../../src/model/saved-job';
import { makeJob } from '../export/make-job';
import { importJobs } from './dashboard-page';
import { BROWSERS, type ExtensionBrowser, launchBrowser, type Page } from './driver';

const DAY = 86_400_000;
// Each job's way, as statuses a few days apart, ending in the last weeks.
const WAYS: Status[][] = [
  ['saved'],
  ['saved'],
  ['saved'],
  ['saved'],
  ['saved', 'applied'],
  ['saved', 'applied'],
  ['saved', 'applied'],
  ['saved', 'applied', 'interviewing'],
  ['saved', 'applied', 'interviewing'],
  ['saved', 'applied', 'interviewing', 'offer'],
  ['saved', 'applied', 'rejected'],
  ['saved', 'applied', 'ghosted'],
];
const now = Date.now();
const jobs: SavedJob[] = WAYS.map((way, i) => {
  const start = now - (30 - i) * DAY;
  const history = way.map((status, step) => ({ status, at: new Date(start + step * 3 * DAY).toISOString() }));
  return makeJob({
    title: `Insight ${i}`,
    url: `https://jobs.example.com/insights/${i}`,
    history,
    status: way.at(-1)!,
    savedAt: history[0]!.at,
    posting: { ...makeJob().posting, workplace: i % 3 === 0 ? 'remote' : 'hybrid' },
  });
});

// The count, made here from the ways above.
const reached = (stages: Status[]) => WAYS.filter((way) => way.some((s) => stages.includes(s))).length;
const saved = WAYS.length;
const applied = reached(['applied', 'interviewing', 'offer', 'rejected', 'withdrawn', 'ghosted']);
const interviewing = reached(['interviewing', 'offer']);
const offer = reached(['offer']);
const answered = reached(['interviewing', 'offer', 'rejected']);
const remote = jobs.filter((j) => j.posting.workplace === 'remote').length;
const pct = (n: number, of: number) => Math.round((n / of) * 1000) / 10;

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  let dashboard: Page;

  beforeAll(async () => {
    browser = await launchBrowser(name);
    dashboard = await browser.openDashboard();
    await importJobs(dashboard, jobs);
    await dashboard.getByRole('button', { name: 'Insights', exact: true }).click();
    await dashboard.getByRole('heading', { name: 'Insights', level: 2 }).waitFor();
  });
  afterAll(() => browser?.close());

  const chart = (title: string) => dashboard.getByRole('figure', { name: title, exact: true });

  test('the funnel is drawn from the saved jobs, its picture, table and CSV saying the count', async () => {
    const funnel = chart('From saved to offer');
    expect(await funnel.getByRole('img').getAttribute('aria-label')).toBe(
      `Funnel: ${saved} saved, ${applied} applied (${pct(applied, saved)}%), ${interviewing} interviewing (${pct(interviewing, saved)}%), ${offer} offer (${pct(offer, saved)}%).`,
    );
    // Its numbers, as a table a person can show.
    await funnel.getByRole('button', { name: 'Show the numbers' }).click();
    const table = funnel.getByRole('table', { name: 'From saved to offer' });
    await expect.poll(() => table.isVisible()).toBe(true);
    expect(await table.getByRole('row').allTextContents()).toEqual([
      'Stage reachedJobsOf all saved',
      `saved${saved}100%`,
      `applied${applied}${pct(applied, saved)}%`,
      `interviewing${interviewing}${pct(interviewing, saved)}%`,
      `offer${offer}${pct(offer, saved)}%`,
    ]);
    const csv = await dashboard.download(() =>
      funnel.getByRole('button', { name: 'Download CSV: From saved to offer' }).click(),
    );
    expect(csv.name).toMatch(/^jobmark-insights-from-saved-to-offer-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text).toBe(
      `\uFEFFstage,jobs,percent_of_saved\r\nsaved,${saved},100\r\napplied,${applied},${pct(applied, saved)}\r\n` +
        `interviewing,${interviewing},${pct(interviewing, saved)}\r\noffer,${offer},${pct(offer, saved)}\r\n`,
    );
  });

  test('answers, applications per week and workplaces say the same count', async () => {
    expect(await chart('Answers and silence').getByRole('img').getAttribute('aria-label')).toMatch(
      new RegExp(`^Of ${applied} applications: answered ${answered} \\(${pct(answered, applied)}%\\)`),
    );
    expect(await chart('Applications per week').getByRole('img').getAttribute('aria-label')).toMatch(
      new RegExp(`^${applied} applications in the \\d+ weeks from`),
    );
    const weeks = chart('Applications per week').getByRole('table', { name: 'Applications per week' });
    // Each week's count (the weeks are row headers): together, every application once.
    const counts = await weeks.getByRole('cell').allTextContents();
    expect(counts.reduce((sum, n) => sum + Number(n), 0)).toBe(applied);
    expect(await chart('Remote, hybrid or on-site').getByRole('img').getAttribute('aria-label')).toContain(
      `remote ${remote} (${pct(remote, saved)}%), hybrid ${saved - remote} (${pct(saved - remote, saved)}%)`,
    );
  });
});
