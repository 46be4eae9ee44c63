import type { InkPoint, Stroke } from '../types.ts';
import { segmentsCross } from './segmentsCross.ts';

/**
 * The closest two strokes' centre lines come, in ink units: 0 when they cross. A stroke of
 * one point is a dot.
 */
export function inkDistance(a: Stroke, b: Stroke): number {
  let best = Infinity;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const p2 = a[Math.min(i + 1, a.length - 1)]!;
    for (let j = 0; j < b.length; j++) {
      const q = b[j]!;
      const q2 = b[Math.min(j + 1, b.length - 1)]!;
      if (segmentsCross(p, p2, q, q2)) return 0;
      best = Math.min(
        best,
        pointToSegment(p, q, q2),
        pointToSegment(q, p, p2),
        pointToSegment(p2, q, q2),
        pointToSegment(q2, p, p2),
      );
    }
  }
  return best;
}

function pointToSegment(p: InkPoint, a: InkPoint, b: InkPoint): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t =
    len2 > 0 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
