import { describe, expect, it } from 'vitest';
import { stripPeaks } from './stripPeaks.ts';
import { stripProfiles } from './stripProfiles.ts';
import { verifyRuledLine } from './verifyRuledLine.ts';
import type { GreyImage } from '../types.ts';

function map(width: number, height: number, at: (x: number, y: number) => number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = at(x, y);
  return { width, height, data };
}

/** The horizontal candidate at `at` on `img`, verified. */
function verify(img: GreyImage, at: number, page: Uint8Array | null = null, gap = 3, slope = 0) {
  const [rows] = stripProfiles(img)!;
  return verifyRuledLine(img, page, rows.axis, stripPeaks(rows, gap), { at, slope }, gap);
}

describe('verifyRuledLine', () => {
  it('refits a candidate to the line, tilt included, and measures it', () => {
    const line = map(320, 100, (x, y) => (Math.abs(y - (40 + 0.01 * x)) < 1 ? 80 : 0));
    const found = verify(line, 41)!;
    expect(found.cover).toBe(1);
    expect(found.line.horizontal).toBe(true);
    expect(found.line.at).toBeCloseTo(40, 0);
    expect(found.line.slope).toBeCloseTo(0.01, 3);
    expect(found.line.level).toBe(80);
    expect(found.line.thickness).toBeLessThanOrEqual(2);
  });

  it('counts the strips where writing hides the line, and rejects a line mostly hidden', () => {
    const under = (x0: number, x1: number) =>
      map(320, 100, (x, y) => (x >= x0 && x < x1 && y >= 20 && y < 60 ? 200 : y === 40 ? 80 : 0));
    // Strips are 26 px: three of the twelve lie under the writing.
    expect(verify(under(100, 180), 40)!.cover).toBe(0.75);
    expect(verify(under(20, 300), 40)).toBeNull();
  });

  it('rejects a bar that stops short of the edges, a stroke too thick, a line far away', () => {
    const bar = map(320, 100, (x, y) => (x >= 16 && x < 304 && y === 40 ? 200 : 0));
    expect(verify(bar, 40)).toBeNull();
    const thick = map(320, 100, (x, y) => (y >= 38 && y < 43 ? 200 : 0));
    expect(verify(thick, 40)).toBeNull();
    expect(verify(thick, 40, null, 6)).not.toBeNull();
    const line = map(320, 100, (_, y) => (y === 40 ? 80 : 0));
    expect(verify(line, 44)).toBeNull();
  });

  it('takes a tilted line that leaves the picture across its bottom edge', () => {
    // 3 px thick, half of it out of the picture from the first strips on: the peaks, cut
    // by the edge, sit inside the line and the fit runs on past where the line leaves.
    const img = map(320, 100, (x, y) => (Math.abs(y - (98.5 + 0.01 * x)) < 1.5 ? 80 : 0));
    expect(verify(img, 99, null, 3, 0.01)).not.toBeNull();
  });

  it('takes a line only where paper lies on both sides of it on the page', () => {
    // A sheet from y 30 down: its edge keeps a dark fringe, a printed line is at 60.
    const img = map(320, 100, (_, y) => (y === 30 || y === 60 ? 80 : 0));
    const page = new Uint8Array(320 * 100);
    page.fill(1, 30 * 320);
    expect(verify(img, 30, page)).toBeNull();
    expect(verify(img, 60, page)!.cover).toBe(1);
    expect(verify(img, 30, null)).not.toBeNull();
  });
});
