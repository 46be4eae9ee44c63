import { describe, expect, it } from 'vitest';
import type { Stroke } from '../types.ts';
import { isLoop } from './isLoop.ts';

const ring = (gap: number): Stroke =>
  Array.from({ length: 40 }, (_, i) => {
    const a = (i / 39) * (2 * Math.PI - gap);
    return [50 + 30 * Math.sin(a), 50 - 45 * Math.cos(a)] as const;
  });

describe('isLoop', () => {
  it('holds for a `0` closed, overshot or left a little open', () => {
    expect(isLoop(ring(0))).toBe(true);
    expect(isLoop(ring(0.5))).toBe(true);
    expect(isLoop([...ring(0), [55, 10]])).toBe(true);
  });

  it('fails for a root sign, a `0` left half open, a line and a dot', () => {
    expect(
      isLoop([
        [0, 60],
        [10, 100],
        [30, 0],
        [200, 0],
      ]),
    ).toBe(false);
    expect(isLoop(ring(2.5))).toBe(false);
    expect(
      isLoop([
        [0, 0],
        [0, 100],
      ]),
    ).toBe(false);
    expect(
      isLoop([
        [5, 5],
        [5, 5],
        [5, 5],
      ]),
    ).toBe(false);
  });
});
