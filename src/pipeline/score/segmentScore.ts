import type { Candidate, SegmentCost } from './Candidate.ts';
import { REJECT } from './symbolClasses.ts';

/**
 * How good a symbol `candidate` would make, for choosing the grouping: the log of its best
 * readable probability (after phase 1) less each segmentation cost, in list order.
 */
export function segmentScore(
  probs: Float32Array,
  labels: readonly string[],
  costs: readonly SegmentCost[],
  candidate: Candidate,
): number {
  let best = 0;
  for (let i = 0; i < probs.length; i++)
    if (labels[i] !== REJECT && probs[i]! > best) best = probs[i]!;
  let score = Math.log(Math.max(best, 1e-9));
  for (const c of costs) score -= c.cost(candidate);
  return score;
}
