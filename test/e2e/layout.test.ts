// The dashboard's layout as a person sees it at 800 and 1280 px wide (issue 17,
// item 4): the board fits the window and scrolls sideways inside itself, so
// every column can be reached (its scroll bar on screen, not under fifty cards);
// the table's columns are as wide as what they hold, no wider; and notes are
// written in the page's own font, not the browser's monospace one.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeJob } from '../export/make-job';
import { importJobs } from './dashboard-page';
import { BROWSERS, type ExtensionBrowser, launchBrowser, type Page } from './driver';

const jobs = Array.from({ length: 24 }, (_, i) =>
  makeJob({ title: `Dev ${i}`, company: 'Acme', url: `https://jobs.example.com/layout/${i}` }),
);

describe.each(BROWSERS)('%s', (name) => {
  let browser: ExtensionBrowser;
  let dashboard: Page;

  beforeAll(async () => {
    browser = await launchBrowser(name);
    dashboard = await browser.openDashboard();
    await importJobs(dashboard, jobs);
  });
  afterAll(() => browser?.close());

  test('at 800 px the board fits the window and scrolls sideways, the last column reachable whole', async () => {
    await dashboard.setViewportSize({ width: 800, height: 700 });
    await dashboard.getByRole('button', { name: 'Board', exact: true }).click();
    const last = dashboard.getByRole('region', { name: /^ghosted:/ });
    await last.waitFor();
    const layout = () =>
      last.evaluate((column) => {
        const board = column.parentElement!;
        const box = board.getBoundingClientRect();
        return {
          boardHeight: box.height,
          window: { width: innerWidth, height: innerHeight },
          pageWidth: document.documentElement.scrollWidth,
          scrolls: board.scrollWidth > board.clientWidth,
        };
      });
    const before = await layout();
    // The page never scrolls sideways; the board does, and is no taller than the window,
    // so its scroll bar is on screen with the columns.
    expect(before.pageWidth).toBeLessThanOrEqual(before.window.width);
    expect(before.scrolls).toBe(true);
    expect(before.boardHeight).toBeLessThanOrEqual(before.window.height);

    // Scrolled to its end, the last column is seen whole inside the board.
    const seen = await last.evaluate((column) => {
      const board = column.parentElement!;
      board.scrollLeft = board.scrollWidth;
      const [c, b] = [column.getBoundingClientRect(), board.getBoundingClientRect()];
      return c.left >= b.left - 1 && c.right <= b.right + 1;
    });
    expect(seen).toBe(true);
    await dashboard.setViewportSize({ width: 1280, height: 720 });
  });

  test("at 1280 px the table's columns are as wide as what they hold, no wider", async () => {
    await dashboard.getByRole('button', { name: 'Table', exact: true }).click();
    const table = dashboard.getByRole('table');
    await table.waitFor();
    const widths = await table.evaluate((el) => {
      const table = el as HTMLTableElement;
      const measure = () =>
        [...table.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().width));
      const shown = measure();
      // The same table laid out at its content's own width: each column as wide as its widest cell.
      const style = table.style.width;
      table.style.width = 'max-content';
      const natural = measure();
      table.style.width = style;
      return { shown, natural };
    });
    for (const [i, width] of widths.shown.entries()) expect(width).toBeLessThanOrEqual(widths.natural[i]! + 1);
  });

  test('notes are written in the body font', async () => {
    await dashboard.getByRole('rowheader').getByRole('button', { name: 'Dev 3', exact: true }).click();
    const notes = dashboard.getByRole('dialog').getByRole('textbox', { name: 'Notes' });
    const fonts = await notes.evaluate((el) => ({
      notes: getComputedStyle(el).fontFamily,
      body: getComputedStyle(document.body).fontFamily,
    }));
    expect(fonts.notes).toBe(fonts.body);
    await dashboard.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
  });
});
