import { describe, expect, it } from 'vitest';
import { rootStroke } from './rootStroke.ts';

describe('rootStroke', () => {
  it('names which way a bare root sign was drawn, and nothing for a `1`', () => {
    expect(
      rootStroke([
        [0, 60],
        [8, 100],
        [30, 0],
      ]),
    ).toBe('rises');
    expect(
      rootStroke([
        [30, 0],
        [24, 93],
        [10, 77],
        [0, 100],
      ]),
    ).toBe('descends');
    expect(
      rootStroke([
        [10, 0],
        [12, 100],
      ]),
    ).toBeNull();
  });
});
