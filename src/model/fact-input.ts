// What a person types into a fact's field, as the fact's value: lists separated
// by ";", amounts with spaces or commas, a salary from its four fields. One
// reading for every form that corrects facts (the popup, the job view, the page panel).
import type { Salary, SalaryPeriod } from './posting';

export const splitList = (text: string): string[] => text.split(';').map((s) => s.trim());

/** An amount as typed ("120,000", "120 000"); null for an empty field, NaN for no number. */
export const amount = (text: string): number | null => (text.trim() === '' ? null : Number(text.replace(/[\s,]/g, '')));

export interface SalaryFields {
  min: string;
  max: string;
  currency: string;
  period: string;
}

/** The salary the four fields give: none when both amounts are empty, or why they give none. */
export function salaryOf(d: SalaryFields): { salary: Salary | null } | { problem: string } {
  const [lo, hi] = [amount(d.min), amount(d.max)];
  if (lo === null && hi === null) return { salary: null };
  if (lo === null) return { problem: 'Give the salary’s minimum (the same as its maximum for one figure).' };
  return {
    salary: {
      min: lo,
      max: hi,
      currency: d.currency.trim() || null,
      period: (d.period || null) as SalaryPeriod | null,
    },
  };
}
