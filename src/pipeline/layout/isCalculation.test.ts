import { describe, expect, it } from 'vitest';
import { isCalculation } from './isCalculation.ts';

/** Symbols of one size side by side on a line. */
const line = (text: string) =>
  [...text].map((symbol, i) => ({ symbol, box: [i * 14, 0, 10, 20] as const }));

describe('isCalculation', () => {
  it.each([
    ['9÷4=', true],
    ['95/4=', true],
    ['12+7×3', true],
    ['3916', true],
    ['6÷0', true],
    ['6÷0=', true],
    ['(2+3', false],
    ['2+', false],
    ['9514=', false],
    ['7=7', false],
    ['3.5=', false],
  ])('%s: %s', (text, expected) => {
    expect(isCalculation(line(text))).toBe(expected);
  });

  it('reads the layout: a raised digit after a number is an operation', () => {
    const power = [
      { symbol: '2', box: [0, 0, 10, 20] as const },
      { symbol: '3', box: [12, -8, 6, 10] as const },
      { symbol: '=', box: [24, 6, 10, 8] as const },
    ];
    expect(isCalculation(power)).toBe(true);
    expect(isCalculation(line('23='))).toBe(false);
  });
});
