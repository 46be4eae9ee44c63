import { describe, expect, it } from 'vitest';
import { stripProfiles } from './stripProfiles.ts';
import type { GreyImage } from '../types.ts';

function map(width: number, height: number, at: (x: number, y: number) => number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = at(x, y);
  return { width, height, data };
}

describe('stripProfiles', () => {
  it("gives each strip's mean at every row, and at every column", () => {
    // A horizontal line at y 10 across the left half, a vertical one at x 200 all the way.
    const img = map(240, 120, (x, y) => (y === 10 && x < 120 ? 90 : x === 200 ? 60 : 0));
    const [rows, cols] = stripProfiles(img)!;
    expect(rows.axis.horizontal).toBe(true);
    expect(rows.axis.strip).toBe(20);
    expect(rows.axis.centres).toHaveLength(12);
    expect(rows.axis.centres[0]).toBe(10);
    const at = (k: number, y: number): number => rows.means[k * 120 + y]!;
    expect(at(0, 10)).toBe(90);
    expect(at(5, 10)).toBe(90);
    expect(at(6, 10)).toBe(0);
    expect(at(3, 50)).toBe(0);
    // The vertical line, in every band of rows, at its column only.
    expect(cols.axis.horizontal).toBe(false);
    expect(cols.axis.strip).toBe(10);
    for (let k = 0; k < 12; k++) {
      expect(cols.means[k * 240 + 200]).toBe(60);
      expect(cols.means[k * 240 + 201]).toBe(0);
    }
  });

  it('gives the last strip the remainder of the image', () => {
    const [rows] = stripProfiles(map(250, 100, (x) => (x >= 240 ? 12 : 0)))!;
    expect(rows.axis.centres).toHaveLength(12);
    // Strips of 20 px; the last runs from 220 to 250, a third of it at 12.
    expect(rows.axis.centres[11]).toBe(235);
    expect(rows.means[11 * 100 + 5]).toBeCloseTo(4, 5);
  });

  it('is null for a picture too small to cut into strips', () => {
    expect(stripProfiles(map(20, 200, () => 0))).toBeNull();
    expect(stripProfiles(map(200, 6, () => 0))).toBeNull();
  });
});
