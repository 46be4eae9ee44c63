import { describe, expect, it } from 'vitest';
import { OVERRULED_FROM } from '../tuning.ts';
import { isOverruled } from './isOverruled.ts';

const labels = ['1', '/', '('];

describe('isOverruled', () => {
  it("says so when context read another label than the model's convinced favourite", () => {
    expect(isOverruled([0.2, 0.75, 0.05], labels, '1')).toBe(true);
  });

  it('says nothing when the reading is the favourite, or the favourite was a toss-up', () => {
    expect(isOverruled([0.2, 0.75, 0.05], labels, '/')).toBe(false);
    const weak = OVERRULED_FROM - 0.05;
    expect(isOverruled([weak - 0.01, weak, 1 - 2 * weak + 0.01], labels, '1')).toBe(false);
  });
});
