import { describe, expect, it } from 'vitest';
import { borderPixels } from './borderPixels.ts';

describe('borderPixels', () => {
  it('lists exactly the pixels within the ring, each once, in row-major order', () => {
    for (const [w, h] of [
      [1, 1],
      [2, 3],
      [7, 5],
      [120, 80],
      [300, 40],
    ] as const) {
      const ring = Math.max(1, Math.round(Math.min(w, h) * 0.02));
      const want: number[] = [];
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          if (x < ring || y < ring || x >= w - ring || y >= h - ring) want.push(y * w + x);
        }
      }
      expect(Array.from(borderPixels(w, h))).toEqual(want);
    }
  });

  it('is about 2 % of the shorter side thick', () => {
    // 200 × 100: a ring 2 px thick, 2 × 200 × 2 + 2 × 96 × 2 pixels.
    expect(borderPixels(200, 100)).toHaveLength(2 * 200 * 2 + 2 * 96 * 2);
  });
});
