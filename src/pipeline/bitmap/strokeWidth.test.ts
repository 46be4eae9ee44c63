import { describe, expect, it } from 'vitest';
import { strokeWidth } from './strokeWidth.ts';

const grid =
  (cells: (x: number, y: number) => boolean, w: number, h: number) =>
  (x: number, y: number): boolean =>
    x >= 0 && y >= 0 && x < w && y < h && cells(x, y);

describe('strokeWidth', () => {
  it('is about the width of a long line, whichever way it runs', () => {
    const across = grid((_, y) => y >= 10 && y < 16, 200, 30);
    expect(strokeWidth(across, 200, 30)).toBeCloseTo(6, 0);
    const down = grid((x) => x >= 10 && x < 16, 30, 200);
    expect(strokeWidth(down, 30, 200)).toBeCloseTo(6, 0);
  });

  it('is 0 on blank paper', () => {
    expect(strokeWidth(() => false, 10, 10)).toBe(0);
  });
});
