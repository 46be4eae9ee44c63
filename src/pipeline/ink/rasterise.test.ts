import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rasterise } from './rasterise.ts';
import type { Ink, Raster, Stroke } from '../types.ts';

const scaleInk = (ink: Ink, k: number, dx = 0, dy = 0): Ink =>
  ink.map((s) => s.map(([x, y]) => [x * k + dx, y * k + dy] as const));

/** Pixels at or above `level`: their bounding box in raster pixels (inclusive). */
function extent(r: Raster, level = 0.5): { x0: number; y0: number; x1: number; y1: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) {
      if (r.data[y * r.width + x]! < level) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  }
  return { x0, y0, x1, y1 };
}

/** Inked pixels (≥ 0.5) in one column. */
const columnInk = (r: Raster, x: number): number => {
  let n = 0;
  for (let y = 0; y < r.height; y++) if (r.data[y * r.width + x]! >= 0.5) n++;
  return n;
};

const finiteInUnit = (r: Raster): boolean =>
  r.data.every((v) => Number.isFinite(v) && v >= 0 && v <= 1);

// A hand-written-looking 7 with a crossbar, about 60 × 100 units.
const seven: Ink = [
  [
    [4, 4],
    [62, 2],
    [46, 40],
    [28, 104],
  ],
  [
    [22, 54],
    [58, 52],
  ],
];

describe('rasterise', () => {
  it('gives the longer side `size` pixels plus a pen margin on each side', () => {
    const r = rasterise(seven);
    // ink spans 58 × 102 units → 64 px tall; the margin holds the pen's radius.
    const penRadius = (0.11 * 64) / 2;
    const margin = Math.ceil(penRadius) + 1;
    expect(r.height).toBe(64 + 2 * margin);
    expect(r.data.length).toBe(r.width * r.height);
    expect(finiteInUnit(r)).toBe(true);
    const e = extent(r, 0.01);
    expect(e.y0).toBeGreaterThan(0);
    expect(e.x0).toBeGreaterThan(0);
    expect(e.y1).toBeLessThan(r.height - 1);
    expect(e.x1).toBeLessThan(r.width - 1);
  });

  it('keeps the aspect ratio of the ink', () => {
    const box: Stroke = [
      [0, 0],
      [200, 0],
      [200, 50],
      [0, 50],
      [0, 0],
    ];
    const r = rasterise([box], { size: 80, penRatio: 0.02 });
    const e = extent(r);
    const w = e.x1 - e.x0 + 1;
    const h = e.y1 - e.y0 + 1;
    expect(w).toBeGreaterThanOrEqual(80);
    expect(w).toBeLessThanOrEqual(84);
    expect(w / h).toBeGreaterThan(3.5);
    expect(w / h).toBeLessThan(4.2);

    const tall = rasterise([box.map(([x, y]) => [y, x] as const)], { size: 80, penRatio: 0.02 });
    expect(tall.width).toBe(r.height);
    expect(tall.height).toBe(r.width);
  });

  it('does not depend on the units or position of the ink (×1 vs ×37.5, shifted)', () => {
    const a = rasterise(seven);
    const b = rasterise(scaleInk(seven, 37.5, 12_345, -678));
    expect(b.width).toBe(a.width);
    expect(b.height).toBe(a.height);
    for (let k = 0; k < a.data.length; k++) expect(b.data[k]).toBeCloseTo(a.data[k]!, 4);
  });

  it('gives the same raster at any scale within a pixel of size (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1000, noNaN: true }), (k) => {
        const a = rasterise(seven);
        const b = rasterise(scaleInk(seven, k));
        expect(Math.abs(b.width - a.width)).toBeLessThanOrEqual(1);
        expect(Math.abs(b.height - a.height)).toBeLessThanOrEqual(1);
        const w = Math.min(a.width, b.width);
        const h = Math.min(a.height, b.height);
        for (let y = 0; y < h; y++)
          for (let x = 0; x < w; x++)
            expect(Math.abs(b.data[y * b.width + x]! - a.data[y * a.width + x]!)).toBeLessThan(
              1e-3,
            );
      }),
      { numRuns: 40 },
    );
  });

  it('renders a single point as a dot, without NaN', () => {
    for (const ink of [[[[5, 5]]], [[[1e6, -3e5, 17]]]] as Ink[]) {
      const r = rasterise(ink);
      expect(r.width).toBeGreaterThan(0);
      expect(r.height).toBeGreaterThan(0);
      expect(finiteInUnit(r)).toBe(true);
      expect(Math.max(...r.data)).toBeGreaterThan(0);
    }
  });

  it('renders a zero-length stroke (repeated point) like a single point', () => {
    const dot = rasterise([[[3, 4]]]);
    const still = rasterise([
      [
        [3, 4],
        [3, 4],
        [3, 4],
      ],
    ]);
    expect(finiteInUnit(still)).toBe(true);
    expect(still.width).toBe(dot.width);
    expect(still.height).toBe(dot.height);
    expect(Array.from(still.data)).toEqual(Array.from(dot.data));
  });

  it('draws a dot of a multi-stroke symbol at the pen size of the symbol', () => {
    // ÷: bar plus two one-point dots; the dots must be as heavy as the bar is thick.
    const r = rasterise([
      [
        [0, 50],
        [70, 50],
      ],
      [[35, 20]],
      [[35, 80]],
    ]);
    expect(finiteInUnit(r)).toBe(true);
    const col = Math.round(((35 - 0) / 70) * 64) + Math.ceil((0.11 * 64) / 2) + 1;
    // The column through the dots crosses bar and both dots: three runs of pen-width ink.
    expect(columnInk(r, col)).toBeGreaterThanOrEqual(3 * 5);
  });

  it('scales the pen with the symbol: the same stroke width relative to the symbol at any size', () => {
    const line = (len: number): Ink => [
      [
        [0, 0],
        [len, 0],
      ],
      [
        [0, len / 2],
        [len, len / 2],
      ],
    ];
    const small = rasterise(line(10));
    const large = rasterise(line(5000));
    const mid = Math.floor(small.width / 2);
    // Two bars, each 0.11 × 64 ≈ 7 px thick, whatever the units.
    expect(columnInk(small, mid)).toBe(columnInk(large, mid));
    expect(columnInk(small, mid) / 2).toBeGreaterThanOrEqual(6);
    expect(columnInk(small, mid) / 2).toBeLessThanOrEqual(8);
    // A larger pen ratio gives a proportionally thicker stroke.
    const thick = rasterise(line(10), { penRatio: 0.22 });
    const t = columnInk(thick, Math.floor(thick.width / 2)) / 2;
    expect(t).toBeGreaterThanOrEqual(13);
    expect(t).toBeLessThanOrEqual(16);
  });

  it('honours the size option', () => {
    const r = rasterise(seven, { size: 28 });
    const margin = Math.ceil((0.11 * 28) / 2) + 1;
    // 102 × (28 / 102) is 28.000000000000004 in floating point, so ceil() may add one
    // blank row; what matters is that the ink itself spans 28 px.
    expect(r.height - 2 * margin).toBeGreaterThanOrEqual(28);
    expect(r.height - 2 * margin).toBeLessThanOrEqual(29);
    const e = extent(r, 0.01);
    expect(e.y1 - e.y0 + 1).toBeGreaterThanOrEqual(28);
    expect(e.y1 - e.y0 + 1).toBeLessThanOrEqual(28 + 2 * margin);
  });

  it('skips empty strokes', () => {
    const a = rasterise(seven);
    const b = rasterise([[], seven[0]!, [], seven[1]!]);
    expect(b.width).toBe(a.width);
    expect(Array.from(b.data)).toEqual(Array.from(a.data));
  });

  it('returns a tiny blank raster for no ink', () => {
    for (const ink of [[], [[]]] as Ink[]) {
      const r = rasterise(ink);
      expect(r.width * r.height).toBe(r.data.length);
      expect(r.data.every((v) => v === 0)).toBe(true);
    }
  });

  it('always yields coverage in [0, 1] and ink for any non-empty strokes (property)', () => {
    const coord = fc.double({ min: -1e5, max: 1e5, noNaN: true });
    const stroke = fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(stroke, { minLength: 1, maxLength: 4 }), (ink) => {
        const r = rasterise(ink, { size: 32 });
        expect(finiteInUnit(r)).toBe(true);
        expect(Math.max(r.width, r.height)).toBeLessThanOrEqual(32 + 2 * 4);
        expect(Math.max(...r.data)).toBeGreaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});
