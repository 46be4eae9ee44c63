import { describe, expect, it } from 'vitest';
import { segmentsCross } from './segmentsCross.ts';

describe('segmentsCross', () => {
  it('is true for an X and false for segments apart or parallel', () => {
    expect(segmentsCross([0, 0], [10, 10], [0, 10], [10, 0])).toBe(true);
    expect(segmentsCross([0, 0], [10, 0], [0, 5], [10, 5])).toBe(false);
    expect(segmentsCross([0, 0], [4, 4], [6, 0], [10, -4])).toBe(false);
  });

  it('does not count touching or collinear overlap as crossing', () => {
    expect(segmentsCross([0, 0], [10, 0], [5, 0], [5, 10])).toBe(false);
    expect(segmentsCross([0, 0], [10, 0], [5, 0], [15, 0])).toBe(false);
  });

  it('finds crossings at any scale, however small', () => {
    const k = 1e-160;
    expect(segmentsCross([0, 0], [10 * k, 10 * k], [0, 10 * k], [10 * k, 0])).toBe(true);
  });
});
