// A tab as the tests drive it, the same in Chromium and Firefox: go to an
// address, find things as a person does (locators), press keys, read the page,
// download a file, and meet Jobmark's panel (panel.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ElementHandle, KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import { find, type Step } from './in-page';
import { Locator, type RoleOptions, type Scope } from './locator';
import type { PanelView } from './panel';
import { until } from './wait';

/** Testing Library's queries, built for a page (a script that defines TestingLibraryDom). */
const queries = readFileSync(
  createRequire(import.meta.url).resolve('@testing-library/dom/dist/@testing-library/dom.umd.min.js'),
  'utf8',
);
// Run as a plain script whatever the page defines: no module system of the page's takes it.
const INSTALL = `(function (define, module, exports) {\n${queries}\n}).call(globalThis);
globalThis.__jobmarkFind = ${String(find)};`;

/** What a browser adds to its pages. */
export interface PageHost {
  /** Jobmark's panel on this page, as assistive tools reach it. */
  panel(page: Page): PanelView;
  /**
   * Whether the browser reports no load of this address to its driver (Firefox's
   * WebDriver BiDi sends none for moz-extension:// pages), so the page's own
   * readyState tells instead.
   */
  loadUnreported(url: string): boolean;
  /** The folder the browser saves downloads in. */
  downloads: string;
  /** Show the page as printed, or on screen again (fails where the browser cannot). */
  emulateMedia(page: PuppeteerPage, media: 'print' | 'screen'): Promise<void>;
  setViewport(page: PuppeteerPage, size: { width: number; height: number }): Promise<void>;
}

// Evaluating while the page is between two documents fails: the state is read again.
const BETWEEN_DOCUMENTS =
  /Execution context was destroyed|Cannot find context|context with specified id|Inspected target navigated|no such (frame|node|handle)|Realm|Frame detached|DiscardedBrowsingContext/i;

export class Page implements Scope {
  readonly keyboard = {
    press: (key: string) => this.raw.keyboard.press(key as KeyInput),
    type: (text: string) => this.raw.keyboard.type(text),
  };
  private readonly root = new Locator(this, [], '');

  constructor(
    /** The page as puppeteer-core drives it, for what this wrapper does not say. */
    readonly raw: PuppeteerPage,
    private readonly host: PageHost,
  ) {}

  get panel(): PanelView {
    return this.host.panel(this);
  }

  async goto(url: string): Promise<void> {
    if (!this.host.loadUnreported(url)) {
      await this.raw.goto(url);
      return;
    }
    // Only the navigation's start is reported: wait for the document instead.
    await this.raw.goto(url, { waitUntil: [] });
    await this.loaded(url);
  }

  async reload(): Promise<void> {
    const url = await this.url();
    if (!this.host.loadUnreported(url)) {
      await this.raw.reload();
      return;
    }
    await this.raw.evaluate(() => {
      (window as unknown as { jobmarkBeforeReload: boolean }).jobmarkBeforeReload = true;
    });
    await this.raw.reload({ waitUntil: [] });
    await this.loaded(url);
  }

  /** The document at `url` has loaded (and is not the one marked before a reload). */
  async loaded(url: string): Promise<void> {
    await until(
      () =>
        this.raw
          .evaluate(
            (want) =>
              location.href === want &&
              document.readyState === 'complete' &&
              !(window as unknown as { jobmarkBeforeReload?: boolean }).jobmarkBeforeReload,
            url,
          )
          .catch((error: Error) => (BETWEEN_DOCUMENTS.test(error.message) ? false : Promise.reject(error))),
      (done) => done,
      `${url} did not load`,
    );
  }

  url(): Promise<string> {
    return this.raw.evaluate(() => location.href);
  }

  close(): Promise<void> {
    return this.raw.close();
  }

  bringToFront(): Promise<void> {
    return this.raw.bringToFront();
  }

  /** Run `fn` in the page (its own world); the result must be JSON. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    return this.raw.evaluate(fn as (arg: unknown) => T, arg) as Promise<T>;
  }

  getByRole(role: string, options?: RoleOptions): Locator {
    return this.root.getByRole(role, options);
  }

  getByLabel(text: string | RegExp, options?: { exact?: boolean }): Locator {
    return this.root.getByLabel(text, options);
  }

  getByText(text: string | RegExp, options?: { exact?: boolean }): Locator {
    return this.root.getByText(text, options);
  }

  getByTestId(id: string): Locator {
    return this.root.getByTestId(id);
  }

  locator(selector: string): Locator {
    return this.root.locator(selector);
  }

  setViewportSize(size: { width: number; height: number }): Promise<void> {
    return this.host.setViewport(this.raw, size);
  }

  emulateMedia(media: 'print' | 'screen'): Promise<void> {
    return this.host.emulateMedia(this.raw, media);
  }

  /**
   * Do `action` (a click on an export button), and return the file the browser
   * saved for it, once it is whole: its name and its text.
   */
  async download(action: () => Promise<void>): Promise<{ name: string; text: string }> {
    const dir = this.host.downloads;
    const before = new Set(readdirSync(dir));
    await action();
    // A download is written to a partial file (Chromium: .crdownload; Firefox: .part,
    // beside an empty placeholder) and renamed when done: wait for that.
    const [name] = await until(
      async () =>
        readdirSync(dir).filter(
          (f) =>
            !before.has(f) &&
            !/\.(part|crdownload)$/.test(f) &&
            !existsSync(join(dir, `${f}.part`)) &&
            statSync(join(dir, f)).size > 0,
        ),
      (done) => done.length > 0,
      'no download finished',
    );
    return { name: name as string, text: readFileSync(join(dir, name as string), 'utf8') };
  }

  // Scope: what locators run in.

  async query<T>(steps: Step[], fn: string, args: unknown[] = []): Promise<T> {
    const expression = `globalThis.__jobmarkFind ? { found: (${fn})(globalThis.__jobmarkFind(document, ${JSON.stringify(
      steps,
    )}), ...${JSON.stringify(args)}) } : null`;
    return until(
      async () => {
        try {
          const result = await this.raw.evaluate(`(${expression})`);
          if (result) return result as { found: T };
          await this.raw.evaluate(INSTALL);
        } catch (error) {
          if (!BETWEEN_DOCUMENTS.test((error as Error).message)) throw error;
        }
        return null;
      },
      (result) => result !== null,
      'the page never settled to be read',
    ).then((result) => (result as { found: T }).found);
  }

  async handle(steps: Step[], index: number): Promise<ElementHandle<Element>> {
    const handle = await this.raw.evaluateHandle(
      `globalThis.__jobmarkFind(document, ${JSON.stringify(steps)})[${index}]`,
    );
    const element = handle.asElement();
    if (!element) throw new Error('The element went away');
    return element as ElementHandle<Element>;
  }
}
