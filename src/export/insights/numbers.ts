// The arithmetic the charts share: counts, shares, days and the middle of a spread.

export const DAY_MS = 86_400_000;

/** A share as a percentage with one decimal: 1/3 is 33.3. Zero of zero is 0, not NaN. */
export const percent = (part: number, whole: number): number => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

/** Days with one decimal. */
export const daysOf = (ms: number): number => Math.round((ms / DAY_MS) * 10) / 10;

/** The value at quantile q (0–1) of numbers sorted ascending, interpolated between neighbours; null for none. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (!sorted.length) return null;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export const median = (values: readonly number[]): number | null =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** How many of `items` fall under each of `keys` (an item may fall under several, or none). */
export function tally<K, T>(keys: readonly K[], items: readonly T[], keysOf: (item: T) => Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>(keys.map((k) => [k, 0]));
  for (const item of items) for (const key of keysOf(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** A count of jobs under a key, and its percentage of the whole the chart is about. */
export interface Counted<K> {
  key: K;
  jobs: number;
  share: number;
}

/** Each key's count and its share of `whole`, in the keys' order. */
export const counted = <K>(keys: readonly K[], counts: Map<K, number>, whole: number): Counted<K>[] =>
  keys.map((key) => ({ key, jobs: counts.get(key) ?? 0, share: percent(counts.get(key) ?? 0, whole) }));
