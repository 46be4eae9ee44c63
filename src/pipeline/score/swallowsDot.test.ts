import { describe, expect, it } from 'vitest';
import { inkBox } from '../types.ts';
import { swallowsDot } from './swallowsDot.ts';
import { testCandidate } from './testCandidate.ts';

describe('swallowsDot', () => {
  const digit = inkBox(0, 0, 50, 100);
  const dot = inkBox(52, 95, 3, 3);
  const both = testCandidate([0, 0, 55, 100], { parts: [digit, dot], pieces: 2 });

  it('says a digit read with a free dot in it swallowed the dot', () => {
    expect(swallowsDot(both, '3')).toBe(true);
  });

  it('leaves a dot attached to the digit, and a lone part, alone', () => {
    expect(swallowsDot({ ...both, noDot: [false, true] }, '3')).toBe(false);
    expect(swallowsDot(testCandidate([0, 95, 3, 3]), '.')).toBe(false);
  });

  it('counts no pen stroke that segmentation never offered as a symbol of its own', () => {
    const long = inkBox(0, 40, 60, 5);
    const short = inkBox(20, 60, 15, 4);
    const equals = testCandidate([0, 40, 60, 24], { parts: [long, short], pieces: 2 });
    expect(swallowsDot(equals, '=')).toBe(true);
    const drawn = { ...equals, drawn: true, standsAlone: [false, false] };
    expect(swallowsDot(drawn, '=')).toBe(false);
    // A picture's fleck may be what the paper left: still doubtful.
    expect(swallowsDot({ ...drawn, drawn: false }, '=')).toBe(true);
    expect(swallowsDot({ ...both, drawn: true, standsAlone: [true, true] }, '3')).toBe(true);
  });

  it('allows the dots a symbol is drawn with, and no more', () => {
    const bar = inkBox(0, 48, 60, 4);
    const top = inkBox(28, 20, 4, 4);
    const bottom = inkBox(28, 76, 4, 4);
    const divide = testCandidate([0, 20, 60, 60], { parts: [bar, top, bottom], pieces: 3 });
    expect(swallowsDot(divide, '÷')).toBe(false);
    const extra = { ...divide, parts: [bar, top, bottom, inkBox(70, 95, 3, 3)], pieces: 4 };
    expect(swallowsDot(extra, '÷')).toBe(true);
  });
});
