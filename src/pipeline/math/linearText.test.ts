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

  const n = (base: number) => ({ role: 'numerator' as const, level: 0, base });
  const d = (base: number) => ({ role: 'denominator' as const, level: 0, base });

  it('reads a fraction as the division of its bracketed parts, one inside another too', () => {
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

  it("names a fraction's bar in messages as the bar the user drew", () => {
    // 1 over a bar over 2-2, then ÷ 0 on the line: each division by zero is named as drawn.
    const symbols = [
      { symbol: '1', place: n(1) },
      { symbol: '-' },
      { symbol: '2', place: d(1) },
      { symbol: '-', place: d(1) },
      { symbol: '2', place: d(1) },
    ];
    const { text, origins } = linearText(symbols, true);
    expect(text).toBe('((1)÷(2-2))');
    expect(origins.filter((o) => o.bar)).toEqual([{ symbol: 1, mark: false, bar: true }]);
    expect(solve(text, origins).error).toEqual({
      code: 'division-by-zero',
      message:
        'The fraction bar at symbol 2 divides by zero: its denominator is 0. Change what stands under the bar.',
    });
    // The ÷ written on the line is still named as the '÷'.
    const after = linearText([...read('6 ÷'), { symbol: '0' }], true);
    expect(solve(after.text, after.origins).error?.message).toMatch(/^The '÷' at symbol 2/);
  });

  it('names a bar with a numerator over it and nothing under it', () => {
    const lone = [{ symbol: '3', place: n(1) }, { symbol: '-' }];
    const { text, origins } = linearText(lone, true);
    expect(text).toBe('3-');
    expect(solve(text, origins).error?.message).toBe(
      'The fraction bar at symbol 2 has nothing under it; write the denominator under it or erase the bar.',
    );
    const followed = linearText([...lone, { symbol: '×' }, { symbol: '4' }], true);
    expect(solve(followed.text, followed.origins).error?.message).toMatch(
      /^The fraction bar at symbol 2 has nothing under it/,
    );
    // A minus on the line is no bar.
    const minus = linearText(read('3 -'), true);
    expect(solve(minus.text, minus.origins).error?.message).toMatch(
      /^The expression ends with '-'/,
    );
  });
});
