import { describe, expect, it } from 'vitest';
import { backingScale } from './backingScale.ts';

describe('backingScale', () => {
  it('gives one canvas pixel per device pixel at any zoom of a usual sheet', () => {
    expect(backingScale(3, 1, 374, 504)).toBe(3);
    expect(backingScale(3, 2.5, 374, 504)).toBe(7.5);
    expect(backingScale(2, 0.5, 1094, 470)).toBe(1);
  });

  it('holds a tall zoomed sheet to about 16 million pixels', () => {
    const scale = backingScale(1, 3, 1094, 5000);
    expect(scale).toBeLessThan(3);
    expect(1094 * scale * 5000 * scale).toBeCloseTo(4096 * 4096, -3);
  });

  it('never renders below the device pixel ratio, as unzoomed', () => {
    expect(backingScale(3, 3, 374, 5000)).toBe(3);
  });
});
