import type { Ink, InkBox, InkPoint } from './types.ts';

/**
 * Which strokes cross each other: pairs [a, b] (a < b) whose polylines properly intersect.
 * Strokes that cross almost always belong to one symbol (the bars of `+` and `×`, the two
 * strokes of a `4`, a `7`'s crossbar), while neighbouring symbols only touch, so
 * segmentation charges a cost for putting crossing strokes into different symbols.
 * Only pairs whose boxes overlap are tested, so the cost stays near linear in strokes.
 */
export function crossingPairs(
  strokes: Ink,
  boxes: readonly InkBox[],
): Array<readonly [number, number]> {
  const pairs: Array<readonly [number, number]> = [];
  for (let a = 0; a < strokes.length; a++) {
    for (let b = a + 1; b < strokes.length; b++) {
      if (!boxesOverlap(boxes[a]!, boxes[b]!)) continue;
      if (polylinesCross(strokes[a]!, strokes[b]!, boxes[b]!)) pairs.push([a, b]);
    }
  }
  return pairs;
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

/** Proper crossing: each segment's ends lie strictly on opposite sides of the other. */
function segmentsCross(p: InkPoint, q: InkPoint, r: InkPoint, s: InkPoint): boolean {
  const d1 = side(r, s, p);
  const d2 = side(r, s, q);
  const d3 = side(p, q, r);
  const d4 = side(p, q, s);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function side(a: InkPoint, b: InkPoint, c: InkPoint): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}
