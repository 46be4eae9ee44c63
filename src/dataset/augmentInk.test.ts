import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ink, InkPoint } from '../pipeline/types.ts';
import { augmentInk } from './augmentInk.ts';
import { createRng } from './rng.ts';
import { synthOperator } from './synthOperator.ts';

const seven: Ink = [
  [
    [10, 10, 0],
    [30, 10, 10],
    [50, 11, 20],
    [60, 12, 30],
    [50, 30, 40],
    [40, 50, 50],
    [32, 70, 60],
    [28, 90, 70],
  ],
  [
    [25, 50, 200],
    [45, 50, 210],
    [60, 51, 220],
  ],
];

const finite = (ink: Ink): boolean =>
  ink.every((s) => s.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])));

function size(ink: Ink): number {
  const pts = ink.flat();
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

describe('augmentInk', () => {
  it('is deterministic and never mutates its input', () => {
    const before = JSON.stringify(seven);
    const a = augmentInk(seven, createRng(4));
    expect(JSON.stringify(seven)).toBe(before);
    expect(a).toEqual(augmentInk(seven, createRng(4)));
    expect(a).not.toBe(seven);
    expect(a[0]).not.toBe(seven[0]);
  });

  it('keeps stroke count, non-empty strokes, finite values and rough size over 500 seeds', () => {
    const bad: string[] = [];
    for (let seed = 0; seed < 500; seed++) {
      const src = seed % 2 === 0 ? seven : synthOperator('÷', createRng(seed));
      const out = augmentInk(src, createRng(seed));
      if (out.length !== src.length) bad.push(`${seed}: stroke count`);
      if (out.some((s) => s.length === 0)) bad.push(`${seed}: empty stroke`);
      if (!finite(out)) bad.push(`${seed}: non-finite`);
      const k = size(out) / size(src);
      if (k < 0.6 || k > 1.7) bad.push(`${seed}: size ×${k.toFixed(2)}`);
    }
    expect(bad).toEqual([]);
  });

  it('keeps timestamps in order when present', () => {
    for (let seed = 0; seed < 50; seed++) {
      for (const s of augmentInk(seven, createRng(seed))) {
        const ts = s.map((p) => p[2]);
        expect(ts.every((t) => typeof t === 'number')).toBe(true);
        for (let i = 1; i < ts.length; i++) expect(ts[i]!).toBeGreaterThanOrEqual(ts[i - 1]!);
      }
    }
  });

  it('is the identity (up to rounding) with every perturbation switched off', () => {
    const out = augmentInk(seven, createRng(1), {
      rotationDeg: 0,
      shear: 0,
      scale: [1, 1],
      warp: 0,
      jitter: 0,
      resample: 0,
      dropTail: 0,
    });
    expect(out.length).toBe(seven.length);
    out.forEach((s, i) => {
      const src = seven[i]!;
      expect(s.length).toBe(src.length);
      s.forEach((p, j) => {
        expect(p[0]).toBeCloseTo(src[j]![0], 9);
        expect(p[1]).toBeCloseTo(src[j]![1], 9);
        expect(p[2]).toBe(src[j]![2]);
      });
    });
  });

  it('handles degenerate ink: empty, a single dot, coincident points', () => {
    expect(augmentInk([], createRng(1))).toEqual([]);
    const dot = augmentInk([[[5, 5]]], createRng(2));
    expect(dot.length).toBe(1);
    expect(dot[0]!.length).toBe(1);
    expect(finite(dot)).toBe(true);
    const same = augmentInk([Array.from({ length: 8 }, (): InkPoint => [3, 3])], createRng(3));
    expect(finite(same)).toBe(true);
  });

  it('never produces NaN for arbitrary finite ink (property)', () => {
    const point = fc.tuple(
      fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    );
    const ink = fc.array(fc.array(point, { minLength: 1, maxLength: 30 }), { maxLength: 6 });
    fc.assert(
      fc.property(ink, fc.integer(), (strokes, seed) => {
        const out = augmentInk(strokes, createRng(seed));
        return out.length === strokes.length && out.every((s) => s.length > 0) && finite(out);
      }),
      { numRuns: 500 },
    );
  });
});
