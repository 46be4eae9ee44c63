import { describe, expect, it } from 'vitest';
import type { Stroke } from '../types.ts';
import { isScratchShape } from './isScratchShape.ts';
import { scratchOut } from './scratchOut.ts';

/** A `1` 100 tall at x, and a `0` beside it. */
const one = (x: number): Stroke => [
  [x, 0],
  [x, 50],
  [x, 100],
];
const zero: Stroke = Array.from({ length: 33 }, (_, k): [number, number] => [
  150 + 25 * Math.cos((k / 32) * 2 * Math.PI),
  50 + 50 * Math.sin((k / 32) * 2 * Math.PI),
]);
/** A zig-zag across [x0, x1], working down from y0 to y1 in `passes` strokes. */
const zigzag = (x0: number, x1: number, y0: number, y1: number, passes: number): Stroke =>
  Array.from({ length: passes + 1 }, (_, k): [number, number] => [
    k % 2 ? x1 : x0,
    y0 + ((y1 - y0) * k) / passes,
  ]);

describe('scratchOut', () => {
  it('removes the strokes a zig-zag covers, and leaves those beside it', () => {
    expect(scratchOut(zigzag(-20, 20, -5, 105, 6), [one(0), zero])).toEqual([0]);
    expect(scratchOut(zigzag(-20, 190, -5, 105, 6), [one(0), zero])).toEqual([0, 1]);
  });

  it('is no scratch-out over nothing, or over a dot much smaller than itself', () => {
    expect(scratchOut(zigzag(-20, 20, -5, 105, 6), [])).toBeNull();
    expect(scratchOut(zigzag(300, 340, -5, 105, 6), [one(0)])).toBeNull();
    // An `8` drawn in straight strokes (a zig-zag of four turns) over a decimal point.
    const dot: Stroke = [
      [0, 100],
      [2, 101],
    ];
    expect(scratchOut(zigzag(-30, 30, 0, 110, 4), [dot])).toBeNull();
  });

  it('takes a `=` written as a `z`, a back-and-forth `-` and a dot scribbled round for ink', () => {
    expect(isScratchShape(zigzag(0, 60, 0, 20, 2))).toBe(false);
    const dash: Stroke = [
      [0, 50],
      [60, 51],
      [0, 50],
      [60, 51],
    ];
    expect(isScratchShape(dash)).toBe(false);
    const scribble: Stroke = Array.from({ length: 97 }, (_, k): [number, number] => [
      5 * Math.cos((k / 32) * 2 * Math.PI),
      5 * Math.sin((k / 32) * 2 * Math.PI),
    ]);
    expect(isScratchShape(scribble)).toBe(false);
    expect(scratchOut(scribble, [[[0, 0]]])).toBeNull();
  });
});
