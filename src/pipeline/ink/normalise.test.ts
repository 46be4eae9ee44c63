import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise } from './normalise.ts';
import { rasterise } from './rasterise.ts';
import { MODEL_SIZE, type Ink, type ModelImage, type Raster } from '../types.ts';

const N = MODEL_SIZE;

/** Centre of mass in continuous pixel coordinates (pixel u covers [u, u + 1]). */
function centreOfMass(img: ModelImage): { x: number; y: number; mass: number } {
  let mass = 0;
  let sx = 0;
  let sy = 0;
  for (let v = 0; v < N; v++) {
    for (let u = 0; u < N; u++) {
      const m = img[v * N + u]!;
      mass += m;
      sx += m * (u + 0.5);
      sy += m * (v + 0.5);
    }
  }
  return { x: sx / mass, y: sy / mass, mass };
}

/** Bounding box (in whole pixels) of the output pixels at or above `level`. */
function inkExtent(img: ModelImage, level = 0.1): { w: number; h: number } {
  let x0 = N;
  let y0 = N;
  let x1 = -1;
  let y1 = -1;
  for (let v = 0; v < N; v++) {
    for (let u = 0; u < N; u++) {
      if (img[v * N + u]! < level) continue;
      x0 = Math.min(x0, u);
      x1 = Math.max(x1, u);
      y0 = Math.min(y0, v);
      y1 = Math.max(y1, v);
    }
  }
  return { w: x1 - x0 + 1, h: y1 - y0 + 1 };
}

const inUnit = (img: ModelImage): boolean =>
  img.every((v) => Number.isFinite(v) && v >= 0 && v <= 1);

// Random hand-writing-like strokes: a few polylines in a symbol-sized box.
const coord = fc.integer({ min: 0, max: 1000 }).map((v) => v / 10);
const strokeArb = fc.array(fc.tuple(coord, coord), { minLength: 2, maxLength: 7 });
const inkArb = fc.array(strokeArb, { minLength: 1, maxLength: 3 });

const one: Ink = [
  [
    [31, 0],
    [30, 50],
    [29, 100],
  ],
];
const minus: Ink = [
  [
    [0, 51],
    [22, 50],
    [44, 49],
  ],
];

describe('normalise', () => {
  it('returns 784 values in [0, 1] that peak at full ink', () => {
    const img = normalise(rasterise(one));
    expect(img).toBeInstanceOf(Float32Array);
    expect(img.length).toBe(784);
    expect(inUnit(img)).toBe(true);
    expect(Math.max(...img)).toBeCloseTo(1, 5);
  });

  it('returns zeros for an empty raster', () => {
    const blank: Raster = { width: 40, height: 30, data: new Float32Array(1200) };
    for (const r of [blank, { width: 0, height: 0, data: new Float32Array(0) }]) {
      const img = normalise(r);
      expect(img.length).toBe(784);
      expect(img.every((v) => v === 0)).toBe(true);
    }
  });

  it('returns zeros when only anti-aliasing dust (< 0.05) is present', () => {
    const data = new Float32Array(100).fill(0.01);
    const img = normalise({ width: 10, height: 10, data });
    expect(img.every((v) => v === 0)).toBe(true);
  });

  it('keeps a tall thin 1 thin and a - flat', () => {
    const i1 = normalise(rasterise(one));
    const e1 = inkExtent(i1);
    expect(e1.h).toBeGreaterThanOrEqual(19);
    expect(e1.h).toBeLessThanOrEqual(22);
    expect(e1.w).toBeLessThanOrEqual(6);

    const im = normalise(rasterise(minus));
    const em = inkExtent(im);
    expect(em.w).toBeGreaterThanOrEqual(19);
    expect(em.w).toBeLessThanOrEqual(22);
    expect(em.h).toBeLessThanOrEqual(6);
  });

  it('places a single pixel of ink at the centre', () => {
    const data = new Float32Array(9 * 9);
    data[4 * 9 + 4] = 1;
    const img = normalise({ width: 9, height: 9, data });
    const c = centreOfMass(img);
    expect(c.x).toBeCloseTo(14, 5);
    expect(c.y).toBeCloseTo(14, 5);
    expect(inUnit(img)).toBe(true);
  });

  it('scales a faint thin-pen bitmap up to full ink', () => {
    const data = new Float32Array(200 * 200);
    for (let y = 10; y < 190; y++) data[y * 200 + 100] = 0.6; // a 1-px grey line
    const img = normalise({ width: 200, height: 200, data });
    expect(Math.max(...img)).toBeCloseTo(1, 5);
    expect(inUnit(img)).toBe(true);
  });

  it('gives the longer side of the ink about 20 px (property)', () => {
    fc.assert(
      fc.property(inkArb, (ink) => {
        const img = normalise(rasterise(ink));
        const e = inkExtent(img);
        const longer = Math.max(e.w, e.h);
        expect(longer).toBeGreaterThanOrEqual(18.5);
        expect(longer).toBeLessThanOrEqual(21.5);
      }),
      { numRuns: 150 },
    );
  });

  it('outputs 784 values in [0, 1] with the centre of mass within 0.5 px of (14, 14) (property)', () => {
    fc.assert(
      fc.property(inkArb, (ink) => {
        const img = normalise(rasterise(ink));
        expect(img.length).toBe(784);
        expect(inUnit(img)).toBe(true);
        const c = centreOfMass(img);
        expect(c.mass).toBeGreaterThan(0);
        expect(Math.abs(c.x - 14)).toBeLessThanOrEqual(0.5);
        expect(Math.abs(c.y - 14)).toBeLessThanOrEqual(0.5);
      }),
      { numRuns: 150 },
    );
  });

  it('does not depend on the raster resolution (same ink at size 32 and 128)', () => {
    const ink: Ink = [
      [
        [4, 4],
        [62, 2],
        [28, 104],
      ],
    ];
    const a = normalise(rasterise(ink, { size: 32 }));
    const b = normalise(rasterise(ink, { size: 128 }));
    let diff = 0;
    for (let k = 0; k < 784; k++) diff += Math.abs(a[k]! - b[k]!);
    expect(diff / 784).toBeLessThan(0.05);
  });
});
