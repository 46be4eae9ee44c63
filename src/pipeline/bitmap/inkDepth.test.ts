import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inkDepth } from './inkDepth.ts';

/** The same distances, the slow way: every paper pixel, the mask's rim of paper too. */
function bruteDepth(mask: Uint8Array, w: number, h: number): number[] {
  const out: number[] = [];
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let best = mask[y * w + x] ? Infinity : 0;
      if (best > 0)
        for (let py = -1; py <= h; py++)
          for (let px = -1; px <= w; px++) {
            const paper = px < 0 || py < 0 || px >= w || py >= h || mask[py * w + px] === 0;
            if (paper) best = Math.min(best, Math.hypot(px - x, py - y));
          }
      out.push(best);
    }
  return out;
}

describe('inkDepth', () => {
  it('is 0 on paper, 1 at the edge and the distance to the paper inside', () => {
    // A bar 5 px thick across a 7 × 5 mask.
    const mask = Uint8Array.from({ length: 35 }, (_, p) => (p >= 7 && p < 28 ? 1 : 0));
    const depth = inkDepth(mask, 7, 5);
    expect(Array.from(depth.slice(14, 21))).toEqual([1, 2, 2, 2, 2, 2, 1]);
    expect(depth[0]).toBe(0);
  });

  it('matches the distances found the slow way on any mask', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.boolean(), { minLength: 144, maxLength: 144 }),
        (w, h, bits) => {
          const mask = Uint8Array.from({ length: w * h }, (_, p) => (bits[p] ? 1 : 0));
          const depth = Array.from(inkDepth(mask, w, h));
          const brute = bruteDepth(mask, w, h);
          depth.forEach((d, p) => expect(d).toBeCloseTo(brute[p]!, 5));
        },
      ),
    );
  });
});
