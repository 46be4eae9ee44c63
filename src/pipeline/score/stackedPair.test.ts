import { describe, expect, it } from 'vitest';
import { inkBox } from '../types.ts';
import { stackedPair } from './stackedPair.ts';

describe('stackedPair', () => {
  it('orders two parts top first and measures their overlap across', () => {
    const [top, low] = [inkBox(0, 0, 60, 6), inkBox(20, 30, 60, 6)];
    expect(stackedPair([low, top])).toEqual({ upper: top, lower: low, across: 40 });
    expect(stackedPair([top, inkBox(80, 30, 10, 6)])?.across).toBe(-20);
  });

  it('has no pair for other counts of parts', () => {
    expect(stackedPair([inkBox(0, 0, 60, 6)])).toBeNull();
  });
});
