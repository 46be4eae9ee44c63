import { describe, expect, it } from 'vitest';
import { symbolsNotRead } from './symbolsNotRead.ts';

describe('symbolsNotRead', () => {
  it('names what a digits-only model cannot read', () => {
    expect(symbolsNotRead([...'0123456789'])).toEqual([
      '+',
      '-',
      '×',
      '÷',
      '=',
      '(',
      ')',
      '%',
      '/',
      '*',
      ':',
      '√',
    ]);
  });

  it('is empty for a model with every class, in any order, with extra labels', () => {
    const all = [...'0123456789', '+', '-', '×', '÷', '=', '(', ')', '%', '/', '*', ':', '√'];
    expect(symbolsNotRead(['reject', ...all.reverse()])).toEqual([]);
  });

  it('names the glyphs a model of the earlier classes lacks', () => {
    const earlier = [...'0123456789', '+', '-', '×', '÷', '=', '(', ')', 'reject'];
    expect(symbolsNotRead(earlier)).toEqual(['%', '/', '*', ':', '√']);
  });
});
