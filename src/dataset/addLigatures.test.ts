import { describe, expect, it } from 'vitest';
import { addLigatures } from './addLigatures.ts';
import { createRng } from './rng.ts';
import { inkBounds } from '../pipeline/geometry/inkBounds.ts';
import type { Ink } from '../pipeline/types.ts';

// A two-stroke `4`, 100 tall: the open corner, then the stem.
const four: Ink = [
  [
    [20, 0],
    [0, 60],
    [60, 60],
  ],
  [
    [45, 20],
    [45, 100],
  ],
];

describe('addLigatures', () => {
  it('with p = 0 returns the strokes unchanged', () => {
    expect(addLigatures(four, createRng(1), 0)).toEqual(four);
  });

  it('with p = 1 leads into the first point from below left and trails off to the right of the last', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const out = addLigatures(four, createRng(seed), 1);
      expect(out).toHaveLength(2);
      const [first, second] = [out[0]!, out[1]!];
      // The original strokes are still there, in order, with the joins around them.
      expect(first.slice(first.length - 3)).toEqual(four[0]);
      expect(second.slice(0, 2)).toEqual(four[1]);
      const lead = first[0]!;
      expect(lead[0]).toBeLessThan(20);
      expect(lead[1]).toBeGreaterThan(0);
      const tail = second[second.length - 1]!;
      expect(tail[0]).toBeGreaterThan(45);
      // A join is a fraction of the symbol, not a second symbol.
      const b = inkBounds(out);
      expect(b.w).toBeLessThan(2 * 100);
      expect(b.h).toBeLessThan(2 * 100);
    }
  });

  it('leaves empty ink alone and drops empty strokes', () => {
    expect(addLigatures([], createRng(1), 1)).toEqual([]);
    expect(addLigatures([[]], createRng(1), 1)).toEqual([[]]);
    expect(addLigatures([[], ...four], createRng(1), 0)).toEqual(four);
  });
});
