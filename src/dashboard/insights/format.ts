// How the insights' numbers read on screen and in the charts' words.
import type { Cell, Column } from '../../export/insights/table';

export const count = (n: number): string => n.toLocaleString('en-US');

/** A table cell as a person reads it: "42.5%", "3.5 days", "1,200"; an empty cell for no value. */
export function cellText(cell: Cell, column: Column | undefined): string {
  if (cell === null) return '—';
  if (typeof cell === 'string') return cell;
  const number = count(cell);
  return column?.unit === '%' ? `${number}%` : column?.unit === 'days' ? `${number} days` : number;
}

/** Long labels are shortened in the chart (the table beside it has them whole). */
export const shorten = (text: string, max = 28): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "5 Jan" from "2026-01-05"; "5 Jan 2026" with the year. */
export function dayName(day: string, withYear = false): string {
  const [year, month, date] = day.split('-');
  return `${Number(date)} ${MONTHS[Number(month) - 1]}${withYear ? ` ${year}` : ''}`;
}
