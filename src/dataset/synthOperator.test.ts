import { describe, expect, it } from 'vitest';
import type { Ink, InkPoint, Stroke } from '../pipeline/types.ts';
import { createRng } from './rng.ts';
import { OPERATOR_LABELS, synthOperator, type OperatorLabel } from './synthOperator.ts';

const SEEDS = 500;

function box(pts: readonly InkPoint[]) {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  return { x0, y0, w: Math.max(...xs) - x0, h: Math.max(...ys) - y0 };
}
const meanY = (s: Stroke): number => s.reduce((a, p) => a + p[1], 0) / s.length;
const meanX = (s: Stroke): number => s.reduce((a, p) => a + p[0], 0) / s.length;
const ends = (s: Stroke) => [s[0]!, s[s.length - 1]!] as const;

/** Where the chords (first→last point) of two strokes cross, if they do. */
function chordCrossing(s: Stroke, t: Stroke): readonly [number, number] | null {
  const [a, b] = ends(s);
  const [c, d] = ends(t);
  const r = [b[0] - a[0], b[1] - a[1]];
  const q = [d[0] - c[0], d[1] - c[1]];
  const den = r[0]! * q[1]! - r[1]! * q[0]!;
  if (den === 0) return null;
  const u = ((c[0] - a[0]) * q[1]! - (c[1] - a[1]) * q[0]!) / den;
  const v = ((c[0] - a[0]) * r[1]! - (c[1] - a[1]) * r[0]!) / den;
  return u >= 0 && u <= 1 && v >= 0 && v <= 1 ? [a[0] + u * r[0]!, a[1] + u * r[1]!] : null;
}
const chordAngle = (s: Stroke): number => {
  const [a, b] = ends(s);
  return (Math.abs(Math.atan2(b[1] - a[1], b[0] - a[0])) * 180) / Math.PI;
};

/** A `=` whose lower stroke starts at its top right, as a slide does, not at one end of a bar. */
function isSlidEquals(ink: Ink): boolean {
  const bottom = ink.reduce((a, s) => (meanY(s) > meanY(a) ? s : a));
  const b = box(bottom);
  const [first] = ends(bottom);
  return first[1] < b.y0 + b.h / 2 && first[0] > b.x0 + b.w / 2 && b.h > 0.2 * b.w;
}

function samples(label: OperatorLabel): Ink[] {
  return Array.from({ length: SEEDS }, (_, seed) => synthOperator(label, createRng(seed)));
}

describe('synthOperator', () => {
  it('is deterministic for a fixed seed', () => {
    for (const l of OPERATOR_LABELS) {
      expect(synthOperator(l, createRng(99))).toEqual(synthOperator(l, createRng(99)));
    }
    expect(synthOperator('+', createRng(1))).not.toEqual(synthOperator('+', createRng(2)));
  });

  it.each(OPERATOR_LABELS)('%s: non-empty strokes, finite coordinates, sane point counts', (l) => {
    // Collect problems instead of asserting per point: 500 inks × ~100 points is slow otherwise.
    const bad: string[] = [];
    samples(l).forEach((ink, seed) => {
      if (ink.length === 0) bad.push(`${seed}: no strokes`);
      for (const s of ink) {
        if (s.length === 0 || s.length > 63) bad.push(`${seed}: ${s.length} points`);
        if (!s.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])))
          bad.push(`${seed}: non-finite`);
      }
    });
    expect(bad).toEqual([]);
  });

  it('uses the expected number of strokes per label', () => {
    const counts: Record<OperatorLabel, readonly number[]> = {
      '+': [2],
      '×': [1, 2],
      '-': [1],
      '=': [2],
      '÷': [3],
      '(': [1],
      ')': [1],
    };
    for (const l of OPERATOR_LABELS) {
      const seen = new Set(samples(l).map((ink) => ink.length));
      for (const n of seen) expect(counts[l]).toContain(n);
    }
    // The one-stroke × exists but stays rare; a one-stroke + would read as 4.
    expect(samples('+').every((ink) => ink.length === 2)).toBe(true);
    const oneStroke = samples('×').filter((ink) => ink.length === 1).length;
    expect(oneStroke).toBeGreaterThan(0);
    expect(oneStroke).toBeLessThan(SEEDS * 0.1);
  });

  it('=: mostly two wide bars, one above the other, usually the top one first', () => {
    const wide = (bar: Stroke): boolean => box(bar).w > 2 * box(bar).h;
    const bars = samples('=').filter((ink) => ink.length === 2 && ink.every(wide));
    expect(bars.length).toBeGreaterThan(SEEDS * 0.75);
    let topFirst = 0;
    for (const [s, t] of bars as [Stroke, Stroke][]) {
      const sep = Math.abs(meanY(s) - meanY(t));
      expect(sep).toBeGreaterThan(0.05 * Math.max(box(s).w, box(t).w));
      if (meanY(s) < meanY(t)) topFirst++;
    }
    expect(topFirst / bars.length).toBeGreaterThan(0.8);
  });

  it('=: now and then a bottom bar slid in from the top right, down and out along the line', () => {
    const slid = samples('=').filter(isSlidEquals);
    expect(slid.length).toBeGreaterThan(SEEDS * 0.08);
    expect(slid.length).toBeLessThan(SEEDS * 0.25);
    // Out along the line after the slide: it ends right of its leftmost point.
    const out = slid.filter((ink) => {
      const bottom = ink.reduce((a, s) => (meanY(s) > meanY(a) ? s : a));
      const left = bottom.reduce((a, p) => (p[0] < a[0] ? p : a));
      return ends(bottom)[1][0] > left[0] + 0.1 * box(bottom).w;
    });
    expect(out.length).toBeGreaterThan(0.9 * slid.length);
  });

  it('+: a mostly vertical and a mostly horizontal bar crossing near the middle', () => {
    for (const ink of samples('+')) {
      const [s, t] = ink as [Stroke, Stroke];
      const angles = [chordAngle(s), chordAngle(t)]
        .map((a) => Math.min(a, 180 - a))
        .sort((a, b) => a - b);
      expect(angles[0]).toBeLessThan(25); // horizontal
      expect(angles[1]).toBeGreaterThan(65); // vertical
      const x = chordCrossing(s, t);
      expect(x).not.toBeNull();
      const b = box(ink.flat());
      expect((x![0] - b.x0) / b.w).toBeGreaterThan(0.15);
      expect((x![0] - b.x0) / b.w).toBeLessThan(0.85);
      expect((x![1] - b.y0) / b.h).toBeGreaterThan(0.15);
      expect((x![1] - b.y0) / b.h).toBeLessThan(0.85);
    }
  });

  it('×: two diagonals that cross, kept well away from the + orientation', () => {
    for (const ink of samples('×')) {
      if (ink.length !== 2) continue;
      const [s, t] = ink as [Stroke, Stroke];
      for (const a of [chordAngle(s), chordAngle(t)]) {
        const fromAxis = Math.min(a % 90, 90 - (a % 90));
        expect(fromAxis).toBeGreaterThan(15);
      }
      expect(chordCrossing(s, t)).not.toBeNull();
    }
  });

  it('-: one flat stroke, sometimes gone over again (back along itself, a gap apart)', () => {
    let retraced = 0;
    for (const ink of samples('-')) {
      expect(ink).toHaveLength(1);
      const b = box(ink.flat());
      expect(b.w).toBeGreaterThan(2 * b.h);
      // A return pass: after the stroke's furthest point along x it comes back ≥ 40 %.
      const s = ink[0]!;
      const xs = s.map((p) => p[0]);
      const right = xs[xs.length - 1]! > xs[0]! ? 1 : -1;
      const far = right > 0 ? Math.max(...xs) : Math.min(...xs);
      const end = xs[xs.length - 1]!;
      const firstFar = xs.indexOf(far);
      const after = xs.slice(firstFar);
      const back = right > 0 ? far - Math.min(...after) : Math.max(...after) - far;
      if (back > 0.4 * b.w || Math.abs(far - end) > 0.4 * b.w) retraced++;
    }
    expect(retraced).toBeGreaterThan(0.04 * SEEDS);
    expect(retraced).toBeLessThan(0.25 * SEEDS);
  });

  it('÷: a wide bar with one small dot above and one below', () => {
    let barFirst = 0;
    for (const ink of samples('÷')) {
      const sized = ink.map((s) => ({ s, b: box(s) }));
      const bar = sized.reduce((m, x) => (x.b.w > m.b.w ? x : m));
      const dots = sized.filter((x) => x !== bar);
      expect(bar.b.w).toBeGreaterThan(3 * bar.b.h);
      for (const d of dots) expect(Math.max(d.b.w, d.b.h)).toBeLessThan(0.3 * bar.b.w);
      const y = meanY(bar.s);
      const above = dots.filter((d) => meanY(d.s) < y).length;
      expect(above).toBe(1);
      if (ink[0] === bar.s) barFirst++;
    }
    // Mostly bar first, but dots-first orders do occur.
    expect(barFirst / SEEDS).toBeGreaterThan(0.4);
    expect(barFirst / SEEDS).toBeLessThan(0.9);
  });

  it.each(['(', ')'] as const)('%s: taller than wide, bulging the right way', (l) => {
    for (const ink of samples(l)) {
      const s = ink[0]!;
      const b = box(s);
      // Even a paren leaning 30° stays taller than wide.
      expect(b.h).toBeGreaterThan(1.05 * b.w);
      // Signed offset of all points from the top→bottom chord: positive means left.
      const [p, q] = ends(s);
      const [top, bottom] = p[1] < q[1] ? [p, q] : [q, p];
      const cx = bottom[0] - top[0];
      const cy = bottom[1] - top[1];
      const len = Math.hypot(cx, cy);
      const side =
        s.reduce((a, m) => a + (cx * (m[1] - top[1]) - cy * (m[0] - top[0])) / len, 0) / s.length;
      if (l === '(') expect(side).toBeGreaterThan(0);
      else expect(side).toBeLessThan(0);
      // And the middle of the stroke is off to that side of its ends.
      const mid = meanX(s.slice(Math.floor(s.length / 3), Math.ceil((2 * s.length) / 3)));
      if (l === '(') expect(mid).toBeLessThan(Math.max(p[0], q[0]));
      else expect(mid).toBeGreaterThan(Math.min(p[0], q[0]));
    }
  });
});
