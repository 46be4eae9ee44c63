import { describe, expect, it } from 'vitest';
import { DOT_JOIN_COST } from '../../tuning.ts';
import { inkBox, type InkBox } from '../../types.ts';
import { testCandidate } from '../testCandidate.ts';
import { dotJoin } from './dotJoin.ts';

// On testCandidate's line, digits from y 0 to 100.
const digit = inkBox(0, 0, 50, 100);
const group = (...parts: InkBox[]) =>
  testCandidate([0, 0, 60, 100], { parts, pieces: parts.length });

describe('dot-join', () => {
  it.each([
    ['a tap tucked under a digit', inkBox(40, 95, 0, 0), 0.99],
    ['a small circle beside a digit', inkBox(55, 85, 12, 12), 0.9],
  ])('charges a digit that swallows %s about one dot', (_, dot, least) => {
    const cost = dotJoin.cost(group(digit, dot))('3');
    expect(cost).toBeGreaterThanOrEqual(DOT_JOIN_COST * least);
    expect(cost).toBeLessThanOrEqual(DOT_JOIN_COST);
  });

  it('leaves a second stroke half the digit tall alone: no dot', () => {
    expect(dotJoin.cost(group(digit, inkBox(50, 50, 30, 50)))('4')).toBeLessThan(1e-3);
  });

  it('lets ÷, : and % hold their own two dots, and no more', () => {
    const bar = inkBox(0, 48, 60, 4);
    const dots = [inkBox(28, 20, 4, 4), inkBox(28, 76, 4, 4)];
    expect(dotJoin.cost(group(bar, ...dots))('÷')).toBe(0);
    expect(dotJoin.cost(group(...dots))(':')).toBe(0);
    expect(dotJoin.cost(group(inkBox(0, 0, 60, 100), ...dots))('%')).toBe(0);
    expect(dotJoin.cost(group(bar, ...dots))('=')).toBeGreaterThan(1.5 * DOT_JOIN_COST);
    const extra = group(bar, ...dots, inkBox(62, 95, 3, 3));
    expect(dotJoin.cost(extra)('÷')).toBeGreaterThan(0.7 * DOT_JOIN_COST);
  });

  it('ignores marks attached to a larger part, and single parts', () => {
    const c = { ...group(digit, inkBox(40, 40, 3, 3)), noDot: [false, true] };
    expect(dotJoin.cost(c)('3')).toBeLessThan(1e-6);
    expect(dotJoin.cost(testCandidate([0, 93, 4, 4]))('.')).toBe(0);
  });
});
