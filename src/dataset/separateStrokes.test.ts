import { describe, expect, it } from 'vitest';
import { inkBounds } from '../pipeline/geometry/inkBounds.ts';
import { createRng } from './rng.ts';
import { separateStrokes } from './separateStrokes.ts';
import type { Ink } from '../pipeline/types.ts';

// An open-able `4`: the L, then the stem crossing its bar.
const four: Ink = [
  [
    [10, 0],
    [0, 60],
    [50, 60],
  ],
  [
    [35, 20],
    [35, 100, 7],
  ],
];

describe('separateStrokes', () => {
  it('leaves one-stroke ink alone', () => {
    const one: Ink = [
      [
        [0, 0],
        [0, 100],
      ],
    ];
    expect(separateStrokes(one, createRng(1))).toBe(one);
  });

  it('keeps the first stroke and moves the others together by the same offset', () => {
    for (let seed = 0; seed < 50; seed++) {
      const out = separateStrokes(four, createRng(seed));
      expect(out[0]).toEqual(four[0]);
      const dx = out[1]![0]![0] - four[1]![0]![0];
      const dy = out[1]![0]![1] - four[1]![0]![1];
      expect(out[1]![1]![0] - four[1]![1]![0]).toBeCloseTo(dx);
      expect(out[1]![1]![1] - four[1]![1]![1]).toBeCloseTo(dy);
      // The shift is 8-30 % of the larger side (100 here), either way; timestamps stay.
      expect(Math.abs(dx)).toBeGreaterThanOrEqual(8);
      expect(Math.abs(dx)).toBeLessThanOrEqual(30);
      expect(out[1]![1]![2]).toBe(7);
      expect(out[1]![0]).toHaveLength(2);
    }
  });

  it('opens the join of a 4 to the right about half the time', () => {
    let opened = 0;
    for (let seed = 0; seed < 200; seed++) {
      const out = separateStrokes(four, createRng(seed));
      const stem = inkBounds([out[1]!]);
      if (stem.x > 50) opened++; // the stem now stands right of the L's bar
    }
    expect(opened).toBeGreaterThan(30);
    expect(opened).toBeLessThan(120);
  });
});
