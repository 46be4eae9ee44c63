import { describe, expect, it } from 'vitest';
import { isRootAsOne } from './isRootAsOne.ts';

const one = (root: number) => ({
  symbol: '1',
  alternatives: [
    { symbol: ')', p: 0.02 },
    { symbol: '√', p: root },
  ],
});

describe('isRootAsOne', () => {
  it('is a number alone led by a `1` the model also took for a root’s sign', () => {
    expect(isRootAsOne('1169', one(0.01))).toBe(true);
    expect(isRootAsOne('14', one(0.09))).toBe(true);
  });

  it('is no such number where the sign’s chance is below ROOT_AS_ONE', () => {
    expect(isRootAsOne('1169', one(0.009))).toBe(false);
    expect(isRootAsOne('1169', { symbol: '1', alternatives: [] })).toBe(false);
  });

  it('is no calculation, a single digit or a number led by another digit', () => {
    expect(isRootAsOne('1+69', one(0.5))).toBe(false);
    expect(isRootAsOne('1', one(0.5))).toBe(false);
    expect(isRootAsOne('√169', one(0.5))).toBe(false);
    expect(isRootAsOne('716', { symbol: '7', alternatives: [{ symbol: '√', p: 0.5 }] })).toBe(
      false,
    );
    expect(isRootAsOne('16', undefined)).toBe(false);
  });
});
