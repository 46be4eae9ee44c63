import { describe, expect, it } from 'vitest';
import { inkBox } from '../types.ts';
import { digitBand } from './digitBand.ts';

describe('digitBand', () => {
  it('is the median top and bottom of the digit-high parts, not of a minus or a dot', () => {
    const line = [
      inkBox(0, 10, 20, 100), // 1
      inkBox(30, 55, 20, 4), // -
      inkBox(60, 14, 30, 98), // 7
      inkBox(100, 8, 30, 100), // 2
      inkBox(140, 105, 4, 4), // a dot on the baseline
    ];
    expect(digitBand(line, 100)).toEqual({ top: 10, bottom: 110, height: 100, fromDigits: true });
  });

  it('falls back to the parts themselves on a line of flat marks, and to zero on none', () => {
    expect(digitBand([inkBox(0, 40, 50, 5), inkBox(0, 60, 50, 5)], 25)).toEqual({
      top: 60,
      bottom: 65,
      height: 25,
      fromDigits: false,
    });
    expect(digitBand([], 10)).toEqual({ top: 0, bottom: 0, height: 10, fromDigits: false });
  });
});
