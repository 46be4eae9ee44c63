import type { Candidate, SegmentCost } from './Candidate.ts';
import { REJECT } from './symbolClasses.ts';

/**
 * How good a symbol `candidate` would make, for choosing the grouping: over its readable
 * labels, the best log-probability (after phase 1) less each segmentation cost of reading
 * it so, in list order.
 */
export function segmentScore(
  probs: Float32Array,
  labels: readonly string[],
  costs: readonly SegmentCost[],
  candidate: Candidate,
): number {
  const charges = costs.map((c) => c.cost(candidate));
  let best = -Infinity;
  for (let i = 0; i < probs.length; i++) {
    const label = labels[i]!;
    if (label === REJECT) continue;
    let score = Math.log(Math.max(probs[i]!, 1e-9));
    for (const charge of charges) score -= charge(label);
    if (score > best) best = score;
  }
  return Number.isFinite(best) ? best : Math.log(1e-9);
}
