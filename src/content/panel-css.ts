// The panel's styles, inside its shadow root: the page's CSS cannot reach in and
// these rules cannot reach out. `all: initial` on the host stops inherited page
// styles (font, colour, line height) at the border. Tokens and controls are the
// extension's one design (ui/design.ts), set on the panel's own box.
import { designCss } from '../ui/design';

export const HOST_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; }
:host([data-corner="bottom-right"]) { bottom: 16px; right: 16px; }
:host([data-corner="bottom-left"]) { bottom: 16px; left: 16px; }
:host([data-corner="top-left"]) { top: 16px; left: 16px; }
:host([data-corner="top-right"]) { top: 16px; right: 16px; }
${designCss('.panel')}
.panel {
  box-sizing: border-box; width: 300px; max-height: 70vh; overflow: auto; font-size: var(--jm-text-sm);
  border: 1px solid var(--jm-border); border-radius: var(--jm-radius-lg);
  box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: var(--jm-space-2) 10px;
}
header { display: flex; align-items: center; gap: var(--jm-space-1); }
header strong { flex: 1; font-size: var(--jm-text-md); }
header button { min-height: 26px; min-width: 26px; padding: 0 var(--jm-space-1); }
h2 { font-size: var(--jm-text-md); margin: 6px 0 2px; }
p { margin: 2px 0; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px var(--jm-space-2); margin: 6px 0; }
dt { color: var(--jm-muted); }
dd { margin: 0; }
button.save {
  display: block; width: 100%; height: 34px; white-space: nowrap; overflow: hidden; margin-top: 6px;
  background: var(--jm-primary); border-color: var(--jm-primary); color: var(--jm-on-primary); font-weight: 600;
}
button.save::after { content: attr(aria-label); }
button.save[aria-disabled="true"] {
  opacity: 1; background: transparent; color: var(--jm-success); border-color: var(--jm-success); cursor: default;
}
ul.legend { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 4px 10px; }
/* The colour as the page shows it (over white), not over a dark panel where the highlights' light tints all turn dark. */
.swatch {
  display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px;
  background: linear-gradient(var(--swatch), var(--swatch)), var(--jm-paper); box-shadow: 0 0 0 1px var(--jm-border);
}
.skills-swatch { border-bottom: 2px solid rgb(194, 65, 12); }
.collapsed .body { display: none; }
.collapsed { width: auto; }
`;
