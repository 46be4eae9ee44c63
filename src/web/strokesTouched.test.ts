import { describe, expect, it } from 'vitest';
import type { Stroke } from '../pipeline/types.ts';
import { strokesTouched } from './strokesTouched.ts';

/** A vertical `1` from (x, 0) to (x, 100), sampled every 50 px. */
const one = (x: number): Stroke => [
  [x, 0],
  [x, 50],
  [x, 100],
];

describe('strokesTouched', () => {
  it('takes the strokes a path crosses between two of its samples', () => {
    // A fast drag sampled at 0 and 100 px passes over the 1 at x = 50, not over the one at 200.
    const path: Stroke = [
      [0, 25],
      [100, 75],
    ];
    expect(strokesTouched(path, [one(50), one(200)], 4)).toEqual([0]);
  });

  it('takes a stroke within reach of a point, and leaves one just beyond it', () => {
    const tap: Stroke = [[56, 60]];
    expect(strokesTouched(tap, [one(50)], 6)).toEqual([0]);
    expect(strokesTouched(tap, [one(50)], 5.9)).toEqual([]);
    // Past a stroke's end the distance is to that end.
    expect(strokesTouched([[50, 106]], [one(50)], 6)).toEqual([0]);
    expect(strokesTouched([[54, 105]], [one(50)], 6)).toEqual([]);
  });

  it('takes a dot, a stroke of one point, and every stroke along a long path', () => {
    const dot: Stroke = [[300, 50]];
    const path: Stroke = [
      [0, 50],
      [150, 52],
      [302, 48],
    ];
    expect(strokesTouched(path, [one(50), one(120), dot, one(400)], 3)).toEqual([0, 1, 2]);
  });

  it('takes nothing with no path or no ink', () => {
    expect(strokesTouched([], [one(0)], 10)).toEqual([]);
    expect(strokesTouched([[0, 0]], [], 10)).toEqual([]);
    expect(strokesTouched([[0, 0]], [[]], 10)).toEqual([]);
  });
});
