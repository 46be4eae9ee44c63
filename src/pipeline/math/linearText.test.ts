import { describe, expect, it } from 'vitest';
import type { Place } from '../types.ts';
import { linearText } from './linearText.ts';
import { solve } from './solve.ts';

/** Symbols from a compact form: `^` before a symbol raises it one level more than the last. */
function read(form: string): { symbol: string; place?: Place }[] {
  const out: { symbol: string; place?: Place }[] = [];
  for (const token of form.split(' ')) {
    const level = token.length - token.replace(/\^/g, '').length;
    const symbol = token.replace(/\^/g, '');
    out.push(level === 0 ? { symbol } : { symbol, place: { role: 'exponent', level, base: 0 } });
  }
  return out;
}

describe('linearText', () => {
  it('writes an exponent after ^, bracketed unless a plain number ends it', () => {
    expect(linearText(read('2 ^3')).text).toBe('2^3');
    expect(linearText(read('2 ^1 ^0 + 1')).text).toBe('2^10+1');
    expect(linearText(read('1 0 ^- ^3')).text).toBe('10^(-3)');
    expect(linearText(read('2 ^3 ^^2')).text).toBe('2^(3^2)');
    // A digit on the line after the exponent would run on into it.
    expect(linearText(read('2 ^3 4')).text).toBe('2^(3)4');
  });

  it('keeps the written glyphs or gives their meanings', () => {
    const symbols = read('9 6 / 8 * 2');
    expect(linearText(symbols, true).text).toBe('96/8*2');
    expect(linearText(symbols).text).toBe('96÷8×2');
    expect(linearText(read('9 / 3 ^2'), true).text).toBe('9/3^2');
  });

  it('says which symbol each character is, or stands beside as a mark', () => {
    const { text, origins } = linearText(read('1 0 ^- ^3 + 1'));
    expect(text).toBe('10^(-3)+1');
    expect(origins.map((o) => (o.mark ? `(${o.symbol})` : `${o.symbol}`)).join(' ')).toBe(
      '0 1 (2) (2) 2 3 (3) 4 5',
    );
  });

  it('counts drawn symbols in the messages of what it writes', () => {
    const { text, origins } = linearText(read('2 ^× ^3'), true);
    expect(text).toBe('2^(×3)');
    expect(solve(text, origins).error?.message).toMatch(/^'×' at symbol 2 has no number before it/);
  });

  it("brackets what stands under a root's bar", () => {
    const under = (base: number) => ({ role: 'radicand' as const, level: 0, base });
    const symbols = [
      { symbol: '√' },
      { symbol: '9', place: under(0) },
      { symbol: '+', place: under(0) },
      { symbol: '4', place: under(0) },
      { symbol: '2', place: { role: 'exponent' as const, level: 1, base: 3 } },
      { symbol: '=' },
    ];
    expect(linearText(symbols).text).toBe('√(9+4^2)=');
    expect(solve(linearText(symbols).text).value).toBe('5');
  });

  it('reads a fraction as the division of its bracketed parts, one inside another too', () => {
    const n = (base: number) => ({ role: 'numerator' as const, level: 0, base });
    const d = (base: number) => ({ role: 'denominator' as const, level: 0, base });
    const symbols = [
      { symbol: '3', place: n(1) },
      { symbol: '-', place: n(3) },
      { symbol: '7', place: d(1) },
      { symbol: '-' },
      { symbol: '1', place: d(3) },
      { symbol: '×' },
      { symbol: '2' },
    ];
    const { text } = linearText(symbols);
    expect(text).toBe('((((3)÷(7)))÷(1))×2');
    expect(solve(text).value).toBe('6/7');
  });
});
