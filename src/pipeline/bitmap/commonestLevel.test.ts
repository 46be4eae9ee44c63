import { describe, expect, it } from 'vitest';
import { commonestLevel } from './commonestLevel.ts';

const histogram = (levels: Record<number, number>): Uint32Array => {
  const h = new Uint32Array(256);
  for (const [v, n] of Object.entries(levels)) h[Number(v)] = n;
  return h;
};

describe('commonestLevel', () => {
  it('counts nearby levels together: grainy paper outweighs a sharper peak of ink', () => {
    // 60 paper pixels spread over 224..231, 40 ink pixels all at 20.
    const h = histogram({ 20: 40, 224: 10, 226: 20, 228: 20, 231: 10 });
    expect(commonestLevel(h)).toBeCloseTo((224 * 10 + 226 * 20 + 228 * 20 + 231 * 10) / 60, 5);
  });

  it('gives the level itself for a flat region, and 0 for an empty histogram', () => {
    expect(commonestLevel(histogram({ 255: 9 }))).toBe(255);
    expect(commonestLevel(new Uint32Array(256))).toBe(0);
  });
});
