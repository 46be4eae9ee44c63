import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inkBounds } from './inkBounds.ts';
import type { Ink } from '../types.ts';

const plain = (b: { x: number; y: number; w: number; h: number }) => ({
  x: b.x,
  y: b.y,
  w: b.w,
  h: b.h,
});

describe('inkBounds', () => {
  it('spans every point of every stroke', () => {
    const ink: Ink = [
      [
        [10, 20],
        [30, 5],
      ],
      [
        [-4, 40, 120],
        [12, 18, 130],
      ],
    ];
    expect(plain(inkBounds(ink))).toEqual({ x: -4, y: 5, w: 34, h: 35 });
  });

  it('only looks at the given stroke indexes', () => {
    const ink: Ink = [
      [[0, 0]],
      [
        [10, 10],
        [20, 30],
      ],
      [[100, 100]],
    ];
    expect(plain(inkBounds(ink, [1]))).toEqual({ x: 10, y: 10, w: 10, h: 20 });
    expect(plain(inkBounds(ink, [0, 2]))).toEqual({ x: 0, y: 0, w: 100, h: 100 });
  });

  it('gives a zero-size box at the point for a single point', () => {
    expect(plain(inkBounds([[[7, -3]]]))).toEqual({ x: 7, y: -3, w: 0, h: 0 });
  });

  it('gives an empty box at the origin for no ink, empty strokes or no indexes', () => {
    const empty = { x: 0, y: 0, w: 0, h: 0 };
    expect(plain(inkBounds([]))).toEqual(empty);
    expect(plain(inkBounds([[], []]))).toEqual(empty);
    expect(plain(inkBounds([[[5, 5]]], []))).toEqual(empty);
  });

  it('ignores empty strokes and indexes past the end', () => {
    const ink: Ink = [[], [[3, 4]], [], [[9, 1]]];
    expect(plain(inkBounds(ink))).toEqual({ x: 3, y: 1, w: 6, h: 3 });
    expect(plain(inkBounds(ink, [1, 3, 7]))).toEqual({ x: 3, y: 1, w: 6, h: 3 });
  });

  it('contains every point, and each edge touches one (property)', () => {
    // Integers (and eighths) keep the max − min arithmetic exact.
    const coord = fc.integer({ min: -80_000, max: 80_000 }).map((v) => v / 8);
    const point = fc.tuple(coord, coord);
    fc.assert(
      fc.property(
        fc.array(fc.array(point, { maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        (ink) => {
          const points = ink.flat();
          fc.pre(points.length > 0);
          const b = inkBounds(ink);
          expect(b.w).toBeGreaterThanOrEqual(0);
          expect(b.h).toBeGreaterThanOrEqual(0);
          for (const [x, y] of points) {
            expect(x).toBeGreaterThanOrEqual(b.x);
            expect(y).toBeGreaterThanOrEqual(b.y);
            expect(x).toBeLessThanOrEqual(b.x + b.w);
            expect(y).toBeLessThanOrEqual(b.y + b.h);
          }
          expect(Math.min(...points.map((p) => p[0]))).toBe(b.x);
          expect(Math.min(...points.map((p) => p[1]))).toBe(b.y);
          expect(Math.max(...points.map((p) => p[0]))).toBe(b.x + b.w);
          expect(Math.max(...points.map((p) => p[1]))).toBe(b.y + b.h);
        },
      ),
    );
  });
});
