import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Stroke } from '../types.ts';
import { isLoop } from './isLoop.ts';
import { rootStroke } from './rootStroke.ts';

describe('rootStroke', () => {
  it('names which way a bare root sign was drawn, and nothing for a `1`', () => {
    expect(
      rootStroke([
        [0, 60],
        [8, 100],
        [30, 0],
      ]),
    ).toBe('rises');
    expect(
      rootStroke([
        [30, 0],
        [24, 93],
        [10, 77],
        [0, 100],
      ]),
    ).toBe('descends');
    expect(
      rootStroke([
        [10, 0],
        [12, 100],
      ]),
    ).toBeNull();
  });

  it('answers for any stroke, and the same at any scale and position', () => {
    const point = fc.tuple(
      fc.integer({ min: -500, max: 500 }),
      fc.integer({ min: -500, max: 500 }),
    );
    fc.assert(
      fc.property(fc.array(point, { maxLength: 30 }), fc.integer({ min: 0, max: 3 }), (pts, j) => {
        // Powers of two scale every product exactly, so a threshold cannot flip on rounding.
        const k = 2 ** j;
        const stroke: Stroke = pts;
        const moved: Stroke = pts.map(([x, y]) => [x * k + 1000, y * k - 77]);
        expect(rootStroke(moved)).toBe(rootStroke(stroke));
        expect(isLoop(moved)).toBe(isLoop(stroke));
      }),
    );
  });
});
