import { describe, expect, it } from 'vitest';
import { ANSWER_UNSURE_BELOW, SETTLED_UNSURE_BELOW } from '../tuning.ts';
import { unsureReasons, type ReadingDoubts } from './unsureReasons.ts';

const isUnsureReading = (d: ReadingDoubts): boolean => unsureReasons(d).length > 0;

const sure = { symbol: '7', confidence: 0.99 };
const doubtful = { symbol: '1', confidence: ANSWER_UNSURE_BELOW - 0.01 };
const none = { repaired: false, swallowedDot: false, overruled: false, layout: false };

describe('unsureReasons', () => {
  it.each([
    ['every symbol sure', { symbols: [sure, sure], ...none }, false],
    ['no symbols at all', { symbols: [], ...none }, false],
    ['one symbol below the threshold', { symbols: [sure, doubtful], ...none }, true],
    ['an unreadable symbol', { symbols: [sure, { symbol: '?', confidence: 0.99 }], ...none }, true],
    ['a repaired reading', { symbols: [sure], ...none, repaired: true }, true],
    ['a swallowed dot', { symbols: [sure], ...none, swallowedDot: true }, true],
    ['a dot that may be a speck', { symbols: [sure], ...none, speckDot: true }, true],
    ["a symbol read against the model's word", { symbols: [sure], ...none, overruled: true }, true],
    ['a structure near its limits', { symbols: [sure], ...none, layout: true }, true],
    [
      'a number alone from a blob offered as a power',
      { symbols: [sure], ...none, lostExponent: true },
      true,
    ],
    [
      "a number alone led by a root's sign read `1`",
      { symbols: [sure], ...none, rootAsOne: true },
      true,
    ],
  ])('%s', (_, doubts, expected) => {
    expect(isUnsureReading(doubts)).toBe(expected);
  });

  it('weighs doubtful symbols by the share of their readings that keep the answer', () => {
    const shared = (answerShare: number | undefined) =>
      isUnsureReading({
        symbols: [sure, doubtful],
        ...none,
        ...(answerShare === undefined ? {} : { answerShare: () => answerShare }),
      });
    expect(shared(undefined)).toBe(true);
    expect(shared(ANSWER_UNSURE_BELOW - 0.01)).toBe(true);
    expect(shared(ANSWER_UNSURE_BELOW)).toBe(false);
    // The share speaks only for doubtful symbols, and for no other doubt.
    expect(isUnsureReading({ symbols: [sure], ...none, answerShare: () => 0 })).toBe(false);
    expect(
      isUnsureReading({ symbols: [sure, doubtful], ...none, repaired: true, answerShare: () => 1 }),
    ).toBe(true);
  });

  it('weighs the readings only when no other doubt has settled the answer', () => {
    let asked = 0;
    const share = () => {
      asked++;
      return 1;
    };
    isUnsureReading({ symbols: [sure, doubtful], ...none, repaired: true, answerShare: share });
    isUnsureReading({ symbols: [sure], ...none, answerShare: share });
    expect(asked).toBe(0);
    isUnsureReading({ symbols: [sure, doubtful], ...none, answerShare: share });
    expect(asked).toBe(1);
  });

  it('lets a `=` or `%` of several pieces go lower before doubting the answer', () => {
    const at = (symbol: string, pieces: number, confidence = ANSWER_UNSURE_BELOW - 0.2) =>
      isUnsureReading({ symbols: [sure, { symbol, confidence, pieces }], ...none });
    expect(at('=', 2)).toBe(false);
    expect(at('%', 3)).toBe(false);
    // A `=` in one piece (a `z`), a `%` of two (two digits a thick pen joined), a digit, a
    // `-` (in a photo, perhaps a scrap of a ruled line).
    expect(at('=', 1)).toBe(true);
    expect(at('%', 2)).toBe(true);
    expect(at('2', 2)).toBe(true);
    expect(at('-', 1)).toBe(true);
    expect(at('=', 2, SETTLED_UNSURE_BELOW - 0.01)).toBe(true);
  });

  it('names each doubt, in the order they are weighed, and the symbols only when alone', () => {
    expect(unsureReasons({ symbols: [sure], ...none })).toEqual([]);
    expect(
      unsureReasons({
        symbols: [sure, doubtful],
        ...none,
        layout: true,
        repaired: true,
        leadingZero: true,
        answerShare: () => 0,
      }),
    ).toEqual(['repaired', 'layout', 'leading-zero']);
    expect(unsureReasons({ symbols: [doubtful], ...none, answerShare: () => 0 })).toEqual([
      'symbols',
    ]);
    expect(unsureReasons({ symbols: [sure], ...none, swallowedDot: true, speckDot: true })).toEqual(
      ['swallowed-dot', 'speck-dot'],
    );
  });
});
