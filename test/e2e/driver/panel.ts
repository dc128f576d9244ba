// Jobmark's page panel as a person with a screen reader meets it: by the roles
// and names of its controls. Its shadow root is closed, so no script of the page
// (nor a selector run in it) can see into it, on purpose; the automation
// protocols can, as assistive tools can: Chromium's accessibility tree over the
// DevTools protocol (chromium.ts), Firefox's shadow-tree serialisation over
// WebDriver BiDi (firefox.ts). Clicks are real mouse clicks at the control's place.
import type { Name } from './locator';
import type { Page } from './page';
import { until } from './wait';

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

/** A node of the panel, as a browser's protocol gives it. */
export interface PanelNode {
  name: string;
  focused: boolean;
}

/** What each browser's protocol must do for a PanelView; no panel means no nodes. */
export interface PanelAccess<N extends PanelNode> {
  /** The panel region's nodes of this role, in document order. */
  nodes(role: string): Promise<N[]>;
  /** The region's text, or '' when there is no panel. */
  text(): Promise<string>;
  /** The middle of the node on screen (scrolled into view), in the viewport's CSS pixels. */
  centre(node: N): Promise<{ x: number; y: number }>;
  focus(node: N): Promise<void>;
}

/** Like Playwright's names: a string matches case-insensitively anywhere in the name. */
export const nameMatches = (name: string, want?: Name): boolean =>
  want === undefined || (typeof want === 'string' ? name.toLowerCase().includes(want.toLowerCase()) : want.test(name));

export function panelView<N extends PanelNode>(page: Page, access: PanelAccess<N>): PanelView {
  const find = async (role: string, name?: Name) => (await access.nodes(role)).filter((n) => nameMatches(n.name, name));
  const waitFor = async (role: string, name: Name): Promise<N> => {
    const [node] = await until(
      () => find(role, name),
      (nodes) => nodes.length > 0,
      `No ${role} named ${String(name)} in the Jobmark panel`,
    );
    return node as N;
  };
  return {
    async count(role, name) {
      return (await find(role, name)).length;
    },
    async names(role) {
      return (await access.nodes(role)).map((n) => n.name);
    },
    text: () => access.text(),
    async click(role, name) {
      const { x, y } = await access.centre(await waitFor(role, name));
      await page.raw.mouse.click(x, y);
    },
    async focus(role, name) {
      await access.focus(await waitFor(role, name));
    },
    async focused(role) {
      const node = (await access.nodes(role)).find((n) => n.focused);
      return node ? node.name : null;
    },
  };
}
