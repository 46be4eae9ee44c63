import { describe, expect, it } from 'vitest';
import { canonicalSymbol } from './canonicalSymbol.ts';
import { linearText } from './linearText.ts';
import { solve } from './solve.ts';

describe('canonicalSymbol', () => {
  it.each([
    ['/', '÷'],
    [':', '÷'],
    ['*', '×'],
    ['·', '×'],
    ['÷', '÷'],
    ['×', '×'],
    ['.', '.'],
    ['%', '%'],
    ['7', '7'],
  ])('%s means %s', (glyph, meaning) => {
    expect(canonicalSymbol(glyph)).toBe(meaning);
  });

  it('keeps one text character per symbol on a line', () => {
    const symbols = [...'96/8+2*3·4:2'].map((symbol) => ({ symbol }));
    const { text } = linearText(symbols);
    expect(text).toBe('96÷8+2×3×4÷2');
    expect([...text]).toHaveLength(symbols.length);
  });

  it('reads the written glyphs as the parser reads their meanings', () => {
    for (const written of ['96/8', '12*3', '3·5', '10:4', '2.5*4=10']) {
      const canonical = [...written].map(canonicalSymbol).join('');
      expect(solve(written)).toEqual(solve(canonical));
    }
  });
});
