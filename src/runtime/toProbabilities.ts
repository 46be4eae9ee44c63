/**
 * Turns a model's raw scores into probabilities that sum to 1. Our model has softmax in
 * the graph; a user's model may output independent sigmoids (the old app's rows summed to
 * anything from 0.0001 to 4.1) or logits, and confidences must still mean something.
 */
export function toProbabilities(
  scores: Float32Array,
  rows: number,
  classes: number,
): Float32Array[] {
  const out: Float32Array[] = [];
  for (let r = 0; r < rows; r++) {
    const row = scores.slice(r * classes, (r + 1) * classes);
    let sum = 0;
    let min = Infinity;
    for (const v of row) {
      sum += v;
      if (v < min) min = v;
    }
    if (min < 0 || !Number.isFinite(sum)) {
      // Logits: softmax them.
      let max = -Infinity;
      for (const v of row) if (v > max) max = v;
      sum = 0;
      for (let i = 0; i < classes; i++) sum += row[i] = Math.exp(row[i]! - max);
    }
    if (sum > 0 && Math.abs(sum - 1) > 1e-6) for (let i = 0; i < classes; i++) row[i]! /= sum;
    else if (sum <= 0) row.fill(1 / classes);
    out.push(row);
  }
  return out;
}
