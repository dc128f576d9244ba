import { describe, expect, it } from 'vitest';
import { groupedNumber } from '../../src/model/grouped-number';

describe('groupedNumber', () => {
  it('writes every number as en-US toLocaleString does', () => {
    const numbers = [
      0,
      -0,
      1,
      7,
      12,
      999,
      1000,
      1001,
      9999,
      10_000,
      65_000,
      123_456,
      999_999,
      1_000_000,
      12_345_678,
      Number.MAX_SAFE_INTEGER,
      -1,
      -999,
      -1000,
      -1_234_567,
      2 ** 53,
      1e21,
      1.5,
      12.25,
      1234.5678,
      -0.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    for (let n = 0; n < 20_000; n += 7) numbers.push(n, n * 1013, -n * 37);
    for (const n of numbers) expect(groupedNumber(n), String(n)).toBe(n.toLocaleString('en-US'));
  });
});
