import { describe, expect, it } from 'vitest';
import type { GreyImage } from '../types.ts';
import { imageParts } from './imageParts.ts';

/** White paper 200×120 with black rectangles [x, y, w, h]. */
function page(...rects: (readonly [number, number, number, number])[]): GreyImage {
  const width = 200;
  const height = 120;
  const data = new Uint8ClampedArray(width * height).fill(255);
  for (const [x, y, w, h] of rects)
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) data[j * width + i] = 0;
  return { width, height, data };
}

describe('imageParts', () => {
  // Two digit-tall strokes 80 px high, and a mark on their baseline between them.
  const digits = [
    [20, 20, 8, 80],
    [120, 20, 8, 80],
  ] as const;

  it('lets a round blob on the baseline be a dot', () => {
    const parts = imageParts(page(...digits, [70, 92, 8, 8]));
    expect(parts.boxes).toHaveLength(3);
    expect(parts.noDot).toEqual([false, false, false]);
  });

  it('drops a hairline thinner than half the pen (what a ruled line leaves)', () => {
    expect(imageParts(page(...digits, [66, 97, 16, 3])).boxes).toHaveLength(2);
  });

  it('takes a thin flat fleck for no dot', () => {
    const parts = imageParts(page(...digits, [66, 97, 16, 5]));
    expect(parts.boxes).toHaveLength(3);
    const fleck = parts.boxes.findIndex((b) => b.h < 10);
    expect(parts.noDot?.[fleck]).toBe(true);
  });
});
