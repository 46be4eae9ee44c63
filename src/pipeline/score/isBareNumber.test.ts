import { describe, expect, it } from 'vitest';
import { isBareNumber } from './isBareNumber.ts';

describe('isBareNumber', () => {
  it('finds a number alone asked for its value', () => {
    for (const text of ['3916=', '7.5=', '12=12']) expect(isBareNumber(text)).toBe(true);
  });

  it('leaves calculations, and a number with no `=` (being written, or a list of numbers)', () => {
    for (const text of ['39÷6=', '2^3=', '√9=', '50%=', '-5=', '((1)÷(2))=', '3916', '', '='])
      expect(isBareNumber(text)).toBe(false);
  });
});
