import { describe, expect, it } from 'vitest';
import { ANSWER_UNSURE_BELOW, SETTLED_UNSURE_BELOW } from '../tuning.ts';
import { isDoubtfulSymbol } from './isDoubtfulSymbol.ts';

describe('isDoubtfulSymbol', () => {
  const low = ANSWER_UNSURE_BELOW - 0.2;

  it('doubts an unreadable symbol and one read below ANSWER_UNSURE_BELOW', () => {
    expect(isDoubtfulSymbol({ symbol: '?', confidence: 0.99 })).toBe(true);
    expect(isDoubtfulSymbol({ symbol: '7', confidence: ANSWER_UNSURE_BELOW - 0.01 })).toBe(true);
    expect(isDoubtfulSymbol({ symbol: '7', confidence: ANSWER_UNSURE_BELOW })).toBe(false);
  });

  it('lets a `=` or `%` of several pieces go lower, as its shape settles it', () => {
    expect(isDoubtfulSymbol({ symbol: '=', confidence: low, pieces: 2 })).toBe(false);
    expect(isDoubtfulSymbol({ symbol: '%', confidence: low, pieces: 3 })).toBe(false);
    expect(
      isDoubtfulSymbol({ symbol: '=', confidence: SETTLED_UNSURE_BELOW - 0.01, pieces: 2 }),
    ).toBe(true);
    // A `=` in one piece (a `z`), a `%` of two (two digits a thick pen joined), a digit.
    expect(isDoubtfulSymbol({ symbol: '=', confidence: low, pieces: 1 })).toBe(true);
    expect(isDoubtfulSymbol({ symbol: '%', confidence: low, pieces: 2 })).toBe(true);
    expect(isDoubtfulSymbol({ symbol: '2', confidence: low, pieces: 2 })).toBe(true);
  });
});
