import { describe, expect, it } from 'vitest';
import { CROSSING_COST, DOT_JOIN_COST, FAR_GAP_COST, SYMBOL_COST } from '../../tuning.ts';
import { inkBox } from '../../types.ts';
import type { Candidate, SegmentCost } from '../Candidate.ts';
import { testCandidate } from '../testCandidate.ts';
import { crossingCost, dotJoinCost, farGapCost, symbolCost } from './segmentCosts.ts';

const plain = testCandidate([0, 0, 50, 100]);
const cases: [string, SegmentCost, Candidate, number][] = [
  ['a symbol', symbolCost, plain, SYMBOL_COST],
  ['no crossing cut', crossingCost, plain, 0],
  [
    'one crossing cut: half, the other side pays the rest',
    crossingCost,
    { ...plain, cutCrossings: 1 },
    CROSSING_COST / 2,
  ],
  ['three crossings cut', crossingCost, { ...plain, cutCrossings: 3 }, (3 * CROSSING_COST) / 2],
  ['a gap within the usual', farGapCost, plain, 0],
  ['a far join, a quarter line over', farGapCost, { ...plain, overGap: 0.25 }, FAR_GAP_COST / 4],
];

describe('segmentation costs', () => {
  it.each(cases)('%s', (_, cost, candidate, expected) => {
    expect(cost.cost(candidate)).toBeCloseTo(expected, 12);
  });
});

describe('dot-join', () => {
  const digit = inkBox(0, 0, 50, 100);
  const join = (dot: readonly [number, number, number, number], other = digit): number =>
    dotJoinCost.cost(testCandidate([0, 0, 60, 100], { parts: [other, inkBox(...dot)], pieces: 2 }));

  it.each([
    ['a tap tucked under a digit', [40, 95, 0, 0] as const, DOT_JOIN_COST * 0.99, DOT_JOIN_COST],
    [
      'a small circle beside a digit',
      [55, 85, 12, 12] as const,
      DOT_JOIN_COST * 0.9,
      DOT_JOIN_COST,
    ],
    ['a second stroke half the digit tall', [50, 50, 30, 50] as const, 0, 0.01],
  ])('%s', (_, dot, lo, hi) => {
    expect(join(dot)).toBeGreaterThanOrEqual(lo);
    expect(join(dot)).toBeLessThanOrEqual(hi);
  });

  it('charges nothing for dots with no tall part (the dots of ÷ and :)', () => {
    const bar = inkBox(0, 48, 60, 4);
    expect(join([28, 20, 4, 4], bar)).toBe(0);
    expect(join([28, 20, 4, 4], inkBox(28, 70, 4, 4))).toBe(0);
  });

  it('charges nothing for a single part', () => {
    expect(dotJoinCost.cost(testCandidate([0, 93, 4, 4]))).toBe(0);
  });
});
