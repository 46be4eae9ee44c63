import { describe, expect, it } from 'vitest';
import { OVERRULED_FROM } from '../tuning.ts';
import { overruledLabel } from './overruledLabel.ts';

const labels = ['1', '/', '('];

describe('overruledLabel', () => {
  it("names the model's convinced favourite when context read another label", () => {
    expect(overruledLabel([0.2, 0.75, 0.05], labels, '1')).toBe('/');
  });

  it('is null when the reading is the favourite, or the favourite was a toss-up', () => {
    expect(overruledLabel([0.2, 0.75, 0.05], labels, '/')).toBeNull();
    const weak = OVERRULED_FROM - 0.05;
    expect(overruledLabel([weak - 0.01, weak, 1 - 2 * weak + 0.01], labels, '1')).toBeNull();
  });
});
