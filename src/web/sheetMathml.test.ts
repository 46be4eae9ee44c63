import { describe, expect, it } from 'vitest';
import {
  denominator as d,
  exponent,
  numerator as n,
  radicand,
  readLine as line,
} from '../../test/fixtures/readLine.ts';
import { sheetMathml } from './sheetMathml.ts';

const math = (alt: string, body: string): string =>
  `<p><math display="block" alttext="${alt}">${body}</math></p>`;

describe('sheetMathml', () => {
  it('sets each line in MathML, a number in one token, with its answer', () => {
    expect(sheetMathml([line('12-7='), line('1÷3=')])).toBe(
      '<div>' +
        math('12-7 = 5', '<mrow><mn>12</mn><mo>−</mo><mn>7</mn></mrow><mo>=</mo><mn>5</mn>') +
        math(
          '1÷3 = 1/3 ≈ 0.3333333333',
          '<mrow><mn>1</mn><mo>÷</mo><mn>3</mn></mrow><mo>=</mo>' +
            '<mfrac><mn>1</mn><mn>3</mn></mfrac><mo>≈</mo><mn>0.3333333333</mn>',
        ) +
        '</div>',
    );
  });

  it('typesets powers, roots and fractions as written', () => {
    expect(sheetMathml([line('103=', { 2: exponent(1) })])).toContain(
      '<mrow><mn>1</mn><msup><mn>0</mn><mrow><mn>3</mn></mrow></msup></mrow><mo>=</mo><mn>1000</mn>',
    );
    expect(sheetMathml([line('√2=', { 1: radicand(0) })])).toContain(
      '<msqrt><mrow><mn>2</mn></mrow></msqrt></mrow><mo>≈</mo><mn>1.414213562</mn>',
    );
    expect(sheetMathml([line('1-2=', { 0: n(1), 2: d(1) })])).toContain(
      '<mfrac><mrow><mn>1</mn></mrow><mrow><mn>2</mn></mrow></mfrac></mrow><mo>=</mo><mn>0.5</mn>',
    );
  });

  it('writes the reason for a line with no answer, escaped', () => {
    expect(sheetMathml([line('3÷0=')])).toContain(
      '<mo>=</mo><mtext>\u00a0(division by zero)</mtext>',
    );
    expect(sheetMathml([line('2+2=5')])).toContain(
      '<mo>=</mo><mn>5</mn></mrow><mtext>\u00a0(false)</mtext>',
    );
    expect(sheetMathml([])).toBe('<div></div>');
  });
});
