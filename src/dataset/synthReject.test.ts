import { describe, expect, it } from 'vitest';
import type { Pt } from './synthOperator.ts';
import { createRng } from './rng.ts';
import { selfCrossings, synthReject, turning } from './synthReject.ts';

const inks = Array.from({ length: 500 }, (_, seed) => synthReject(createRng(seed)));

describe('synthReject', () => {
  it('is deterministic for a fixed seed', () => {
    expect(synthReject(createRng(17))).toEqual(synthReject(createRng(17)));
    expect(synthReject(createRng(17))).not.toEqual(synthReject(createRng(18)));
  });

  it('gives 1–6 non-empty strokes with finite coordinates', () => {
    const bad: string[] = [];
    inks.forEach((ink, seed) => {
      if (ink.length < 1 || ink.length > 6) bad.push(`${seed}: ${ink.length} strokes`);
      for (const s of ink) {
        if (s.length === 0) bad.push(`${seed}: empty stroke`);
        if (!s.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])))
          bad.push(`${seed}: non-finite`);
      }
    });
    expect(bad).toEqual([]);
  });

  it('never produces a single nearly straight stroke (a 1 or a minus)', () => {
    for (const ink of inks) {
      if (ink.length !== 1) continue;
      const s = ink[0]!;
      expect(s.length).toBeGreaterThanOrEqual(3);
      const a = s[0]!;
      const b = s[s.length - 1]!;
      const xs = s.map((p) => p[0]);
      const ys = s.map((p) => p[1]);
      const diag = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      // Farthest point from the end-to-end chord (or from the start, for closed shapes).
      const off = Math.max(
        ...s.map((p) =>
          len > 1e-9
            ? Math.abs((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) / len
            : Math.hypot(p[0] - a[0], p[1] - a[1]),
        ),
      );
      expect(off / diag).toBeGreaterThan(0.15);
    }
  });

  it('mixes several kinds (single and multi-stroke)', () => {
    const counts = new Set(inks.map((ink) => ink.length));
    expect(counts.has(1)).toBe(true);
    expect([...counts].some((n) => n >= 3)).toBe(true);
    // Plenty of long scribbles; lone ticks are no longer generated (too close to a
    // hooked `-`), so no reject is a single short stroke.
    const sizes = inks.map((ink) => ink.reduce((a, s) => a + s.length, 0));
    expect(inks.filter((ink) => ink.length === 1 && sizes[inks.indexOf(ink)]! <= 6)).toEqual([]);
    expect(sizes.filter((n) => n >= 30).length).toBeGreaterThan(200);
  });
});

describe('turning', () => {
  it('is zero for a straight line and about 2π without flips for a circle', () => {
    const line: Pt[] = Array.from({ length: 10 }, (_, i) => [i, 2 * i]);
    expect(turning(line)).toEqual({ total: 0, flips: 0 });
    const circle: Pt[] = Array.from({ length: 41 }, (_, i) => [
      Math.cos((i / 40) * 2 * Math.PI),
      Math.sin((i / 40) * 2 * Math.PI),
    ]);
    const t = turning(circle);
    expect(t.total).toBeCloseTo(2 * Math.PI * (39 / 40), 5);
    expect(t.flips).toBe(0);
  });

  it('counts direction flips of a zig-zag', () => {
    const zig: Pt[] = Array.from({ length: 8 }, (_, i) => [i, i % 2]);
    expect(turning(zig).flips).toBe(5);
  });
});

describe('selfCrossings', () => {
  it('counts the crossings of a figure eight and none for an arc', () => {
    // Crosses itself at the origin (a = π and a = 2π), where no sample lies; not closed.
    const eight: Pt[] = Array.from({ length: 60 }, (_, i) => {
      const a = 0.3 + (i / 60) * 2 * Math.PI;
      return [Math.sin(2 * a), Math.sin(a)];
    });
    expect(selfCrossings(eight)).toBe(1);
    const arc: Pt[] = Array.from({ length: 20 }, (_, i) => [Math.cos(i / 10), Math.sin(i / 10)]);
    expect(selfCrossings(arc)).toBe(0);
  });
});
