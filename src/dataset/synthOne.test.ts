import { describe, expect, it } from 'vitest';
import { inkBounds } from '../pipeline/geometry/inkBounds.ts';
import { createRng } from './rng.ts';
import { synthOne } from './synthOne.ts';

const samples = Array.from({ length: 400 }, (_, seed) => synthOne(createRng(seed)));

describe('synthOne', () => {
  it('is deterministic for a seed', () => {
    expect(synthOne(createRng(7))).toEqual(synthOne(createRng(7)));
  });

  it('is one tall stroke, sometimes with a separate base serif', () => {
    const counts = samples.map((ink) => ink.length);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(2);
    const serifs = counts.filter((c) => c === 2).length / samples.length;
    expect(serifs).toBeGreaterThan(0.05);
    expect(serifs).toBeLessThan(0.3);
    for (const ink of samples) {
      const b = inkBounds([ink[0]!]);
      expect(b.h).toBeGreaterThan(1.2 * b.w);
    }
  });

  it('keeps the body straight: far less bowed than a paren', () => {
    // The lower half of the body (below any flag, above any flick at the foot: the part
    // between the stroke's top and bottom points) stays close to its own chord.
    for (const ink of samples) {
      const s = ink[0]!;
      const b = inkBounds([s]);
      const ys = s.map((p) => p[1]);
      const [i, j] = [ys.indexOf(Math.min(...ys)), ys.indexOf(Math.max(...ys))].sort(
        (a, c) => a - c,
      );
      const body = s.slice(i!, j! + 1);
      const low = body.filter((p) => p[1] > b.y + 0.45 * b.h && p[1] < b.y + 0.8 * b.h);
      if (low.length < 3) continue;
      const [p, q] = [low[0]!, low[low.length - 1]!];
      const len = Math.hypot(q[0] - p[0], q[1] - p[1]) || 1;
      const dev = Math.max(
        ...low.map(
          (m) => Math.abs((q[0] - p[0]) * (m[1] - p[1]) - (q[1] - p[1]) * (m[0] - p[0])) / len,
        ),
      );
      expect(dev / b.h).toBeLessThan(0.12);
    }
  });

  it('ends with a long flick up and to the right in some samples', () => {
    const flicked = samples.filter((ink) => {
      const s = ink[0]!;
      const b = inkBounds([s]);
      const ys = s.map((p) => p[1]);
      const foot = s[ys.indexOf(Math.max(...ys))]!;
      const last = s[s.length - 1]!;
      return last[1] < foot[1] - 0.12 * b.h && last[0] > foot[0] + 0.05 * b.h;
    }).length;
    expect(flicked / samples.length).toBeGreaterThan(0.05);
    expect(flicked / samples.length).toBeLessThan(0.3);
  });

  it('starts with a flag in many samples: the first point is left of and below the top', () => {
    const flagged = samples.filter((ink) => {
      const s = ink[0]!;
      const b = inkBounds([s]);
      const first = s[0]!;
      return first[1] > b.y + 0.08 * b.h && first[1] < b.y + 0.6 * b.h;
    }).length;
    expect(flagged / samples.length).toBeGreaterThan(0.35);
  });
});
