import { describe, expect, it } from 'vitest';
import {
  denominator as d,
  exponent,
  numerator as n,
  radicand,
  readLine as line,
} from '../../test/fixtures/readLine.ts';
import { sheetText } from './sheetText.ts';

describe('sheetText', () => {
  it('writes one line of writing a line, each with its answer after ` = `', () => {
    expect(sheetText([line('12+7='), line('3×4='), line('23+1=', { 1: exponent(0) })])).toBe(
      '12+7 = 19\n3×4 = 12\n2^3+1 = 9',
    );
  });

  it('writes a fraction with its digits, an inexact answer after ≈, a stacked fraction as a division', () => {
    expect(sheetText([line('1÷3=')])).toBe('1÷3 = 1/3 ≈ 0.3333333333');
    expect(sheetText([line('√2=', { 1: radicand(0) })])).toBe('√2 ≈ 1.414213562');
    expect(sheetText([line('√9+7=', { 1: radicand(0), 2: radicand(0), 3: radicand(0) })])).toBe(
      '√(9+7) = 4',
    );
    const halfAndQuarter = line('1-2+1-4=', { 0: n(1), 2: d(1), 4: n(5), 6: d(5) });
    expect(sheetText([halfAndQuarter])).toBe('(1÷2)+(1÷4) = 0.75');
    // Only the brackets of a division go: a number written in brackets elsewhere keeps them.
    expect(sheetText([line('(2)+1=')])).toBe('(2)+1 = 3');
  });

  it('writes the reason for a line with no answer, and the verdict on an equation', () => {
    expect(sheetText([line('3÷0='), line('3+'), line('?+1=')])).toBe(
      '3÷0 = (division by zero)\n3+ (not a calculation)\n?+1 = (unreadable symbol)',
    );
    expect(sheetText([line('2+2=4'), line('2+2=5')])).toBe('2+2=4 (true)\n2+2=5 (false)');
  });

  it('writes a number alone as itself, and an empty sheet as nothing', () => {
    expect(sheetText([line('42'), line('6-2')])).toBe('42\n6-2 = 4');
    expect(sheetText([])).toBe('');
  });
});
