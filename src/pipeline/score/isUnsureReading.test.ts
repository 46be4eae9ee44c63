import { describe, expect, it } from 'vitest';
import { ANSWER_UNSURE_BELOW } from '../tuning.ts';
import { isUnsureReading } from './isUnsureReading.ts';

const sure = { symbol: '7', confidence: 0.99 };
const doubtful = { symbol: '1', confidence: ANSWER_UNSURE_BELOW - 0.01 };
const none = { repaired: false, swallowedDot: false, overruled: false, layout: false };

describe('isUnsureReading', () => {
  it.each([
    ['every symbol sure', { symbols: [sure, sure], ...none }, false],
    ['no symbols at all', { symbols: [], ...none }, false],
    ['one symbol below the threshold', { symbols: [sure, doubtful], ...none }, true],
    ['an unreadable symbol', { symbols: [sure, { symbol: '?', confidence: 0.99 }], ...none }, true],
    ['a repaired reading', { symbols: [sure], ...none, repaired: true }, true],
    ['a swallowed dot', { symbols: [sure], ...none, swallowedDot: true }, true],
    ["a symbol read against the model's word", { symbols: [sure], ...none, overruled: true }, true],
    ['a structure near its limits', { symbols: [sure], ...none, layout: true }, true],
  ])('%s', (_, doubts, expected) => {
    expect(isUnsureReading(doubts)).toBe(expected);
  });
});
