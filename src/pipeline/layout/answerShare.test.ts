import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ANSWER_UNSURE_BELOW, MAX_SHARED_DOUBTS } from '../tuning.ts';
import { answerShare, type ShareSymbol } from './answerShare.ts';

type Read = readonly [symbol: string, confidence: number, alternatives?: Record<string, number>];

/** Symbols of one size side by side on a line, each read as given. */
function line(...reads: readonly Read[]): ShareSymbol[] {
  return reads.map(([symbol, confidence, alternatives = {}], i) => ({
    symbol,
    confidence,
    alternatives: Object.entries(alternatives).map(([s, p]) => ({ symbol: s, p })),
    box: [i * 14, 0, 10, 20],
  }));
}

const sure = (symbol: string): Read => [symbol, 0.99];

describe('answerShare', () => {
  it('is 1 when no symbol is doubtful', () => {
    expect(answerShare(line(sure('2'), sure('+'), sure('2')))).toBe(1);
  });

  it("is a doubtful symbol's confidence when every alternative calculates otherwise", () => {
    const share = answerShare(line(sure('5'), sure('+'), ['1', 0.6, { 7: 0.3, 4: 0.1 }]));
    expect(share).toBeCloseTo(0.6);
  });

  it('sets aside a reading that is no calculation: a `)` that closes nothing', () => {
    // 5+)3 is no calculation, so the doubt left is the 0.02 the alternatives leave unnamed.
    const share = answerShare(line(sure('5'), sure('+'), ['1', 0.6, { ')': 0.38 }], sure('3')));
    expect(share).toBeCloseTo(0.6 / 0.62);
  });

  it('counts for the answer the readings that give it: a `*` or a `×`', () => {
    const share = answerShare(line(sure('6'), ['*', 0.5, { '×': 0.45, '+': 0.05 }], sure('7')));
    expect(share).toBeCloseTo(0.95);
  });

  it('counts against the answer a bracket opened, which more writing may close', () => {
    const share = answerShare(line(['1', 0.6, { '(': 0.4 }], sure('2'), sure('+'), sure('3')));
    expect(share).toBeCloseTo(0.6);
  });

  it('counts against the answer a reading whose result is an error', () => {
    // 6÷0 divides by zero: a calculation written, with another outcome.
    const share = answerShare(line(sure('6'), sure('÷'), ['8', 0.6, { 0: 0.4 }]));
    expect(share).toBeCloseTo(0.6);
  });

  it('counts against the answer what the alternatives leave unnamed', () => {
    const share = answerShare(line(sure('4'), sure('+'), ['1', 0.5, { ')': 0.2 }]));
    expect(share).toBeCloseTo(0.5 / 0.8);
  });

  it('weighs doubtful symbols together', () => {
    // 1+1 (0.36), 1+7 (0.24), 7+1 (0.24), 7+7 (0.16): 1+7 and 7+1 give the same answer.
    const share = answerShare(line(['1', 0.6, { 7: 0.4 }], sure('+'), ['1', 0.6, { 7: 0.4 }]));
    expect(share).toBeCloseTo(0.36);
    const crossed = answerShare(line(['1', 0.6, { 7: 0.4 }], sure('+'), ['7', 0.6, { 1: 0.4 }]));
    expect(crossed).toBeCloseTo(0.36 + 0.16);
  });

  it('is 0 when the chosen reading has no answer, reads `?`, or has too many doubts', () => {
    expect(answerShare(line(sure('5'), ['+', 0.5, { 4: 0.5 }]))).toBe(0);
    expect(answerShare(line(sure('5'), sure('+'), ['?', 0.2, { 7: 0.2 }]))).toBe(0);
    const doubtful: Read = ['1', 0.6, { ')': 0.4 }];
    const many = Array.from({ length: MAX_SHARED_DOUBTS + 1 }, (): Read => doubtful);
    expect(answerShare(line(sure('5'), sure('+'), ...many))).toBe(0);
  });

  it('reads the layout the user chose', () => {
    // A 0 raised a little after a doubtful 1 (or 7): 1⁰ and 7⁰ are both 1; 10 and 70 differ.
    const symbols: ShareSymbol[] = [
      {
        symbol: '1',
        confidence: 0.6,
        alternatives: [{ symbol: '7', p: 0.4 }],
        box: [0, 0, 10, 20],
      },
      { symbol: '0', confidence: 0.99, alternatives: [], box: [12, -4, 8, 14] },
    ];
    expect(answerShare(symbols)).toBeCloseTo(1);
    expect(answerShare(symbols, { layout: 'other' })).toBeCloseTo(0.6);
  });

  it('is a share: between 0 and 1, and at least the confidence of a lone doubt', () => {
    const label = fc.constantFrom(...'0123456789+-×÷()=%*/');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(label, fc.double({ min: 0, max: 1, noNaN: true })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.tuple(label, fc.double({ min: 0, max: 0.3, noNaN: true })), {
          maxLength: 3,
        }),
        (reads, alternatives) => {
          const symbols = line(...reads.map(([s, c]): Read => [s, c]));
          const share = answerShare(symbols);
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1 + 1e-9);
          // One doubtful symbol that calculates, alternatives summing to at most 1 with it.
          const lone = line(sure('6'), sure('+'), [
            '3',
            0.1,
            Object.fromEntries(alternatives.filter(([s]) => s !== '3')),
          ]);
          const doubt = lone[2]!;
          if (doubt.alternatives.reduce((sum, a) => sum + a.p, doubt.confidence) > 1) return;
          expect(answerShare(lone)).toBeGreaterThanOrEqual(doubt.confidence - 1e-9);
        },
      ),
    );
  });

  it('leaves sure an answer its doubts cannot change', () => {
    expect(
      answerShare(line(sure('9'), ['×', 0.4, { '*': 0.55, ')': 0.05 }], sure('2'))),
    ).toBeGreaterThanOrEqual(ANSWER_UNSURE_BELOW);
  });
});
