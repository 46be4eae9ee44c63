import { describe, expect, it } from 'vitest';
import { joinLines } from './joinLines.ts';
import type { LineReading, RecognizedSymbol } from './types.ts';

const sym = (symbol: string, base?: number): RecognizedSymbol => ({
  symbol,
  confidence: 0.99,
  box: [0, 0, 1, 1],
  alternatives: [],
  ...(base === undefined ? {} : { place: { role: 'exponent', level: 1, base } }),
});

const line = (text: string, value: string | null, symbols: RecognizedSymbol[]): LineReading => ({
  text,
  value,
  approx: null,
  check: null,
  latex: text,
  unsure: false,
  doubts: [],
  box: [0, 0, 1, 1],
  symbols,
  error: null,
});

describe('joinLines', () => {
  it('reads no line as the empty result', () => {
    expect(joinLines([])).toMatchObject({ text: '', value: null, symbols: [], lines: [] });
  });

  it('gives one line as the whole answer, field for field', () => {
    const only = { ...line('2^3', '8', [sym('2'), sym('3', 0)]), unsure: true };
    const r = joinLines([only]);
    const { box, ...rest } = only;
    expect(box).toHaveLength(4);
    expect(Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'lines'))).toEqual(rest);
    expect(r.lines).toEqual([only]);
  });

  it('answers several lines in their entries only, and counts places in the joined symbols', () => {
    const r = joinLines([
      line('1+1', '2', [sym('1'), sym('+'), sym('1')]),
      { ...line('2^3', '8', [sym('2'), sym('3', 0)]), unsure: true },
    ]);
    expect(r.text).toBe('1+1\n2^3');
    expect([r.value, r.approx, r.check]).toEqual([null, null, null]);
    expect(r.error?.code).toBe('several-lines');
    expect(r.unsure).toBe(true);
    expect(r.symbols.map((s) => s.symbol).join('')).toBe('1+123');
    expect(r.symbols[4]!.place?.base).toBe(3);
    expect(r.lines[1]!.symbols[1]!.place?.base).toBe(0);
  });
});
