import { describe, expect, it } from 'vitest';
import { pageMask } from './pageMask.ts';
import type { GreyImage } from '../types.ts';

/** A picture from a luminance function. */
function picture(width: number, height: number, lum: (x: number, y: number) => number): GreyImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = lum(x, y);
  return { width, height, data };
}

/** A 2-px stroke: a ring, as a `0` on the page. */
const ring = (x: number, y: number, cx: number, cy: number, r: number): boolean =>
  Math.abs(Math.hypot(x - cx, y - cy) - r) < 2;

describe('pageMask', () => {
  it('is null when the border is the page: a scan, a canvas, chalk on a board', () => {
    const scan = picture(200, 120, (x, y) => (ring(x, y, 100, 60, 30) ? 20 : 245));
    expect(pageMask(scan)).toBeNull();
    const board = picture(200, 120, (x, y) => (ring(x, y, 100, 60, 30) ? 230 : 40));
    expect(pageMask(board)).toBeNull();
  });

  it('is null for a thick marker that fills the middle of a canvas', () => {
    const blob = picture(280, 280, (x, y) => (Math.hypot(x - 140, y - 140) < 90 ? 0 : 255));
    expect(pageMask(blob)).toBeNull();
  });

  it('is null for light strokes on a dark ground: they are not a sheet on a desk', () => {
    const chalk = picture(200, 120, (x, y) =>
      (x > 40 && x < 160 && y > 50 && y < 70) || ring(x, y, 100, 60, 40) ? 235 : 30,
    );
    expect(pageMask(chalk)).toBeNull();
    // A big `0` in white on a black canvas: its outline could be a sheet's, its inside not.
    const zero = picture(280, 280, (x, y) =>
      Math.abs(Math.hypot(x - 140, y - 140) - 95) < 12 ? 255 : 0,
    );
    expect(pageMask(zero)).toBeNull();
  });

  it('finds a sheet lying on a dark desk, with the ink on it', () => {
    const onSheet = (x: number, y: number): boolean => x >= 40 && x < 260 && y >= 30 && y < 170;
    const photo = picture(300, 200, (x, y) =>
      !onSheet(x, y) ? 60 + ((x * 7 + y * 13) % 17) - 8 : ring(x, y, 150, 100, 40) ? 30 : 225,
    );
    const mask = pageMask(photo)!;
    expect(mask).not.toBeNull();
    const at = (x: number, y: number): number => mask[y * 300 + x]!;
    for (const [x, y] of [
      [0, 0],
      [20, 100],
      [299, 199],
      [150, 10],
      [270, 100],
    ] as const) {
      expect(at(x, y)).toBe(0);
    }
    expect(at(50, 40)).toBe(1);
    expect(at(150, 100)).toBe(1); // inside the ring
    expect(at(190, 100)).toBe(1); // the ring's ink: enclosed by paper, so on the page
  });

  it('keeps the desk out of writing that touches the dark ruled lines of the sheet', () => {
    const onSheet = (x: number, y: number): boolean => x >= 40 && x < 260 && y >= 30 && y < 170;
    // Lines 2 px thick, edge to edge of the sheet, darker than halfway to the desk.
    const ruled = (y: number): boolean => y % 40 === 20 || y % 40 === 21;
    const photo = picture(300, 200, (x, y) =>
      !onSheet(x, y)
        ? 60 + ((x * 7 + y * 13) % 17) - 8
        : ring(x, y, 150, 100, 40)
          ? 30
          : ruled(y)
            ? 110
            : 225,
    );
    const mask = pageMask(photo)!;
    expect(mask).not.toBeNull();
    const at = (x: number, y: number): number => mask[y * 300 + x]!;
    expect(at(10, 100)).toBe(0);
    expect(at(270, 60)).toBe(0);
    // The ring crosses the lines at 60 and 100 and 140: its ink and the lines stay on the page.
    expect(at(190, 100)).toBe(1);
    expect(at(150, 60)).toBe(1);
    expect(at(100, 100)).toBe(1);
    expect(at(100, 101)).toBe(1);
  });
});
