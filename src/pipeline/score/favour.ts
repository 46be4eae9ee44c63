/** `probs` with label `index` made `odds` times likelier, renormalised. */
export function favour(probs: Float32Array, index: number, odds: number): Float32Array {
  const p = Float32Array.from(probs);
  p[index]! *= odds;
  let sum = 0;
  for (const v of p) sum += v;
  for (let i = 0; i < p.length; i++) p[i]! /= sum;
  return p;
}
