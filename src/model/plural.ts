import { groupedNumber } from './grouped-number';

/** "1 job", "2 jobs", "10,000 jobs": counts as a person writes them. */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${groupedNumber(n)} ${n === 1 ? one : many}`;
