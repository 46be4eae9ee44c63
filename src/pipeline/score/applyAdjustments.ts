import type { Adjustment, Candidate } from './Candidate.ts';

/**
 * One phase of the scoring stage: `probs` times every applying adjustment's odds, label by
 * label in list order, renormalised once. When no adjustment applies the model's row is
 * returned as it is; when the odds would zero every label, too (the model's word stands).
 */
export function applyAdjustments<C extends Candidate>(
  probs: Float32Array,
  labels: readonly string[],
  adjustments: readonly Adjustment<C>[],
  candidate: C,
): Float32Array {
  const active = adjustments.filter((a) => a.applies(candidate));
  if (active.length === 0) return probs;
  const taught = candidate.taught?.label;
  const p = Float32Array.from(probs);
  labels.forEach((label, i) => {
    for (const a of active)
      if (!(a.sparesTaught && label === taught)) p[i]! *= a.odds(label, candidate);
  });
  let sum = 0;
  for (const v of p) sum += v;
  if (!(sum > 0)) return probs;
  for (let i = 0; i < p.length; i++) p[i]! /= sum;
  return p;
}
