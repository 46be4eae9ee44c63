import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solve } from '../math/solve.ts';
import { solveReading } from './solveReading.ts';

type Box = readonly [number, number, number, number];
interface Drawn {
  readonly symbol: string;
  readonly box: Box;
  readonly place?: { readonly role: 'exponent'; readonly level: number; readonly base: number };
}

/**
 * Lays out a calculation as a writer would: digits 20 tall on the line, operators at its
 * middle, an exponent 10 tall with its middle at the line's top.
 */
function write(parts: readonly (readonly [string, number])[]): Drawn[] {
  let x = 0;
  return parts.map(([symbol, level]) => {
    const h = 20 / 2 ** level;
    const top = level === 0 ? 0 : -h / 2 - (level - 1) * 5;
    const op = '+-×÷'.includes(symbol);
    const box: Box = op ? [x, top + h * 0.35, h * 0.4, h * 0.3] : [x, top, h * 0.5, h];
    x += h * 0.5 + 4;
    return { symbol, box };
  });
}

const digit = fc.constantFrom(...'0123456789');
const small = fc.constantFrom(...'0123');
// A term: a number, maybe raised to a short exponent (a number or a signed one).
const term = fc
  .tuple(
    fc.array(digit, { minLength: 1, maxLength: 3 }),
    fc.option(fc.tuple(fc.boolean(), fc.array(small, { minLength: 1, maxLength: 2 }))),
  )
  .map(([base, power]) => [
    ...base.map((d) => [d, 0] as const),
    ...(power === null
      ? []
      : [...(power[0] ? [['-', 1] as const] : []), ...power[1].map((d) => [d, 1] as const)]),
  ]);
const calculation = fc
  .tuple(term, fc.array(fc.tuple(fc.constantFrom('+', '-', '×', '÷'), term), { maxLength: 3 }))
  .map(([first, rest]) => [...first, ...rest.flatMap(([op, t]) => [[op, 0] as const, ...t])]);

describe('solveReading', () => {
  it('reads the structure back and gives the value that solving its text gives (property)', () => {
    fc.assert(
      fc.property(calculation, (parts) => {
        const r = solveReading(write(parts));
        expect(r.symbols.map((s) => s.place?.level ?? 0)).toEqual(parts.map(([, l]) => l));
        const again = solve(r.text);
        expect(again.value).toBe(r.value);
        expect(again.error?.code).toBe(r.error?.code);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a power and writes its LaTeX', () => {
    const r = solveReading(
      write([
        ['2', 0],
        ['×', 0],
        ['3', 0],
        ['2', 1],
        ['=', 0],
      ]),
    );
    expect(r).toMatchObject({ text: '2×3^2=', latex: '2\\times 3^{2}=', value: '18' });
  });

  it('lowers a symbol whose base a correction took away', () => {
    const drawn = write([
      ['2', 0],
      ['3', 1],
    ]);
    const corrected = solveReading([
      { ...drawn[0]!, symbol: '+' },
      { ...drawn[1]!, place: { role: 'exponent', level: 1, base: 0 } as const },
    ]);
    expect(corrected.symbols[1]).not.toHaveProperty('place');
    expect(corrected.text).toBe('+3');
  });

  it('offers the other reading of a layout near its limits', () => {
    // A 3 whose middle stands at 0.28 of the 2's height: 2³, or 23 if a little lower.
    const near = solveReading([
      { symbol: '2', box: [0, 0, 10, 20] as Box },
      { symbol: '3', box: [12, 0.6, 6, 10] as Box },
    ]);
    expect(near).toMatchObject({ text: '2^3', value: '8', layoutDoubtful: true });
    expect(near.otherLayout).toEqual({ text: '23', latex: '23', value: '23', approx: null });
    const clear = solveReading(
      write([
        ['2', 0],
        ['3', 1],
      ]),
    );
    expect(clear.layoutDoubtful).toBe(false);
    expect(clear).not.toHaveProperty('otherLayout');
  });

  it('reads a doubtful layout the other way when asked, and offers the first way', () => {
    const near = [
      { symbol: '2', box: [0, 0, 10, 20] as Box },
      { symbol: '3', box: [12, 0.6, 6, 10] as Box },
    ];
    const other = solveReading(near, { layout: 'other' });
    expect(other).toMatchObject({ text: '23', latex: '23', value: '23', layoutDoubtful: true });
    expect(other.symbols[1]).not.toHaveProperty('place');
    expect(other.otherLayout).toEqual({ text: '2^3', latex: '2^{3}', value: '8', approx: null });
    // A layout with no other way reads as it stands.
    const clear = write([
      ['2', 0],
      ['3', 1],
    ]);
    expect(solveReading(clear, { layout: 'other' })).toEqual(solveReading(clear));
  });
});
