import { describe, expect, it } from 'vitest';
import { crossDigit } from './crossDigit.ts';
import { createRng } from './rng.ts';
import { inkBounds } from '../pipeline/geometry/inkBounds.ts';
import type { Ink } from '../pipeline/types.ts';

// A `0` as an octagon 60 wide and 100 tall, and a two-stroke `7` whose stem runs from
// (60, 0) down to (20, 100).
const zero: Ink = [
  [
    [30, 0],
    [55, 15],
    [60, 50],
    [55, 85],
    [30, 100],
    [5, 85],
    [0, 50],
    [5, 15],
    [30, 0],
  ],
];
const seven: Ink = [
  [
    [0, 0],
    [60, 0],
  ],
  [
    [60, 0],
    [20, 100],
  ],
];

describe('crossDigit', () => {
  it('slashes a 0 through the middle of its loop, reaching at most twice its height', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const out = crossDigit(zero, '0', createRng(seed));
      expect(out).toHaveLength(2);
      expect(out[0]).toEqual(zero[0]);
      const slash = out[1]!;
      const a = slash[0]!;
      const b = slash[slash.length - 1]!;
      // Its midpoint is near the loop's centre.
      expect(Math.abs((a[0] + b[0]) / 2 - 30)).toBeLessThan(8);
      expect(Math.abs((a[1] + b[1]) / 2 - 50)).toBeLessThan(12);
      // It is a steep line, not a bar: taller than it is wide.
      expect(Math.abs(a[1] - b[1])).toBeGreaterThan(Math.abs(a[0] - b[0]));
      // Inside the loop or past it, up to twice its height.
      const box = inkBounds(out);
      expect(box.h).toBeLessThanOrEqual(2 * 100 + 1);
    }
  });

  it('leans most slashes as `/` and some as `\\`', () => {
    let forward = 0;
    for (let seed = 1; seed <= 100; seed++) {
      const slash = crossDigit(zero, '0', createRng(seed))[1]!;
      const top = slash[slash.length - 1]!;
      const bottom = slash[0]!;
      if (top[0] > bottom[0]) forward++;
    }
    expect(forward).toBeGreaterThan(60);
    expect(forward).toBeLessThan(95);
  });

  it('crosses a 7 with a short, nearly flat bar across its stem at about mid-height', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const out = crossDigit(seven, '7', createRng(seed));
      expect(out).toHaveLength(3);
      const bar = out[2]!;
      const a = bar[0]!;
      const b = bar[bar.length - 1]!;
      const y = (a[1] + b[1]) / 2;
      expect(y).toBeGreaterThan(35);
      expect(y).toBeLessThan(67);
      expect(Math.abs(a[1] - b[1])).toBeLessThan(0.2 * Math.abs(b[0] - a[0]));
      // The stem at that height lies on the bar.
      const stemX = 60 - 0.4 * y;
      expect(Math.min(a[0], b[0])).toBeLessThan(stemX);
      expect(Math.max(a[0], b[0])).toBeGreaterThan(stemX);
      // Shorter than the 7 is wide.
      expect(Math.abs(b[0] - a[0])).toBeLessThan(60);
    }
  });

  it('leaves other digits, empty ink and a 7 with no stem at mid-height as they are', () => {
    expect(crossDigit(zero, '6', createRng(1))).toBe(zero);
    expect(crossDigit([], '0', createRng(1))).toEqual([]);
    const flat: Ink = [
      [
        [0, 0],
        [60, 0],
      ],
    ];
    expect(crossDigit(flat, '7', createRng(1))).toBe(flat);
  });

  it('draws the same mark for the same seed', () => {
    expect(crossDigit(zero, '0', createRng(4))).toEqual(crossDigit(zero, '0', createRng(4)));
  });
});
