// The panel's styles, inside its shadow root: the page's CSS cannot reach in and
// these rules cannot reach out. `all: initial` on the host stops inherited page
// styles (font, colour, line height) at the border.
export const HOST_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; }
:host([data-corner="bottom-right"]) { bottom: 16px; right: 16px; }
:host([data-corner="bottom-left"]) { bottom: 16px; left: 16px; }
:host([data-corner="top-left"]) { top: 16px; left: 16px; }
:host([data-corner="top-right"]) { top: 16px; right: 16px; }
.panel {
  box-sizing: border-box; width: 300px; max-height: 70vh; overflow: auto;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f2328; background: #fff; border: 1px solid #d0d7de; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 8px 10px;
}
@media (prefers-color-scheme: dark) {
  .panel { color: #e6edf3; background: #161b22; border-color: #30363d; }
}
header { display: flex; align-items: center; gap: 6px; }
header strong { flex: 1; font-size: 13px; }
h2 { font-size: 14px; margin: 6px 0 2px; }
p { margin: 2px 0; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 6px 0; }
dt { opacity: .75; }
dd { margin: 0; }
button {
  font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #8c959f;
  background: transparent; color: inherit; padding: 2px 8px;
}
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
button.save { display: block; width: 100%; height: 32px; white-space: nowrap; overflow: hidden; margin-top: 6px; padding: 6px; background: #1f883d; border-color: #1f883d; color: #fff; font-weight: 600; }
button.save::after { content: attr(aria-label); }
button.save[aria-disabled="true"] { background: transparent; color: inherit; border-color: #1f883d; cursor: default; }
ul.legend { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 4px 10px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
.skills-swatch { border-bottom: 2px solid rgb(194, 65, 12); }
.error { color: #cf222e; font-weight: 600; }
.collapsed .body { display: none; }
.collapsed { width: auto; }
`;
