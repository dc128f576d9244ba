/**
 * A number as en-US writes it ("7", "10,000", "1,234.5"): the same text as n.toLocaleString('en-US').
 * Whole numbers are grouped here, without Intl: a page's first toLocaleString loads the browser's
 * number-formatting data, 10–50 ms measured in a fresh Chromium tab, and the page panel writes
 * counts ("3 requirements") on every posting it shows (issue 20). Anything else goes to Intl.
 */
export function groupedNumber(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let at = out.length; at < digits.length; at += 3) out += `,${digits.slice(at, at + 3)}`;
  return n < 0 ? `-${out}` : out;
}
