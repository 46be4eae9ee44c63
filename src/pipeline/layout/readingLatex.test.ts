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
});
