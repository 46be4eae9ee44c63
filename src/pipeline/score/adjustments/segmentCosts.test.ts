import { describe, expect, it } from 'vitest';
import { CROSSING_COST, FAR_GAP_COST, RING_JOIN_COST, SYMBOL_COST } from '../../tuning.ts';
import type { Candidate, SegmentCost } from '../Candidate.ts';
import { testCandidate } from '../testCandidate.ts';
import { crossingCost, farGapCost, symbolCost } from './segmentCosts.ts';

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
    expect(cost.cost(candidate)('1')).toBeCloseTo(expected, 12);
  });

  it('lets only a `%` join its rings across a far gap cheaply', () => {
    const cost = farGapCost.cost({ ...plain, overGap: 0.25, ringJoin: true });
    expect(cost('%')).toBeCloseTo(FAR_GAP_COST / 4, 12);
    expect(cost('0')).toBeCloseTo(FAR_GAP_COST / 4 + RING_JOIN_COST, 12);
  });
});
