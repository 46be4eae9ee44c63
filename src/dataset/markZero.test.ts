import { describe, expect, it } from 'vitest';
import { inkBounds } from '../pipeline/geometry/inkBounds.ts';
import type { Ink, InkPoint } from '../pipeline/types.ts';
import { markZero, ZERO_MARKS } from './markZero.ts';
import { createRng } from './rng.ts';

// An oval zero 60 wide and 100 tall, centred on (30, 50).
const zero: Ink = [
  Array.from({ length: 24 }, (_, i): InkPoint => {
    const a = (2 * Math.PI * i) / 23;
    return [30 + 30 * Math.sin(a), 50 - 50 * Math.cos(a)];
  }),
];

describe('markZero', () => {
  it('adds one stroke and keeps the zero', () => {
    for (const mark of ZERO_MARKS) {
      const marked = markZero(zero, mark, createRng(3));
      expect(marked).toHaveLength(2);
      expect(marked[0]).toEqual(zero[0]);
    }
  });

  it('draws a vertical bar tall and narrow, a horizontal one wide and flat, a dot small, all near the middle', () => {
    for (let seed = 0; seed < 50; seed++) {
      const [v, h, d] = ZERO_MARKS.map((m) => inkBounds([markZero(zero, m, createRng(seed))[1]!]));
      expect(v!.h).toBeGreaterThan(4 * v!.w);
      expect(h!.w).toBeGreaterThan(4 * h!.h);
      expect(Math.max(d!.w, d!.h)).toBeLessThan(20);
      for (const b of [v!, h!, d!]) {
        expect(Math.abs(b.x + b.w / 2 - 30)).toBeLessThan(10);
        expect(Math.abs(b.y + b.h / 2 - 50)).toBeLessThan(12);
      }
    }
  });

  it('is deterministic for a seed and leaves empty ink alone', () => {
    expect(markZero(zero, 'dot', createRng(9))).toEqual(markZero(zero, 'dot', createRng(9)));
    expect(markZero([], 'vertical', createRng(1))).toEqual([]);
  });
});
