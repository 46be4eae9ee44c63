import { describe, expect, it } from 'vitest';
import {
  denominator as d,
  exponent,
  numerator as n,
  radicand,
  readLine as line,
} from '../../test/fixtures/readLine.ts';
import { sheetLatex } from './sheetLatex.ts';

describe('sheetLatex', () => {
  it('writes a row a line, the reading as written and its answer', () => {
    expect(sheetLatex([line('12+7='), line('23+1=', { 1: exponent(0) }), line('1÷3=')])).toBe(
      '12+7 = 19 \\\\\n2^{3}+1 = 9 \\\\\n1\\div 3 = \\frac{1}{3} \\approx 0.3333333333',
    );
  });

  it('keeps roots and fractions as written, an inexact answer after \\approx', () => {
    expect(sheetLatex([line('√2=', { 1: radicand(0) })])).toBe('\\sqrt{2} \\approx 1.414213562');
    const halfAndQuarter = line('1-2+1-4=', { 0: n(1), 2: d(1), 4: n(5), 6: d(5) });
    expect(sheetLatex([halfAndQuarter])).toBe('\\frac{1}{2}+\\frac{1}{4} = 0.75');
  });

  it('writes the reason for a line with no answer, and the verdict on an equation', () => {
    expect(sheetLatex([line('3÷0='), line('2+2=5'), line('7')])).toBe(
      '3\\div 0 = \\text{(division by zero)} \\\\\n2+2=5 \\quad \\text{(false)} \\\\\n7',
    );
  });
});
