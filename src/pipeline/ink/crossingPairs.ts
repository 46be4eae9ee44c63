import { segmentsCross } from './segmentsCross.ts';
import type { Ink, InkBox, InkPoint } from '../types.ts';

/** Points per stroke kept for the test: enough for a symbol's shape, bounded for any input. */
const MAX_POINTS = 48;
/** Segment-pair tests per drawing; past it no more pairs are tested (hostile input). */
const BUDGET = 1_000_000;

/**
 * Which strokes cross each other: pairs [a, b] (a < b) whose polylines properly intersect.
 * Strokes that cross almost always belong to one symbol (the bars of `+` and `×`, the two
 * strokes of a `4`, a `7`'s crossbar), while neighbouring symbols only touch, so
 * segmentation charges a cost for putting crossing strokes into different symbols.
 * Only pairs whose boxes overlap are tested, on strokes thinned to MAX_POINTS, and the
 * whole search stops after BUDGET segment tests: the work is bounded whatever is posted.
 */
export function crossingPairs(
  strokes: Ink,
  boxes: readonly InkBox[],
): Array<readonly [number, number]> {
  const thin = strokes.map(thinOut);
  const pairs: Array<readonly [number, number]> = [];
  let budget = BUDGET;
  for (let a = 0; a < thin.length; a++) {
    for (let b = a + 1; b < thin.length; b++) {
      if (!boxesOverlap(boxes[a]!, boxes[b]!)) continue;
      budget -= thin[a]!.length * thin[b]!.length;
      if (budget < 0) return pairs;
      if (polylinesCross(thin[a]!, thin[b]!, boxes[b]!)) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** Every k-th point (and the last), so that at most MAX_POINTS remain. */
function thinOut(stroke: readonly InkPoint[]): readonly InkPoint[] {
  if (stroke.length <= MAX_POINTS) return stroke;
  const step = Math.ceil(stroke.length / (MAX_POINTS - 1));
  const out: InkPoint[] = [];
  for (let i = 0; i < stroke.length; i += step) out.push(stroke[i]!);
  if (out[out.length - 1] !== stroke[stroke.length - 1]) out.push(stroke[stroke.length - 1]!);
  return out;
}

function boxesOverlap(p: InkBox, q: InkBox): boolean {
  return p.x <= q.x + q.w && q.x <= p.x + p.w && p.y <= q.y + q.h && q.y <= p.y + p.h;
}

function polylinesCross(s: readonly InkPoint[], t: readonly InkPoint[], tBox: InkBox): boolean {
  for (let i = 1; i < s.length; i++) {
    const p = s[i - 1]!;
    const q = s[i]!;
    // Skip segments of s that lie entirely outside t's box.
    if (Math.max(p[0], q[0]) < tBox.x || Math.min(p[0], q[0]) > tBox.x + tBox.w) continue;
    if (Math.max(p[1], q[1]) < tBox.y || Math.min(p[1], q[1]) > tBox.y + tBox.h) continue;
    for (let j = 1; j < t.length; j++) {
      if (segmentsCross(p, q, t[j - 1]!, t[j]!)) return true;
    }
  }
  return false;
}
