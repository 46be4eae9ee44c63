import { describe, expect, it } from 'vitest';
import type { Raster } from '../types.ts';
import { connectedComponents } from './connectedComponents.ts';
import { splitBars } from './splitBars.ts';

/** A raster of ink rectangles [x, y, w, h] on 100×120 paper. */
function paper(rects: readonly (readonly [number, number, number, number])[]): Raster {
  const [width, height] = [100, 120];
  const data = new Float32Array(width * height);
  for (const [x, y, w, h] of rects)
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) data[yy * width + xx] = 1;
  return { width, height, data };
}

const boxes = (r: Raster): number[][] =>
  splitBars(r, connectedComponents(r)).components.map((c) => [c.box.x, c.box.y, c.box.w, c.box.h]);

/** A `1` 40 tall over a bar 50 long, 4 thick, that a `1` under it touches. */
const numerator = [45, 10, 4, 40] as const;
const bar = [25, 56, 50, 4] as const;
const denominator = [45, 60, 4, 40] as const;

describe('splitBars', () => {
  it('cuts a fraction bar from the denominator it touches, the numerator standing over it', () => {
    expect(boxes(paper([numerator, bar, denominator]))).toEqual([
      [25, 56, 50, 4],
      [45, 10, 4, 40],
      [45, 60, 4, 40],
    ]);
  });

  it('cuts it from the numerator it touches, the denominator standing under it', () => {
    const lifted = [45, 16, 4, 40] as const;
    const under = [45, 66, 4, 40] as const;
    expect(boxes(paper([lifted, bar, under]))).toEqual([
      [25, 56, 50, 4],
      [45, 16, 4, 40],
      [45, 66, 4, 40],
    ]);
  });

  it('cuts it from a numerator as wide as itself, of symbols side by side', () => {
    const ones = [
      [25, 16, 4, 40],
      [71, 16, 4, 40],
    ] as const;
    const under = [45, 66, 4, 40] as const;
    expect(boxes(paper([...ones, bar, under]))).toEqual([
      [25, 16, 4, 40],
      [25, 56, 50, 4],
      [45, 66, 4, 40],
      [71, 16, 4, 40],
    ]);
  });

  it('keeps the round caps of the bar, no thicker than it, with the bar', () => {
    const lifted = [45, 16, 4, 40] as const;
    const cap = [25, 54, 8, 2] as const;
    const under = [45, 66, 4, 40] as const;
    expect(boxes(paper([lifted, cap, bar, under]))).toEqual([
      [25, 54, 50, 6],
      [45, 16, 4, 40],
      [45, 66, 4, 40],
    ]);
  });

  it('leaves a `7` whole: alone, or under writing wider than its top', () => {
    const seven = [bar, [70, 60, 4, 40]] as const;
    expect(boxes(paper(seven))).toHaveLength(1);
    expect(boxes(paper([[0, 10, 100, 40], ...seven]))).toHaveLength(2);
  });

  it('leaves a bar as wide as what it lies along (the flat top of a `5`) whole', () => {
    expect(boxes(paper([numerator, bar, [25, 60, 50, 40]]))).toHaveLength(2);
  });

  it('leaves a `÷` whole: its dots are no writing', () => {
    expect(boxes(paper([[48, 48, 4, 4], bar, [48, 60, 4, 4]]))).toHaveLength(2);
  });
});
