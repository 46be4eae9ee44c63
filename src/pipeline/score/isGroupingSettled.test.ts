import { describe, expect, it } from 'vitest';
import { isGroupingSettled } from './isGroupingSettled.ts';
import { testCandidate } from './testCandidate.ts';

describe('isGroupingSettled', () => {
  it('wants every other grouping of the line a clear step worse', () => {
    const drawn = testCandidate([0, 0, 60, 100], { drawn: true });
    expect(isGroupingSettled(drawn, Infinity)).toBe(true);
    expect(isGroupingSettled(drawn, 3)).toBe(true);
    expect(isGroupingSettled(drawn, 0.7)).toBe(false);
    expect(isGroupingSettled(drawn, -2)).toBe(false);
    expect(isGroupingSettled(drawn, NaN)).toBe(false);
  });

  it('settles drawn symbols of any size, pictures only up to one symbol', () => {
    // Line height 100: a digit-sized blob, then one as wide as two digits, then a tall one.
    const sizes: [number, number, number, number][] = [
      [0, 0, 70, 110],
      [0, 0, 150, 100],
      [0, -60, 60, 160],
    ];
    expect(sizes.map((b) => isGroupingSettled(testCandidate(b, { drawn: true }), 5))).toEqual([
      true,
      true,
      true,
    ]);
    expect(sizes.map((b) => isGroupingSettled(testCandidate(b), 5))).toEqual([true, false, false]);
  });
});
