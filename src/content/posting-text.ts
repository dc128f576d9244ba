// A posting's facts as short text for the page panel.
import type { JobPosting } from '../model/posting';

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function describeSalary(posting: JobPosting): string | null {
  if (posting.salaryText) return posting.salaryText;
  const s = posting.salary;
  if (!s) return null;
  const amount = (n: number) => n.toLocaleString('en');
  const range = s.min === s.max ? amount(s.min) : `${amount(s.min)}–${amount(s.max)}`;
  return [s.currency, range, s.period ? `per ${s.period}` : null].filter(Boolean).join(' ');
}
