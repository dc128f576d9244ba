// The design's colours meet WCAG AA in light and dark: every text colour on every
// background it is used on, at 4.5:1; the focus ring and the borders of controls
// at 3:1 against the page (non-text contrast). And the CSS text carries the same
// tokens wherever it is used (the extension's pages and the page panel).
import { describe, expect, test } from 'vitest';
import { CORRECTIONS_CSS } from '../../src/content/panel-corrections';
import { HOST_CSS } from '../../src/content/panel-css';
import { DARK, designCss, LIGHT, type Palette } from '../../src/ui/design';
import { contrast } from '../contrast';

type Key = keyof Palette;
const texts: Key[] = ['text', 'muted', 'accent', 'danger', 'success', 'warning'];
const grounds: Key[] = ['bg', 'surface', 'raised', 'hover', 'selected', 'chip'];

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
] as const)('%s', (_, p) => {
  test.each(texts.flatMap((t) => grounds.map((g) => [t, g] as const)))('%s on %s reads at 4.5:1', (t, g) => {
    expect(contrast(p[t], p[g])).toBeGreaterThanOrEqual(4.5);
  });
  test('a filled button’s words read at 4.5:1', () => {
    expect(contrast(p.onPrimary, p.primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(p.onDanger, p.dangerFill)).toBeGreaterThanOrEqual(4.5);
  });
  test('the focus ring, the borders of controls and the bars of charts stand out at 3:1', () => {
    for (const g of ['bg', 'surface', 'raised'] as const) {
      expect(contrast(p.focus, p[g])).toBeGreaterThanOrEqual(3);
      expect(contrast(p.control, p[g])).toBeGreaterThanOrEqual(3);
      expect(contrast(p.chart, p[g])).toBeGreaterThanOrEqual(3);
    }
  });
});

test('the CSS sets every token for light and dark on the root it is given, in one layer', () => {
  for (const root of [':root', '.panel']) {
    const css = designCss(root);
    expect(css.startsWith('@layer design {')).toBe(true);
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)') as [string, string];
    expect(light).toContain(`${root} {`);
    expect(dark).toContain(`${root} {`);
    for (const [name, value] of Object.entries(LIGHT)) expect(light).toContain(`--jm-${kebab(name)}: ${value};`);
    for (const [name, value] of Object.entries(DARK)) expect(dark).toContain(`--jm-${kebab(name)}: ${value};`);
  }
});

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

test('the page panel carries the same design, and no colour of its own beside it', () => {
  const design = designCss('.panel');
  expect(HOST_CSS).toContain(design);
  // Set on the panel's own box: the page's rules for the host element cannot reach them.
  expect(HOST_CSS).not.toMatch(/:host[^{]*\{[^}]*--jm-/);
  for (const css of [HOST_CSS.replace(design, ''), CORRECTIONS_CSS]) expect(css).not.toMatch(/#[0-9a-f]{3,8}\b/i);
});
