import { describe, expect, it } from 'vitest';
import { removeRuledLines } from './removeRuledLines.ts';
import type { GreyImage } from '../types.ts';

/** A difference map (0 = paper) from a function of the pixel. */
function map(width: number, height: number, at: (x: number, y: number) => number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = at(x, y);
  return { width, height, data };
}

/** "x,y" of each pixel of a width×height picture where `wrong` holds: what a test expects none of. */
function pixelsWhere(
  width: number,
  height: number,
  wrong: (x: number, y: number) => boolean,
): string[] {
  const out: string[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if (wrong(x, y)) out.push(`${x},${y}`);
  }
  return out;
}

const INK = 200;
const LINE = 80;
/** A `1`: a bar 6 px wide from y 50 to 150 at x 100, crossing the lines at 60, 100, 140. */
const one = (x: number, y: number): boolean => x >= 100 && x < 106 && y >= 50 && y < 150;
/** A `-` lying along the line at 100 from x 200 to 300, thicker than the line. */
const minus = (x: number, y: number): boolean => x >= 200 && x < 300 && y >= 97 && y < 104;
const ruled = (x: number, y: number): boolean => y % 40 === 20 || y % 40 === 21;

describe('removeRuledLines', () => {
  it('erases the lines of a ruled page but keeps the ink where strokes cross them', () => {
    const page = map(400, 200, (x, y) => (one(x, y) || minus(x, y) ? INK : ruled(x, y) ? LINE : 0));
    const out = removeRuledLines(page, null)!;
    expect(out).not.toBeNull();
    const at = (x: number, y: number): number => out[y * 400 + x]!;
    // Away from the writing nothing is left of the lines.
    for (const y of [20, 21, 60, 61, 100, 101, 140, 141, 180, 181]) {
      for (const x of [0, 50, 150, 350, 399]) expect(at(x, y)).toBe(0);
    }
    // Every pixel of the `1` and the `-` is still there, where they cross the lines too.
    expect(pixelsWhere(400, 200, (x, y) => (one(x, y) || minus(x, y)) && at(x, y) !== INK)).toEqual(
      [],
    );
  });

  it('keeps a crossing by its length where the ink is no darker than the line (pencil)', () => {
    const page = map(400, 200, (x, y) => (one(x, y) || minus(x, y) || ruled(x, y) ? LINE : 0));
    const out = removeRuledLines(page, null)!;
    const lost = (x: number, y: number): boolean =>
      (one(x, y) || minus(x, y)) && out[y * 400 + x] !== LINE;
    expect(pixelsWhere(400, 200, lost)).toEqual([]);
    expect(out[60 * 400 + 50]).toBe(0);
  });

  it("keeps a fine pen's stroke as thin as the line, by its darkness", () => {
    // A `-` 2 px thick right on the line at 100, and a `1` 2 px wide across the lines.
    const thinMinus = (x: number, y: number): boolean =>
      x >= 200 && x < 300 && (y === 100 || y === 101);
    const thinOne = (x: number, y: number): boolean =>
      (x === 100 || x === 101) && y >= 50 && y < 150;
    const ink = (x: number, y: number): boolean => thinMinus(x, y) || thinOne(x, y);
    const page = map(400, 200, (x, y) => (ink(x, y) ? INK : ruled(x, y) ? LINE : 0));
    const out = removeRuledLines(page, null)!;
    expect(pixelsWhere(400, 200, (x, y) => out[y * 400 + x] !== (ink(x, y) ? INK : 0))).toEqual([]);
  });

  it('leaves a page without lines alone: null, so the map is the one it was', () => {
    const plain = map(400, 200, (x, y) => (one(x, y) || minus(x, y) ? INK : (x * 7 + y * 3) % 9));
    expect(removeRuledLines(plain, null)).toBeNull();
  });

  it('does not take a long bar of `-` or `=` for a line: it stops short of the edges', () => {
    const bars = map(300, 120, (x, y) => {
      const along = x >= 20 && x < 280;
      return along && ((y >= 40 && y < 43) || (y >= 70 && y < 73)) ? INK : 0;
    });
    expect(removeRuledLines(bars, null)).toBeNull();
  });

  it('erases both directions of squared paper, crossings included', () => {
    // The `-` crosses the vertical lines at 200, 240 and 280.
    const grid = (x: number, y: number): boolean => x % 40 === 0 || x % 40 === 1 || ruled(x, y);
    const ink = (x: number, y: number): boolean => one(x, y) || minus(x, y);
    const page = map(400, 200, (x, y) => (ink(x, y) ? INK : grid(x, y) ? LINE : 0));
    const out = removeRuledLines(page, null)!;
    expect(pixelsWhere(400, 200, (x, y) => out[y * 400 + x] !== (ink(x, y) ? INK : 0))).toEqual([]);
  });

  it('erases lines tilted by 2°, anti-aliased, past a digit', () => {
    const tilt = Math.tan((2 * Math.PI) / 180);
    const line = (x: number, y: number): number => {
      const v = y - tilt * x;
      const d = Math.abs(v - (10 + 40 * Math.round((v - 10) / 40)));
      return Math.max(0, Math.min(1, 1.5 - d));
    };
    const page = map(500, 240, (x, y) => (one(x, y) ? INK : Math.round(LINE * line(x, y))));
    const out = removeRuledLines(page, null)!;
    let lost = 0;
    let left = 0;
    for (let y = 0; y < 240; y++) {
      for (let x = 0; x < 500; x++) {
        if (one(x, y)) lost += out[y * 500 + x] === INK ? 0 : 1;
        // Within 2 px of the `1`, a stub of line may stay joined to it.
        else if (out[y * 500 + x]! >= LINE / 2 && (x < 98 || x > 107)) left++;
      }
    }
    expect([lost, left]).toEqual([0, 0]);
  });

  it('keeps a `-` or `=` cropped to its own edges: a symbol, not ruled paper', () => {
    const bar = (y: number, from: number): boolean => y >= from && y < from + 3;
    expect(
      removeRuledLines(
        map(200, 30, (_, y) => (bar(y, 14) ? INK : 0)),
        null,
      ),
    ).toBeNull();
    const equals = map(200, 60, (_, y) => (bar(y, 10) || bar(y, 45) ? INK : 0));
    expect(removeRuledLines(equals, null)).toBeNull();
    // Two lines with writing between them are a crop of a ruled page.
    const crop = map(400, 120, (x, y) =>
      bar(y, 10) || bar(y, 100) ? LINE : one(x, y + 40) ? INK : 0,
    );
    expect(removeRuledLines(crop, null)).not.toBeNull();
  });
});
