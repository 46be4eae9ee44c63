import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairText, type Choice } from './repairText.ts';
import { solve } from '../math/solve.ts';

const valid = (symbols: readonly string[]): boolean => solve(symbols.join('')).error === null;
const c = (symbol: string, p: number): Choice => ({ symbol, p });

describe('repairText', () => {
  it('keeps a valid first reading', () => {
    const options = [
      [c('1', 0.6), c('(', 0.4)],
      [c('2', 0.9), c('7', 0.1)],
    ];
    expect(repairText(options, valid)).toEqual([0, 0]);
  });

  it('swaps a close second reading in when the first is not an expression', () => {
    // `0)23` → `0123`
    const options = [
      [c('0', 0.99), c('6', 0.01)],
      [c(')', 0.55), c('1', 0.4), c('7', 0.05)],
      [c('2', 0.99), c('7', 0.01)],
      [c('3', 0.99), c('5', 0.01)],
    ];
    expect(repairText(options, valid)).toEqual([0, 1, 0, 0]);
  });

  it('prefers the most probable valid reading, up to two changes', () => {
    // `1-?=`-like: `2=` after an operator needs a change; `×` is likelier than `+`.
    const options = [
      [c('2', 0.9), c('7', 0.1)],
      [c('=', 0.5), c('×', 0.3), c('+', 0.2)],
      [c('=', 0.6), c('3', 0.4)],
      [c('4', 0.9), c('9', 0.1)],
    ];
    // `2==4` invalid; best valid: `2×34`? needs 2 changes (0.3/0.5 · 0.4/0.6 = 0.4) vs
    // `2=34` (one change: 0.4/0.6 = 0.67, an equation) — the single change wins.
    expect(repairText(options, valid)).toEqual([0, 0, 1, 0]);
  });

  it('leaves a confident reading alone even when it is unfinished', () => {
    const options = [
      [c('(', 0.99), c('1', 0.01)],
      [c('1', 0.98), c('7', 0.02)],
      [c('+', 0.97), c('-', 0.03)],
      [c('2', 0.99), c('3', 0.01)],
    ];
    expect(repairText(options, valid)).toEqual([0, 0, 0, 0]);
  });

  it('never changes a single symbol (a lone `(` is what was drawn)', () => {
    expect(repairText([[c('(', 0.5), c('1', 0.49)]], valid)).toEqual([0]);
  });

  it('returns a valid reading whenever it changes one, within the ratio (property)', () => {
    const alphabet = '0123456789+-×÷=()';
    const choice = fc.record({
      symbol: fc.constantFrom(...alphabet),
      p: fc.double({ min: 0.001, max: 1, noNaN: true }),
    });
    const options = fc.array(
      fc.array(choice, { minLength: 1, maxLength: 4 }).map((o) => [...o].sort((a, b) => b.p - a.p)),
      { minLength: 1, maxLength: 7 },
    );
    fc.assert(
      fc.property(options, (o) => {
        const pick = repairText(o, valid, { minRatio: 0.05 });
        expect(pick).toHaveLength(o.length);
        const read = pick.map((k, i) => o[i]![k]!.symbol);
        const changed = pick.filter((k) => k > 0).length;
        expect(changed).toBeLessThanOrEqual(2);
        if (changed > 0) {
          expect(valid(read)).toBe(true);
          const ratio = pick.reduce((r, k, i) => r * (o[i]![k]!.p / o[i]![0]!.p), 1);
          expect(ratio).toBeGreaterThanOrEqual(0.05 - 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });
});
