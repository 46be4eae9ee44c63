import { describe, expect, it } from 'vitest';
import { inkBounds } from '../pipeline/geometry/inkBounds.ts';
import type { Ink } from '../pipeline/types.ts';
import { createRng } from './rng.ts';
import { GLYPH_LABELS, synthGlyph, type GlyphLabel } from './synthGlyph.ts';

const SEEDS = 300;
const samples = (label: GlyphLabel): Ink[] =>
  Array.from({ length: SEEDS }, (_, seed) => synthGlyph(label, createRng(seed)));

describe('synthGlyph', () => {
  it('is deterministic for a fixed seed', () => {
    for (const l of GLYPH_LABELS)
      expect(synthGlyph(l, createRng(7))).toEqual(synthGlyph(l, createRng(7)));
    expect(synthGlyph('%', createRng(1))).not.toEqual(synthGlyph('%', createRng(2)));
  });

  it.each(GLYPH_LABELS)('%s: non-empty strokes with finite coordinates', (l) => {
    for (const ink of samples(l)) {
      expect(ink.length).toBeGreaterThan(0);
      for (const s of ink) {
        expect(s.length).toBeGreaterThan(0);
        for (const p of s) expect(Number.isFinite(p[0]) && Number.isFinite(p[1])).toBe(true);
      }
    }
  });

  it('draws % in one to three strokes, mostly three', () => {
    const counts = samples('%').map((ink) => ink.length);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(3);
    expect(counts.filter((n) => n === 3).length).toBeGreaterThan(SEEDS * 0.6);
  });

  it('draws * with three or four bars, and : as two dots one above the other', () => {
    expect(new Set(samples('*').map((ink) => ink.length))).toEqual(new Set([3, 4]));
    for (const ink of samples(':')) {
      expect(ink).toHaveLength(2);
      const [a, b] = ink.map((s) => inkBounds([s]));
      expect(Math.abs(a!.y - b!.y)).toBeGreaterThan(Math.max(a!.h, b!.h));
    }
  });

  it('slants / from 40° to as steep as a leaning 1, leaning right', () => {
    const angles = samples('/').map((ink) => {
      const s = ink[0]!;
      const top = s.reduce((a, p) => (p[1] < a[1] ? p : a));
      const foot = s.reduce((a, p) => (p[1] > a[1] ? p : a));
      return (Math.atan2(foot[1] - top[1], top[0] - foot[0]) * 180) / Math.PI;
    });
    expect(Math.min(...angles)).toBeGreaterThan(35);
    expect(Math.max(...angles)).toBeLessThan(75);
    expect(Math.max(...angles) - Math.min(...angles)).toBeGreaterThan(25);
  });
});
