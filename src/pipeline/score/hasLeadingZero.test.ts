import { describe, expect, it } from 'vitest';
import { hasLeadingZero } from './hasLeadingZero.ts';

const read = (text: string): boolean => hasLeadingZero([...text]);

describe('hasLeadingZero', () => {
  it('finds a number that starts with a zero, wherever it stands', () => {
    expect(read('0116÷14')).toBe(true);
    expect(read('02×13')).toBe(true);
    expect(read('(2÷7)+0+00')).toBe(true);
    expect(read('√01')).toBe(true);
    expect(read('3-05')).toBe(true);
  });

  it('leaves zeros as people write them', () => {
    for (const text of ['0', '0.5', '.05', '10', '100+0', '0×7', '2.005', '0-0', '3.0+0.25'])
      expect(read(text)).toBe(false);
  });
});
