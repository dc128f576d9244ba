// WCAG 2 contrast, for the tests of the design (test/ui/design.test.ts) and of
// what a browser really paints (test/e2e/design.test.ts).

/** [r, g, b, alpha] of "#rrggbb", "rgb(r, g, b)" or "rgba(r, g, b, a)". */
export function parseColour(colour: string): [number, number, number, number] {
  if (colour.startsWith('#')) {
    const n = Number.parseInt(colour.slice(1, 7), 16);
    return [n >> 16, (n >> 8) & 255, n & 255, 1];
  }
  const parts = colour.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) throw new Error(`Not a colour: ${colour}`);
  const [r, g, b, a = 1] = parts as [number, number, number, number?];
  return [r, g, b, a];
}

/** `top` painted over the opaque `under`: what the eye sees. */
export function over(top: string, under: [number, number, number, number]): [number, number, number, number] {
  const [r, g, b, a] = parseColour(top);
  return [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a), 1];
}

const channel = (v: number) => {
  const c = v / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: readonly number[]) =>
  0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0);

/** The contrast ratio of two colours (strings, or opaque [r, g, b, a] as `over` gives). */
export function contrast(a: string | readonly number[], b: string | readonly number[]): number {
  const [x, y] = [a, b].map((c) => luminance(typeof c === 'string' ? parseColour(c) : c)) as [number, number];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
