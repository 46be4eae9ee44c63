import { describe, expect, it } from 'vitest';
import { answerLatex } from './answerLatex.ts';

describe('answerLatex', () => {
  it.each([
    ['3/4', null, '\\frac{3}{4}'],
    ['-262/3', '-87.33333333', '-\\frac{262}{3}'],
    ['0.75', null, '0.75'],
    [null, '1.414213562', '\\approx 1.414213562'],
    [null, null, ''],
  ])('%s (≈ %s) is %s', (value, approx, latex) => {
    expect(answerLatex(value, approx)).toBe(latex);
  });
});
