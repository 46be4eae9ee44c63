import { describe, expect, it } from 'vitest';
import { hasOperatorRun } from './hasOperatorRun.ts';

describe('hasOperatorRun', () => {
  it('finds two operators in a row, whichever they are', () => {
    for (const text of ['5---0.4-655=', '94×0×-4', '8+1÷1×+77', '2--2=', '3÷-1', '1+-2'])
      expect(hasOperatorRun(text)).toBe(true);
  });

  it('leaves signs after a bracket, an exponent or an equals sign, and single operators', () => {
    for (const text of ['(-3)×2', '10^(-3)', '-5+2', '5=-5', '√(-4)', '50%×2', '((1)÷(2))-3', ''])
      expect(hasOperatorRun(text)).toBe(false);
  });
});
