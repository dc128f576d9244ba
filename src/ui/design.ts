// Jobmark's look in one place: the tokens (type scale, spacing, radii, colours
// for light and dark, the focus ring) and the styles of the controls every view
// shares (buttons, inputs, selects, checkboxes, chips, tables, cards). It is CSS
// text made here, not a .css file, because two kinds of document use it: the
// extension's own pages (popup, dashboard: installDesign) and the page panel,
// which lives in a closed shadow root on a stranger's page where no stylesheet of
// ours can reach and the page's own CSS must not (content/panel-css.ts). Sizes
// are in px, never rem: inside the panel a rem is the hostile page's.

/** The colours of one scheme. Every text colour meets WCAG AA (4.5:1) on bg, surface and raised (test/ui/design.test.ts). */
export interface Palette {
  bg: string;
  /** A slightly set-off area: a board column, a table's header, a secondary button. */
  surface: string;
  /** A card or dialog above the surface. */
  raised: string;
  hover: string;
  text: string;
  muted: string;
  border: string;
  /** Borders of controls: 3:1 against bg (WCAG non-text contrast). */
  control: string;
  /** Links and the accent in text. */
  accent: string;
  /** The primary button's fill and its text. */
  primary: string;
  onPrimary: string;
  danger: string;
  dangerFill: string;
  onDanger: string;
  success: string;
  warning: string;
  /** A selected row, a chip of a status. */
  selected: string;
  chip: string;
  focus: string;
  chart: string;
  chartMedian: string;
  /** A page as most are, white in either scheme: what the highlights' tints are shown over in the panel's legend. */
  paper: string;
}

export const LIGHT: Palette = {
  bg: '#ffffff',
  surface: '#f6f8fa',
  raised: '#ffffff',
  hover: '#eaeef2',
  text: '#1f2328',
  muted: '#59636e',
  border: '#d1d9e0',
  control: '#818b98',
  accent: '#0860ca',
  primary: '#0860ca',
  onPrimary: '#ffffff',
  danger: '#cf222e',
  dangerFill: '#cf222e',
  onDanger: '#ffffff',
  success: '#116329',
  warning: '#7d4e00',
  selected: '#ddf4ff',
  chip: '#eff2f5',
  focus: '#0969da',
  chart: '#2f6fdb',
  chartMedian: '#1f2328',
  paper: '#ffffff',
};

export const DARK: Palette = {
  bg: '#0d1117',
  surface: '#151b23',
  raised: '#1b222c',
  hover: '#262c36',
  text: '#e6edf3',
  muted: '#9198a1',
  border: '#3d444d',
  control: '#656c76',
  accent: '#4493f8',
  primary: '#1f6feb',
  onPrimary: '#ffffff',
  danger: '#ff7b72',
  dangerFill: '#b62324',
  onDanger: '#ffffff',
  success: '#3fb950',
  warning: '#d29922',
  selected: '#121d2f',
  chip: '#262c36',
  focus: '#58a6ff',
  chart: '#4493f8',
  chartMedian: '#ffffff',
  paper: '#ffffff',
};

/** Type scale (px), spacing (px), radii (px): the same in both schemes. */
export const SIZES = {
  'text-xs': 12,
  'text-sm': 13,
  'text-md': 14,
  'text-lg': 16,
  'text-xl': 20,
  'space-1': 4,
  'space-2': 8,
  'space-3': 12,
  'space-4': 16,
  'space-5': 24,
  'radius-sm': 4,
  'radius-md': 6,
  'radius-lg': 10,
  'control-height': 30,
} as const;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const colours = (p: Palette) =>
  Object.entries(p)
    .map(([k, v]) => `--jm-${kebab(k)}: ${v};`)
    .join(' ');
const sizes = Object.entries(SIZES)
  .map(([k, v]) => `--jm-${k}: ${v}px;`)
  .join(' ');

/**
 * The controls, the same wherever they are. Element selectors, states inside
 * :where() so they add no specificity: any class of a view's own file beats
 * them, and says only what differs.
 */
const CONTROLS = `
h1 { font-size: var(--jm-text-xl); line-height: 1.25; margin: 0 0 var(--jm-space-2); }
h2 { font-size: var(--jm-text-lg); line-height: 1.3; }
h3 { font-size: var(--jm-text-md); }
a { color: var(--jm-accent); }
:focus-visible { outline: 2px solid var(--jm-focus); outline-offset: 2px; }
/* A date field's focus is on its parts inside (day, month, year, the calendar button): the field itself may match neither :focus-visible nor :focus. */
input:where([type="date"], [type="datetime-local"], [type="month"], [type="week"], [type="time"]):focus-within {
  outline: 2px solid var(--jm-focus); outline-offset: 2px;
}
button, input, select, textarea { font: inherit; color: inherit; box-sizing: border-box; max-width: 100%; }
button, input[type="file"]::file-selector-button {
  display: inline-flex; align-items: center; justify-content: center; gap: var(--jm-space-1);
  min-height: var(--jm-control-height); padding: 3px var(--jm-space-3);
  border: 1px solid var(--jm-control); border-radius: var(--jm-radius-md);
  background: var(--jm-surface); color: var(--jm-text); font-weight: 500; line-height: 1.2; cursor: pointer;
}
input[type="file"]::file-selector-button { min-height: 0; padding-block: 5px; margin-inline-end: var(--jm-space-2); font: inherit; }
button:where(:hover:not(:disabled)), input[type="file"]::file-selector-button:hover { background: var(--jm-hover); }
button.primary { background: var(--jm-primary); border-color: var(--jm-primary); color: var(--jm-on-primary); font-weight: 600; }
button.primary:hover:not(:disabled) { background: var(--jm-primary); filter: brightness(1.08); }
button.danger { background: var(--jm-danger-fill); border-color: var(--jm-danger-fill); color: var(--jm-on-danger); }
button.danger:hover:not(:disabled) { background: var(--jm-danger-fill); filter: brightness(1.1); }
button:where(:disabled, [aria-disabled="true"]) { cursor: default; opacity: 0.65; }
button.link, button.sort {
  display: inline; min-height: 0; padding: 0; border: 0; border-radius: var(--jm-radius-sm);
  background: none; font-weight: inherit; text-align: start; line-height: inherit;
}
button.link { color: var(--jm-accent); text-decoration: underline; text-underline-offset: 2px; }
button.link:hover:not(:disabled), button.sort:hover:not(:disabled) { background: none; text-decoration-thickness: 2px; }
button.small { min-height: 24px; padding: 0 var(--jm-space-2); font-size: var(--jm-text-xs); }
input:where(:not([type="checkbox"], [type="radio"], [type="file"])), select, textarea {
  min-height: var(--jm-control-height); padding: 3px var(--jm-space-2);
  border: 1px solid var(--jm-control); border-radius: var(--jm-radius-md);
  background: var(--jm-bg); color: var(--jm-text);
}
textarea { line-height: 1.45; resize: vertical; }
select { padding-inline-end: var(--jm-space-1); }
::placeholder { color: var(--jm-muted); opacity: 1; }
input[type="checkbox"], input[type="radio"] { width: 16px; height: 16px; margin: 0; accent-color: var(--jm-primary); vertical-align: -3px; }
fieldset { border: 1px solid var(--jm-border); border-radius: var(--jm-radius-md); padding: var(--jm-space-2) var(--jm-space-3); margin: 0; min-width: 0; }
legend { padding: 0 var(--jm-space-1); font-size: var(--jm-text-xs); font-weight: 600; color: var(--jm-muted); }
.chip, .status {
  display: inline-block; padding: 1px var(--jm-space-2); border-radius: 999px;
  background: var(--jm-chip); color: var(--jm-text); font-size: var(--jm-text-xs); font-weight: 600; line-height: 1.5; white-space: nowrap;
}
table { border-collapse: collapse; }
th, td { text-align: start; padding: var(--jm-space-1) var(--jm-space-2); border-bottom: 1px solid var(--jm-border); vertical-align: top; }
thead th { font-size: var(--jm-text-sm); font-weight: 600; color: var(--jm-muted); background: var(--jm-bg); }
.card { background: var(--jm-raised); border: 1px solid var(--jm-border); border-radius: var(--jm-radius-md); padding: var(--jm-space-2); }
.hint { color: var(--jm-muted); font-size: var(--jm-text-sm); }
.error { color: var(--jm-danger); font-weight: 600; }
.saved { color: var(--jm-success); font-weight: 600; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; border: 0;
}
`;

/**
 * The whole design as CSS text, its tokens set on `root`: ':root' in the
 * extension's pages, the panel's own box inside its shadow root (set there, not
 * on :host, so the page's rules for the host element cannot change them). In
 * the "design" cascade layer, so the styles of each view (not layered) refine it
 * whatever their order or specificity.
 */
export function designCss(root: string): string {
  return `@layer design {
${root} { ${colours(LIGHT)} ${sizes} color-scheme: light;
  font-family: ${FONT}; font-size: var(--jm-text-md); line-height: 1.45; color: var(--jm-text); background: var(--jm-bg); }
@media (prefers-color-scheme: dark) { ${root} { ${colours(DARK)} color-scheme: dark; } }
/* Paper is white: a report printed from a dark screen is printed dark on light. */
@media print { ${root} { ${colours(LIGHT)} color-scheme: light; } }
${CONTROLS}}`;
}

/** The extension's pages: a constructed sheet, as their CSP allows no inline <style>. */
export function installDesign(doc: Document = document): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(designCss(':root'));
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
}
