import { describe, expect, it } from 'vitest';
import type { Raster } from '../types.ts';
import { normalisePen } from './normalisePen.ts';

/** A horizontal bar `len` long and `thick` thick in a raster with a margin. */
function bar(len: number, thick: number): Raster {
  const width = len + 20;
  const height = thick + 20;
  const data = new Float32Array(width * height);
  for (let y = 10; y < 10 + thick; y++) for (let x = 10; x < 10 + len; x++) data[y * width + x] = 1;
  return { width, height, data };
}

/** Rows that hold ink (coverage ≥ 0.5) in the middle column. */
function inkRows(r: Raster): number {
  let n = 0;
  const x = Math.floor(r.width / 2);
  for (let y = 0; y < r.height; y++) if (r.data[y * r.width + x]! >= 0.5) n++;
  return n;
}

describe('normalisePen', () => {
  it('thickens a hairline to about the pen width strokes are drawn with', () => {
    const out = normalisePen(bar(600, 3));
    const longer = Math.max(out.width, out.height);
    // 0.11 of the (shrunk) longer side, within a pixel or two.
    expect(inkRows(out)).toBeGreaterThanOrEqual(Math.round(0.11 * longer) - 2);
    expect(inkRows(out)).toBeLessThanOrEqual(Math.round(0.11 * longer) + 3);
  });

  it('leaves strokes that are already thick enough as they are (only shrunk)', () => {
    const out = normalisePen(bar(60, 8));
    expect(out.width).toBe(80);
    expect(inkRows(out)).toBe(8);
  });

  it('shrinks large bitmaps to about 64 px on the longer side', () => {
    const out = normalisePen(bar(1000, 100));
    expect(Math.max(out.width, out.height)).toBeLessThanOrEqual(90);
    expect(Math.max(out.width, out.height)).toBeGreaterThanOrEqual(64);
  });

  it('returns blank for a blank raster', () => {
    const out = normalisePen({ width: 10, height: 10, data: new Float32Array(100) });
    expect(Array.from(out.data).every((v) => v === 0)).toBe(true);
  });
});
