// Debian's Firefox ESR (or FIREFOX_PATH) with the built Firefox extension
// (dist-firefox/, or JOBMARK_FIREFOX_DIST), driven by puppeteer-core over WebDriver
// BiDi, Firefox's own automation protocol (Playwright's Firefox is a patched
// build this machine cannot download). What only Firefox needs here:
// - The add-on's internal UUID is pinned (extensions.webextensions.uuids), so its
//   pages have a known address, moz-extension://UUID/…; Firefox 153 and later let
//   WebDriver open such pages only when started with --remote-allow-system-access.
//   ESR 140 knows the flag and opens them with it or without (tried: issue 19).
// - WebDriver reaches no background page, so the extension's API is used from an
//   extension page of its own, with the background page's `chrome`: the extension's
//   icon, opened in a tab at start (it runs nothing, and opened later it would take
//   the front from the tab a test uses).
// - The panel's closed shadow root is reached through BiDi's shadow-tree
//   serialisation, as the protocol reaches any node; a page's scripts cannot.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page as PuppeteerPage } from 'puppeteer-core';
import type { Backend, LaunchOptions } from './backend';
import type { Page } from './page';
import { type PanelNode, panelView } from './panel';
import { FIREFOX_DIST } from './paths';
import { until } from './wait';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'jobmark@jobmark.dev';
/** The add-on's internal UUID in every test profile (the same across a restart, so its data stays). */
const UUID = '0b7c4a52-9d1e-4f3a-8c6b-2e5f7a1d9c40';

declare const browser: {
  permissions: { request(p: { origins: string[] }): Promise<boolean> };
  runtime: { getBackgroundPage(): Promise<{ chrome: unknown }> };
};

export async function launchFirefox(profile: string, launch: LaunchOptions = {}): Promise<Backend> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`No Firefox at ${FIREFOX}. Install it with: apt-get install -y firefox-esr (or set FIREFOX_PATH).`);
  }
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) {
    throw new Error(`${FIREFOX_DIST} is missing: run \`npm run build:firefox\` first.`);
  }
  const downloads = mkdtempSync(join(tmpdir(), 'jobmark-downloads-'));
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 720 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // WebDriver installs the add-on for the session only (a temporary add-on, removed when
      // Firefox closes); a person's installed add-on keeps its data across restarts, and so
      // does this one with these.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // The prompt for an optional permission is browser chrome, out of WebDriver's reach:
      // granted as if the person said yes (see grantSite).
      'extensions.webextOptionalPermissionPrompts': false,
      // Downloads go to a folder of the test's own, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      // The scheme pages are given (0 dark, 1 light), as a dark or light desktop gives it.
      ...(launch.colorScheme
        ? { 'layout.css.prefers-color-scheme.content-override': launch.colorScheme === 'dark' ? 0 : 1 }
        : {}),
    },
  });
  try {
    const extensionId = await firefox.installExtension(FIREFOX_DIST);
    const extensionUrl = (path: string) => `moz-extension://${UUID}/${path}`;
    const helper = await extensionPage(firefox, extensionUrl('icons/icon-128.png'));
    return {
      name: 'firefox',
      browser: firefox,
      extensionId,
      dist: FIREFOX_DIST,
      downloads,
      extensionUrl,
      async inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A) {
        // The background's own `chrome` (loaded again if it slept), so calls are the background's:
        // a content script takes them as the extension's, as from Chromium's service worker.
        await helper.evaluate(async () => {
          const background = await browser.runtime.getBackgroundPage();
          Object.defineProperty(window, 'chrome', { value: background.chrome, configurable: true });
        });
        return helper.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<T>;
      },
      async waitForNewPage(action) {
        // Firefox's BiDi reports no tab that an extension page opens (no contextCreated), so
        // puppeteer-core cannot drive it: it is found in the context tree, and its address
        // opened again in a tab the driver knows (the found one is closed).
        const bidi = connectionOf(helper);
        const tops = async () =>
          ((await bidi.send('browsingContext.getTree', { maxDepth: 0 })).result as { contexts: { context: string }[] })
            .contexts;
        const before = new Set((await tops()).map((c) => c.context));
        await action();
        const [opened] = await until(
          async () => (await tops()).filter((c) => !before.has(c.context)),
          (found) => found.length > 0,
          'no tab opened',
        );
        const context = (opened as { context: string }).context;
        const url = await until(
          async () => {
            const { result } = (
              await bidi.send('script.evaluate', {
                expression: "document.readyState === 'complete' ? location.href : ''",
                target: { context },
                awaitPromise: false,
              })
            ).result as { result: Remote };
            return result.type === 'string' ? (result.value as string) : '';
          },
          (href) => href !== '' && href !== 'about:blank',
          'the opened tab did not load',
        );
        await bidi.send('browsingContext.close', { context });
        const tab = await firefox.newPage();
        await tab.goto(url, { waitUntil: [] });
        return tab;
      },
      async clickToolbarButton() {
        throw new Error(
          "WebDriver cannot press Firefox's toolbar button (browser chrome), nor grant activeTab: see grantSite",
        );
      },
      async grantSite(origin) {
        // permissions.request must come from the person's input: a real click on a button
        // in an extension page asks for it, and the prompt is answered yes (the pref above).
        const page = helper;
        await page.evaluate((pattern) => {
          const ask = document.createElement('button');
          ask.textContent = `Allow ${pattern}`;
          ask.style.cssText = 'position:fixed;inset:0;width:100%;height:100%';
          ask.addEventListener('click', () => {
            browser.permissions.request({ origins: [pattern] }).then((granted) => {
              ask.dataset.granted = String(granted);
            });
          });
          document.body.append(ask);
        }, `${origin}/*`);
        await page.bringToFront();
        await page.mouse.click(10, 10);
        const granted = await until(
          () => page.evaluate(() => document.querySelector('button')?.dataset.granted ?? null),
          (answer) => answer !== null,
          `no answer to the permission for ${origin}`,
        );
        await page.evaluate(() => document.querySelector('button')?.remove());
        if (granted !== 'true') throw new Error(`Firefox refused the permission for ${origin}`);
      },
      panel: panelOf,
      // puppeteer-core's setViewport also sets the screen's orientation, which Firefox 140's BiDi lacks.
      async setViewport(page, viewport) {
        await connectionOf(page).send('browsingContext.setViewport', { context: contextOf(page), viewport });
      },
      loadUnreported: (url) => url.startsWith('moz-extension:'),
      async emulateMedia() {
        throw new Error("Firefox's WebDriver BiDi cannot emulate print media (puppeteer's emulateMediaType needs CDP)");
      },
    };
  } catch (error) {
    await firefox.close();
    throw error;
  }
}

/** A tab at an extension page that runs nothing. */
async function extensionPage(firefox: Browser, url: string): Promise<PuppeteerPage> {
  const tab = await firefox.newPage();
  // Firefox reports no load of moz-extension:// pages to WebDriver: wait for the document.
  await tab.goto(url, { waitUntil: [] });
  await until(
    () => tab.evaluate((want) => location.href === want && document.readyState === 'complete', url).catch(() => false),
    (done) => done,
    `${url} did not load`,
  );
  return tab;
}

// The panel over WebDriver BiDi: puppeteer-core speaks BiDi to Firefox but has no
// call for a closed shadow root, so the few commands that need one go over its
// BiDi connection directly.

interface BidiConnection {
  /** The whole answer: its result is the command's. */
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface Remote {
  type: string;
  value?: unknown;
  sharedId?: string;
}
interface BidiNode extends PanelNode {
  role: string;
  index: number;
}

const connectionOf = (page: PuppeteerPage) => (page.browser() as unknown as { connection: BidiConnection }).connection;
/** The page's BiDi browsing context (puppeteer-core keeps it as the main frame's id). */
const contextOf = (page: PuppeteerPage) => (page.mainFrame() as unknown as { _id: string })._id;

/**
 * Call `fn` in the page with the panel's region (role region, named Jobmark) and `args`,
 * or with null while there is no panel; the result must be JSON.
 */
async function inPanel<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  await page.query(
    [],
    String(() => 0),
  ); // Testing Library's queries are in the page
  const bidi = connectionOf(page.raw);
  const context = contextOf(page.raw);
  const { result: host } = (
    await bidi.send('script.evaluate', {
      expression: "document.querySelector('[data-jobmark]')",
      target: { context },
      awaitPromise: false,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    })
  ).result as { result: Remote };
  const shadow = host.type === 'node' ? (host.value as { shadowRoot?: Remote | null }).shadowRoot : null;
  const { result } = (
    await bidi.send('script.callFunction', {
      functionDeclaration: `(root, args) => {
      const region = root && globalThis.__jobmarkFind(root, [{ by: 'role', role: 'region', name: { text: 'Jobmark', exact: true } }])[0];
      return JSON.stringify((${fn})(region ?? null, ...JSON.parse(args)) ?? null);
    }`,
      arguments: [
        shadow?.sharedId ? { sharedId: shadow.sharedId } : { type: 'null' },
        { type: 'string', value: JSON.stringify(args) },
      ],
      target: { context },
      awaitPromise: true,
    })
  ).result as { result: Remote };
  if (result.type !== 'string') throw new Error(`The panel could not be read: ${JSON.stringify(result)}`);
  return JSON.parse(result.value as string) as T;
}

interface Queries {
  queryAllByRole(
    scope: Element,
    role: string,
    options: { name: (name: string, element: Element) => boolean },
  ): Element[];
}

/** The region's nodes of a role with their accessible names (Testing Library's, the ARIA rules). Runs in the page. */
function nodesIn(region: Element | null, role: string) {
  if (!region) return [];
  const queries = (globalThis as unknown as { TestingLibraryDom: Queries }).TestingLibraryDom;
  const focused = (region.getRootNode() as ShadowRoot).activeElement;
  // Testing Library asks for the name of hidden nodes too, before it leaves them out: the names
  // are kept by node, and the list is what the query returns, so that `index` is withNode's.
  const names = new Map<Element, string>();
  const found = queries.queryAllByRole(region, role, { name: (name, element) => names.set(element, name).size > 0 });
  return found.map((element, index) => ({ name: names.get(element) ?? '', focused: element === focused, role, index }));
}

/** The index-th node of a role in the region, scrolled into view, then `then` done with it. Runs in the page. */
function withNode(region: Element | null, role: string, index: number, then: 'centre' | 'focus') {
  const queries = (globalThis as unknown as { TestingLibraryDom: Queries }).TestingLibraryDom;
  const node = region && queries.queryAllByRole(region, role, { name: () => true })[index];
  if (!(node instanceof HTMLElement)) throw new Error(`The ${role} went away`);
  if (then === 'focus') {
    node.focus();
    return null;
  }
  node.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = node.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function panelOf(page: Page) {
  return panelView<BidiNode>(page, {
    nodes: (role) => inPanel<BidiNode[]>(page, String(nodesIn), role),
    text: () =>
      inPanel<string>(
        page,
        String((region: Element | null) => region?.textContent ?? ''),
      ),
    centre: (node) => inPanel(page, String(withNode), node.role, node.index, 'centre'),
    async focus(node) {
      await inPanel(page, String(withNode), node.role, node.index, 'focus');
    },
  });
}
