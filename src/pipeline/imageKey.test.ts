import { describe, expect, it } from 'vitest';
import { imageKey } from './imageKey.ts';
import type { ModelImage } from './types.ts';

const picture = (f: (i: number) => number): ModelImage =>
  Float32Array.from({ length: 28 * 28 }, (_, i) => f(i)) as ModelImage;

describe('imageKey', () => {
  it('is the same for the same pixels, wherever the picture sits in memory', () => {
    const a = picture((i) => (i % 7) / 7);
    const inBigger = new Float32Array(28 * 28 + 16);
    inBigger.set(a, 16);
    expect(imageKey(inBigger.subarray(16) as ModelImage)).toBe(imageKey(a));
  });

  it('differs when one pixel differs, however little', () => {
    const a = picture((i) => (i % 7) / 7);
    const b = picture((i) => (i % 7) / 7 + (i === 400 ? 1e-6 : 0));
    expect(imageKey(b)).not.toBe(imageKey(a));
  });
});
