import { describe, expect, it } from 'vitest';
import { SPECK_DOT } from '../tuning.ts';
import { isSpeckDot } from './isSpeckDot.ts';
import { testCandidate } from './testCandidate.ts';

describe('isSpeckDot', () => {
  // testCandidate's line is 100 units tall.
  const speck = testCandidate([50, 95, 100 * SPECK_DOT - 1, 1]);
  const point = testCandidate([50, 90, 8, 8]);

  it('doubts a dot smaller than SPECK_DOT of the line, raised or not', () => {
    expect(isSpeckDot(speck, '.')).toBe(true);
    expect(isSpeckDot(speck, '·')).toBe(true);
    expect(isSpeckDot({ ...speck, box: { ...speck.box, w: 0, h: 0 } }, '.')).toBe(true);
  });

  it('doubts a minus no longer than such a dot: a touch of the pen read as a sign', () => {
    expect(isSpeckDot(speck, '-')).toBe(true);
    expect(isSpeckDot(testCandidate([50, 50, 30, 2]), '-')).toBe(false);
  });

  it('trusts a dot of a written point, and what is read as no dot or minus', () => {
    expect(isSpeckDot(point, '.')).toBe(false);
    expect(isSpeckDot(speck, '1')).toBe(false);
  });
});
