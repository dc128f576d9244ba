// The page panel as a person with a screen reader meets it: by the roles and names
// in the browser's accessibility tree. Its shadow root is closed, so no selector
// run in the page (Playwright's included) can see into it; the DevTools protocol
// can, as assistive tools can. Clicks are real mouse clicks at the control's place.
import type { CDPSession, Page } from 'playwright-core';

/** Like Playwright's getByRole names: a string matches case-insensitively anywhere in the name. */
export type Name = string | RegExp;

export interface PanelView {
  /** How many nodes of this role (and name) the panel holds now: 0 when there is no panel. */
  count(role: string, name?: Name): Promise<number>;
  /** The names of the panel's nodes of this role, in document order. */
  names(role: string): Promise<string[]>;
  /** The panel's text, as its elements hold it. */
  text(): Promise<string>;
  /** Click the control once it is there (waits up to ten seconds for it). */
  click(role: string, name: Name): Promise<void>;
  /** Move the keyboard focus to the control, as Tab would (waits up to ten seconds for it). */
  focus(role: string, name: Name): Promise<void>;
  /** The name of the panel's node of this role that has the keyboard focus, or null. */
  focused(role: string): Promise<string | null>;
}

interface AXNode {
  ignored: boolean;
  name?: { value?: string };
  backendDOMNodeId?: number;
  properties?: { name: string; value: { value?: unknown } }[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

const matches = (name: string, want?: Name) =>
  want === undefined || (typeof want === 'string' ? name.toLowerCase().includes(want.toLowerCase()) : want.test(name));

async function query(cdp: CDPSession, backendNodeId: number, role: string, accessibleName?: string) {
  const { nodes } = (await cdp.send('Accessibility.queryAXTree', { backendNodeId, role, accessibleName })) as {
    nodes: AXNode[];
  };
  return nodes.filter((n) => !n.ignored && n.backendDOMNodeId !== undefined);
}

/** The panel's region ('Jobmark'), or null while there is none. */
async function regionOf(cdp: CDPSession): Promise<number | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { backendNodeId: number } };
  const [region] = await query(cdp, root.backendNodeId, 'region', 'Jobmark');
  return region?.backendDOMNodeId ?? null;
}

async function find(page: Page, role: string, name?: Name): Promise<AXNode[]> {
  const cdp = await sessionOf(page);
  const region = await regionOf(cdp);
  if (region === null) return [];
  return (await query(cdp, region, role)).filter((n) => matches(n.name?.value ?? '', name));
}

/** The panel's node of this role and name, once it is there (up to ten seconds). */
async function waitFor(page: Page, role: string, name: Name): Promise<number> {
  const until = Date.now() + 10_000;
  let [node] = await find(page, role, name);
  while (!node) {
    if (Date.now() > until) throw new Error(`No ${role} named ${String(name)} in the Jobmark panel`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    [node] = await find(page, role, name);
  }
  return node.backendDOMNodeId as number;
}

export function panelOf(page: Page): PanelView {
  return {
    async count(role, name) {
      return (await find(page, role, name)).length;
    },
    async names(role) {
      return (await find(page, role)).map((n) => n.name?.value ?? '');
    },
    async text() {
      const cdp = await sessionOf(page);
      const region = await regionOf(cdp);
      if (region === null) return '';
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: region })) as {
        object: { objectId: string };
      };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { return this.textContent; }',
        returnByValue: true,
      })) as { result: { value: string } };
      return result.value;
    },
    async focus(role, name) {
      const cdp = await sessionOf(page);
      await cdp.send('DOM.focus', { backendNodeId: await waitFor(page, role, name) });
    },
    async focused(role) {
      const nodes = await find(page, role);
      const node = nodes.find((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true));
      return node ? (node.name?.value ?? '') : null;
    },
    async click(role, name) {
      const cdp = await sessionOf(page);
      const backendNodeId = await waitFor(page, role, name);
      await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
      const { quads } = (await cdp.send('DOM.getContentQuads', { backendNodeId })) as { quads: number[][] };
      const quad = quads[0];
      if (!quad) throw new Error(`The ${role} named ${String(name)} is not on screen`);
      const x = (quad[0]! + quad[2]! + quad[4]! + quad[6]!) / 4;
      const y = (quad[1]! + quad[3]! + quad[5]! + quad[7]!) / 4;
      await page.mouse.click(x, y);
    },
  };
}
