import { describe, expect, it } from 'vitest';
import type { Stroke } from '../pipeline/types.ts';
import { changedInk } from './changedInk.ts';

const stroke = (x: number, y: number): Stroke => [
  [x, y],
  [x + 4, y + 10],
  [x + 2, y + 20],
];

describe('changedInk', () => {
  it('boxes the strokes drawn and the strokes undone, by identity', () => {
    const [a, b, c] = [stroke(0, 0), stroke(10, 50), stroke(20, 100)];
    expect(changedInk([a, b], [a, b, c])).toEqual([[20, 100, 4, 20]]);
    expect(changedInk([a, b], [a])).toEqual([[10, 50, 4, 20]]);
    // The same points drawn again are a new stroke.
    expect(changedInk([a], [stroke(0, 0)])).toHaveLength(2);
    expect(changedInk([a, b], [a, b])).toEqual([]);
  });
});
