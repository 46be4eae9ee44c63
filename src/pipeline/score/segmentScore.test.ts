import { describe, expect, it } from 'vitest';
import type { SegmentCost } from './Candidate.ts';
import { segmentScore } from './segmentScore.ts';
import { testCandidate } from './testCandidate.ts';

const labels = ['1', '7', 'reject'];
const c = testCandidate([0, 0, 10, 40]);
const cost = (n: number): SegmentCost => ({ name: `cost ${n}`, cost: () => () => n });

describe('segmentScore', () => {
  it('is the log of the best readable probability less every cost', () => {
    const p = Float32Array.from([0.25, 0.125, 0.625]);
    expect(segmentScore(p, labels, [], c)).toBeCloseTo(Math.log(0.25), 12);
    expect(segmentScore(p, labels, [cost(0.5), cost(1)], c)).toBeCloseTo(Math.log(0.25) - 1.5, 12);
  });

  it('stays finite when nothing readable has any probability', () => {
    const p = Float32Array.from([0, 0, 1]);
    expect(segmentScore(p, labels, [], c)).toBeCloseTo(Math.log(1e-9), 12);
  });
});
