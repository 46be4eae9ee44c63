import { describe, expect, it } from 'vitest';
import { findRuledLines } from './findRuledLines.ts';
import type { GreyImage } from '../types.ts';

/** A difference map (0 = paper) from a function of the pixel. */
function map(width: number, height: number, at: (x: number, y: number) => number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = at(x, y);
  return { width, height, data };
}

/** Deterministic grain of up to ±`amplitude` above 0. */
function grain(seed: number): (amplitude: number) => number {
  let s = seed;
  return (amplitude) => {
    s = (s * 1103515245 + 12345) >>> 0;
    return (s >>> 8) % (amplitude + 1);
  };
}

/** Coverage of a line of `thickness` px whose middle is at `middle`, anti-aliased. */
const band = (v: number, middle: number, thickness: number): number =>
  Math.max(0, Math.min(1, thickness / 2 + 0.5 - Math.abs(v - middle)));

describe('findRuledLines', () => {
  it('finds the lines of a ruled page, tilted by 2°, and how thick and dark they are', () => {
    const tilt = Math.tan((2 * Math.PI) / 180);
    const noise = grain(3);
    const page = map(600, 400, (x, y) => {
      const v = y - tilt * x;
      const nearest = 30 + 45 * Math.round((v - 30) / 45);
      return Math.round(70 * band(v, nearest, 2)) + noise(6);
    });
    const lines = findRuledLines(page, null);
    const middles = lines.map((l) => l.at).sort((a, b) => a - b);
    // Every line that crosses the page from side to side: the ones the tilt cuts off at
    // a corner do not reach both ends.
    expect(lines.every((l) => l.horizontal)).toBe(true);
    expect(middles.length).toBeGreaterThanOrEqual(7);
    for (const m of middles) {
      const off = (((m - 30) % 45) + 45) % 45;
      expect(Math.min(off, 45 - off)).toBeLessThan(0.5);
    }
    for (const l of lines) {
      expect(l.slope).toBeCloseTo(tilt, 2);
      expect(l.thickness).toBeGreaterThanOrEqual(2);
      expect(l.thickness).toBeLessThanOrEqual(4);
      expect(l.level).toBeGreaterThan(60);
    }
  });

  it('finds both directions of squared paper', () => {
    const grid = map(300, 200, (x, y) => (x % 25 < 2 || y % 25 < 2 ? 90 : 0));
    const lines = findRuledLines(grid, null);
    expect(lines.filter((l) => l.horizontal).map((l) => l.at - 0.5)).toEqual([
      0, 25, 50, 75, 100, 125, 150, 175,
    ]);
    expect(lines.filter((l) => !l.horizontal)).toHaveLength(12);
  });

  it('finds nothing on plain paper with writing, even in long bars of `-` and `=`', () => {
    const noise = grain(5);
    const bars = map(400, 160, (x, y) => {
      const across = x >= 24 && x < 376;
      const minus = across && y >= 40 && y < 46;
      const equals = x >= 60 && x < 340 && ((y >= 90 && y < 95) || (y >= 110 && y < 115));
      const one = x >= 200 && x < 206 && y >= 20 && y < 140;
      return (minus || equals || one ? 200 : 0) + noise(8);
    });
    expect(findRuledLines(bars, null)).toEqual([]);
  });

  it('takes no sheet edge on a desk for a line, but the lines printed on the sheet', () => {
    const [width, height] = [320, 240];
    // The sheet's edge keeps a thin dark fringe inside the page mask.
    const on = (x: number, y: number): boolean => x >= 40 && x < 280 && y >= 30 && y < 210;
    const edge = (x: number, y: number): boolean =>
      on(x, y) && (x < 42 || x >= 278 || y < 32 || y >= 208);
    const page = new Uint8Array(width * height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) page[y * width + x] = on(x, y) ? 1 : 0;
    const plain = map(width, height, (x, y) => (edge(x, y) ? 80 : 0));
    expect(findRuledLines(plain, page)).toEqual([]);
    const ruled = map(width, height, (x, y) => (edge(x, y) || (on(x, y) && y % 30 < 2) ? 80 : 0));
    expect(findRuledLines(ruled, page).map((l) => l.at - 0.5)).toEqual([60, 90, 120, 150, 180]);
  });
});
