import { describe, expect, it } from 'vitest';
import { readingLatex } from './readingLatex.ts';

const exp = (level: number) => ({ role: 'exponent' as const, level, base: 0 });

describe('readingLatex', () => {
  it('writes the symbols as written, operators as LaTeX commands', () => {
    const symbols = [...'96/8×2÷4·3*1+5%-(1)=.5:1'].map((symbol) => ({ symbol }));
    expect(readingLatex(symbols)).toBe('96/8\\times 2\\div 4\\cdot 3\\ast 1+5\\%-(1)=.5:1');
  });

  it('writes exponents in braces, nested', () => {
    expect(
      readingLatex([
        { symbol: '2' },
        { symbol: '3', place: exp(1) },
        { symbol: '2', place: exp(2) },
        { symbol: '×' },
        { symbol: '1' },
        { symbol: '0' },
        { symbol: '-', place: exp(1) },
        { symbol: '3', place: exp(1) },
      ]),
    ).toBe('2^{3^{2}}\\times 10^{-3}');
  });

  it('writes a radicand in \\sqrt{}, under the bar or the number after a sign with none', () => {
    const under = { role: 'radicand' as const, level: 0, base: 0 };
    expect(
      readingLatex([
        { symbol: '√' },
        { symbol: '9', place: under },
        { symbol: '+', place: under },
        { symbol: '7', place: under },
      ]),
    ).toBe('\\sqrt{9+7}');
    expect(readingLatex([...'√169+7'].map((symbol) => ({ symbol })))).toBe('\\sqrt{169}+7');
  });

  it('writes a fraction as \\frac{}{}, one inside another too', () => {
    const n = (base: number) => ({ role: 'numerator' as const, level: 0, base });
    const d = (base: number) => ({ role: 'denominator' as const, level: 0, base });
    expect(
      readingLatex([
        { symbol: '3', place: n(1) },
        { symbol: '-', place: n(3) },
        { symbol: '7', place: d(1) },
        { symbol: '-' },
        { symbol: '1', place: d(3) },
        { symbol: '+' },
        { symbol: '1', place: n(7) },
        { symbol: '-' },
        { symbol: '4', place: d(7) },
      ]),
    ).toBe('\\frac{\\frac{3}{7}}{1}+\\frac{1}{4}');
  });
});
