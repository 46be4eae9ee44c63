import { describe, expect, it } from 'vitest';
import { isLoneNumber } from './isLoneNumber.ts';

describe('isLoneNumber', () => {
  it('is a number alone, with or without a point', () => {
    for (const text of ['31', '1169', '0.5', '.5', '12.125']) expect(isLoneNumber(text)).toBe(true);
  });

  it('is no calculation, power, root, bracket, sign or `=` and no empty reading', () => {
    for (const text of ['', '3^11', '√169', '(31)', '-4', '31=', '3+1', '3×1', '10%', '.'])
      expect(isLoneNumber(text)).toBe(false);
  });
});
