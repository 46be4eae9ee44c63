import { describe, expect, it } from 'vitest';
import { hasBracketedNumber } from './hasBracketedNumber.ts';

const read = (text: string): string[] => [...text];

describe('hasBracketedNumber', () => {
  it('finds a number alone in brackets, anywhere in the reading', () => {
    for (const text of ['(149)2', '(786)÷1=', '2×(3.5)', '(.5)', '1+(2)+3'])
      expect(hasBracketedNumber(read(text))).toBe(true);
  });

  it('leaves bracketed calculations, negative numbers and brackets not yet closed', () => {
    for (const text of ['(1+2)2', '(-3)2', '2×(3', '()', '(4÷4)÷360=', '12)', ''])
      expect(hasBracketedNumber(read(text))).toBe(false);
  });
});
