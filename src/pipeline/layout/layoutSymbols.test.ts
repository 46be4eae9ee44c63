import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutSymbols } from './layoutSymbols.ts';

type Box = readonly [number, number, number, number];
const on = (symbol: string, x: number): { symbol: string; box: Box } => ({
  symbol,
  box: '+-×÷='.includes(symbol)
    ? [x, 7, 8, 6]
    : '()'.includes(symbol)
      ? [x, -1, 5, 22]
      : [x, 0, 10, 20],
});
const up = (symbol: string, x: number, y = -4, h = 10): { symbol: string; box: Box } => ({
  symbol,
  box: symbol === '-' ? [x, y + h / 2, 6, 1] : [x, y, 6, h],
});
const levels = (symbols: readonly { symbol: string; box: Box }[]): number[] =>
  layoutSymbols(symbols).places.map((p) => p?.level ?? 0);

describe('layoutSymbols', () => {
  it('raises an exponent after a number, and names its base', () => {
    const { places, doubtful } = layoutSymbols([on('2', 0), up('3', 12), on('+', 22), on('4', 34)]);
    expect(places).toEqual([
      undefined,
      { role: 'exponent', level: 1, base: 0 },
      undefined,
      undefined,
    ]);
    expect(doubtful).toBe(false);
  });

  it('raises a signed exponent, an exponent of a bracket, and an exponent of an exponent', () => {
    expect(levels([on('1', 0), on('0', 12), up('-', 24), up('3', 32)])).toEqual([0, 0, 1, 1]);
    const bracket = [on('(', 0), on('1', 8), on('+', 20), on('2', 30), on(')', 42), up('2', 50)];
    expect(layoutSymbols(bracket).places[5]).toEqual({ role: 'exponent', level: 1, base: 4 });
    const tower = [on('2', 0), up('3', 12), { symbol: '2', box: [19, -8, 3, 5] as Box }];
    expect(layoutSymbols(tower).places).toEqual([
      undefined,
      { role: 'exponent', level: 1, base: 0 },
      { role: 'exponent', level: 2, base: 1 },
    ]);
  });

  it('reads on the line what no exponent can be', () => {
    // An operator written high, a raised run after an operator, a long number drifting up.
    expect(levels([on('2', 0), up('×', 12), on('3', 22)])).toEqual([0, 0, 0]);
    expect(levels([on('2', 0), on('+', 12), up('3', 24)])).toEqual([0, 0, 0]);
    const drift = [on('1', 0), ...[...'234567'].map((d, k) => up(d, 12 + 8 * k))];
    expect(levels(drift)).toEqual(drift.map(() => 0));
  });

  it('doubts a layout near its limits', () => {
    // The 3's middle stands at 0.28 of the 2's height: just raised.
    expect(layoutSymbols([on('2', 0), up('3', 12, 0.6, 10)]).doubtful).toBe(true);
    expect(layoutSymbols([on('2', 0), up('3', 12, -4, 10)]).doubtful).toBe(false);
  });

  it('raises exponents of any size and height within the limits (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.3, max: 0.7, noNaN: true }),
        fc.double({ min: -0.4, max: 0.2, noNaN: true }),
        fc.double({ min: 0.05, max: 0.5, noNaN: true }),
        (size, centre, gap) => {
          const h = 20 * size;
          const symbols = [
            on('7', 0),
            { symbol: '2', box: [10 + 20 * gap, 20 * centre - h / 2, h * 0.6, h] as Box },
          ];
          expect(levels(symbols)).toEqual([0, 1]);
        },
      ),
    );
  });

  it("puts what stands under a root's bar under it, and nothing for a sign with no bar", () => {
    const sign = { symbol: '√', box: [0, -5, 70, 28] as Box };
    const { places } = layoutSymbols([sign, on('9', 14), on('+', 28), on('7', 40), on('=', 75)]);
    expect(places).toEqual([
      undefined,
      { role: 'radicand', level: 0, base: 0 },
      { role: 'radicand', level: 0, base: 0 },
      { role: 'radicand', level: 0, base: 0 },
      undefined,
    ]);
    const tick = { symbol: '√', box: [0, -2, 10, 24] as Box };
    expect(layoutSymbols([tick, on('9', 14)]).places).toEqual([undefined, undefined]);
  });

  it('reads a bar with writing over and under it as a fraction, the longest bar first', () => {
    const sym = (symbol: string, box: Box) => ({ symbol, box });
    const { places } = layoutSymbols([
      sym('3', [10, 0, 10, 20]),
      sym('-', [5, 24, 20, 2]),
      sym('7', [10, 30, 10, 20]),
      sym('-', [0, 54, 32, 2]),
      sym('1', [12, 60, 8, 20]),
    ]);
    expect(places).toEqual([
      { role: 'numerator', level: 0, base: 1 },
      { role: 'numerator', level: 0, base: 3 },
      { role: 'denominator', level: 0, base: 1 },
      undefined,
      { role: 'denominator', level: 0, base: 3 },
    ]);
  });
});
