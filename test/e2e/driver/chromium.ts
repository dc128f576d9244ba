// Debian's Chromium (or CHROME_PATH) with the built extension (dist/, or
// JOBMARK_DIST) loaded as a person's browser has it, driven by puppeteer-core over
// the DevTools protocol. What only Chromium does here: its service worker is the
// extension's context for tests, the protocol presses the toolbar button, and
// the panel is read from the accessibility tree.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type CDPSession, type Page as PuppeteerPage, type WebWorker } from 'puppeteer-core';
import { extensionLaunchOptions } from '../../../scripts/chromium.mjs';
import type { Backend, LaunchOptions } from './backend';
import type { Page } from './page';
import { type PanelNode, panelView } from './panel';
import { DIST } from './paths';
import { until } from './wait';

declare const chrome: { runtime?: { id?: string } };

export async function launchChromium(profile: string, launch: LaunchOptions = {}): Promise<Backend> {
  if (!existsSync(join(DIST, 'manifest.json')))
    throw new Error(`${DIST} is missing: run \`npm run build:chrome\` first.`);
  const options = extensionLaunchOptions(DIST);
  // Lets the DevTools protocol press the toolbar button (Extensions.triggerAction); tests only.
  options.args.push('--enable-unsafe-extension-debugging');
  // The system's scheme as a dark desktop sets it (Chromium has no switch for a light one: that is its default).
  if (launch.colorScheme === 'dark') options.args.push('--force-dark-mode');
  const browser = await puppeteer.launch({
    ...options,
    pipe: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 720 },
  });
  try {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 15_000 },
    );
    const extensionId = new URL(target.url()).host;
    const worker = (await target.worker()) as WebWorker;
    // The worker's context exists a moment before the extension API is bound in it.
    await until(
      () => worker.evaluate(() => typeof chrome !== 'undefined' && Boolean(chrome.runtime?.id)),
      (ready) => ready,
      'the service worker never got the extension API',
    );
    const downloads = mkdtempSync(join(tmpdir(), 'jobmark-downloads-'));
    // Set on a session of the browser's, for as long as that session lasts: it is kept open.
    const session = await browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });

    return {
      name: 'chromium',
      browser,
      extensionId,
      dist: DIST,
      downloads,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
      inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A) {
        return worker.evaluate(fn as (arg: unknown) => unknown, arg) as Promise<T>;
      },
      async waitForNewPage(action) {
        const before = new Set(browser.targets());
        await action();
        const target = await browser.waitForTarget((t) => t.type() === 'page' && !before.has(t));
        return (await target.page()) as PuppeteerPage;
      },
      async clickToolbarButton(tab) {
        const extension = (await browser.extensions()).get(extensionId);
        if (!extension) throw new Error('Jobmark is not installed');
        await extension.triggerAction(tab.raw);
      },
      async grantSite() {
        throw new Error('Chromium grants a site only from a person in its own dialog: use the toolbar button');
      },
      panel: panelOf,
      loadUnreported: () => false,
      emulateMedia: (page, media) => page.emulateMediaType(media),
      setViewport: (page, size) => page.setViewport(size),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

// The panel in Chromium's accessibility tree (Accessibility.queryAXTree), which
// holds the closed root's nodes as a screen reader gets them.

interface AXNode extends PanelNode {
  backendNodeId: number;
}
interface RawAXNode {
  ignored: boolean;
  name?: { value?: string };
  backendDOMNodeId?: number;
  properties?: { name: string; value: { value?: unknown } }[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
/**
 * The page's DevTools session, with the page shown: headless Chromium brings a
 * hidden tab's accessibility tree up to date only when it renders it again, which
 * it does not while the tab is hidden (a screen reader reads the tab in front too).
 * A tab already shown stays as it is: bringing it to the front again would close
 * the toolbar popup open over it.
 */
async function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.raw.createCDPSession();
    sessions.set(page, session);
  }
  const shown = await page.evaluate(() => document.visibilityState).catch(() => 'between documents');
  if (shown === 'hidden') await page.bringToFront();
  return session;
}

async function queryAX(cdp: CDPSession, backendNodeId: number, role: string, accessibleName?: string) {
  const { nodes } = (await cdp.send('Accessibility.queryAXTree', { backendNodeId, role, accessibleName })) as {
    nodes: RawAXNode[];
  };
  return nodes.filter((n) => !n.ignored && n.backendDOMNodeId !== undefined);
}

/** The panel's region ('Jobmark'), or null while there is none. */
async function regionOf(cdp: CDPSession): Promise<number | null> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const [region] = await queryAX(cdp, root.backendNodeId, 'region', 'Jobmark');
  return region?.backendDOMNodeId ?? null;
}

function panelOf(page: Page) {
  return panelView<AXNode>(page, {
    async nodes(role) {
      const cdp = await sessionOf(page);
      const region = await regionOf(cdp);
      if (region === null) return [];
      return (await queryAX(cdp, region, role)).map((n) => ({
        name: n.name?.value ?? '',
        focused: n.properties?.some((p) => p.name === 'focused' && p.value.value === true) ?? false,
        backendNodeId: n.backendDOMNodeId as number,
      }));
    },
    async text() {
      const cdp = await sessionOf(page);
      const region = await regionOf(cdp);
      if (region === null) return '';
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: region });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId as string,
        functionDeclaration: 'function () { return this.textContent; }',
        returnByValue: true,
      });
      return result.value as string;
    },
    async centre({ backendNodeId }) {
      const cdp = await sessionOf(page);
      await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
      const { quads } = await cdp.send('DOM.getContentQuads', { backendNodeId });
      const quad = quads[0];
      if (!quad) throw new Error('The control is not on screen');
      const [x1, y1, x2, y2, x3, y3, x4, y4] = quad as [number, number, number, number, number, number, number, number];
      return { x: (x1 + x2 + x3 + x4) / 4, y: (y1 + y2 + y3 + y4) / 4 };
    },
    async focus({ backendNodeId }) {
      await (await sessionOf(page)).send('DOM.focus', { backendNodeId });
    },
  });
}
