// Absolute dates only ("2024-04-19", "19 April 2024", "19.04.2024"); relative
// ones ("3 days ago") are not a date a person can cite. Month names: words/<lang>.ts.
import { currentWords } from './words';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function valid(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function month(word: string): number | undefined {
  const { MONTHS } = currentWords();
  const w = word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  return MONTHS[w] ?? MONTHS[w.slice(0, 5)] ?? MONTHS[w.slice(0, 4)] ?? MONTHS[w.slice(0, 3)];
}

/** YYYY-MM-DD from an absolute date as written, or null. */
export function isoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim().slice(0, 200);
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(t);
  if (m) return valid(+m[3]!, +m[2]!, +m[1]!);
  m = /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(t);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!);
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([\p{L}]{3,12})\.?,?\s+(\d{4})\b/u.exec(t);
  if (m) {
    const mo = month(m[2]!);
    if (mo) return valid(+m[3]!, mo, +m[1]!);
  }
  m = /\b([\p{L}]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u.exec(t);
  if (m) {
    const mo = month(m[1]!);
    if (mo) return valid(+m[3]!, mo, +m[2]!);
  }
  return null;
}
