import { describe, expect, it } from 'vitest';
import { isStackedBars } from './isStackedBars.ts';
import { inkBox } from '../types.ts';

describe('isStackedBars', () => {
  it('sees the two bars of a `=`, in either order, even when one starts with a small hook', () => {
    expect(isStackedBars([inkBox(0, 0, 60, 6), inkBox(5, 30, 55, 20)])).toBe(true);
    expect(isStackedBars([inkBox(5, 30, 55, 8), inkBox(0, 0, 60, 6)])).toBe(true);
    // A lower bar curled at both ends, as a coarse tablet draws it: 17 tall for 30 wide.
    expect(isStackedBars([inkBox(0, 0, 40, 8), inkBox(5, 30, 30, 17)])).toBe(true);
  });

  it('does not see it in a two-stroke 5, 7, + or 4, nor in two minus signs side by side', () => {
    // 5: a flat top bar over a body as tall as wide.
    expect(isStackedBars([inkBox(10, 0, 50, 5), inkBox(0, 10, 55, 70)])).toBe(false);
    // ... or a wide, round body (0.7 as tall as wide).
    expect(isStackedBars([inkBox(10, 0, 50, 5), inkBox(0, 10, 60, 42)])).toBe(false);
    // +: a bar and an upright.
    expect(isStackedBars([inkBox(0, 25, 60, 4), inkBox(28, 0, 4, 60)])).toBe(false);
    // - -: flat, but level with each other.
    expect(isStackedBars([inkBox(0, 40, 30, 3), inkBox(50, 41, 30, 3)])).toBe(false);
    // Flat and one above the other, but not across each other.
    expect(isStackedBars([inkBox(0, 0, 30, 3), inkBox(40, 30, 30, 3)])).toBe(false);
    // Touching or crossing bars are not two separate bars.
    expect(isStackedBars([inkBox(0, 0, 60, 10), inkBox(0, 8, 60, 10)])).toBe(false);
  });

  it('needs exactly two parts', () => {
    expect(isStackedBars([inkBox(0, 0, 60, 4)])).toBe(false);
    expect(isStackedBars([inkBox(0, 0, 60, 4), inkBox(0, 20, 60, 4), inkBox(0, 40, 60, 4)])).toBe(
      false,
    );
  });
});
