import type { InkPoint } from '../types.ts';

/**
 * Whether segments pq and rs cross properly: each one's ends lie strictly on opposite
 * sides of the other (touching or collinear segments do not count). Signs are compared
 * rather than products, so that tiny coordinates cannot underflow to "no crossing".
 */
export function segmentsCross(p: InkPoint, q: InkPoint, r: InkPoint, s: InkPoint): boolean {
  return side(r, s, p) * side(r, s, q) < 0 && side(p, q, r) * side(p, q, s) < 0;
}

function side(a: InkPoint, b: InkPoint, c: InkPoint): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}
