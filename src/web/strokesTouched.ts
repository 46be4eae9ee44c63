import type { Ink, InkPoint, Stroke } from '../pipeline/types.ts';

/**
 * The indexes of the strokes of `ink` that an eraser moved along `path` touches: some
 * point or segment of the stroke lies within `reach` of a point or segment of the path,
 * so a quick drag that jumps over a thin stroke between two samples still takes it.
 */
export function strokesTouched(path: Stroke, ink: Ink, reach: number): number[] {
  if (path.length === 0) return [];
  const box = grow(bounds(path), reach);
  return ink.flatMap((stroke, i) => {
    if (stroke.length === 0 || !overlap(box, bounds(stroke))) return [];
    return segments(stroke).some(([a, b]) =>
      segments(path).some(([c, d]) => segmentDistance(a, b, c, d) <= reach),
    )
      ? [i]
      : [];
  });
}

type Box = readonly [x0: number, y0: number, x1: number, y1: number];

function bounds(stroke: Stroke): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of stroke)
    [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  return [x0, y0, x1, y1];
}

function grow([x0, y0, x1, y1]: Box, by: number): Box {
  return [x0 - by, y0 - by, x1 + by, y1 + by];
}

function overlap(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** A stroke's segments; a single point is a segment of no length. */
function segments(stroke: Stroke): (readonly [InkPoint, InkPoint])[] {
  if (stroke.length === 1) return [[stroke[0]!, stroke[0]!]];
  return stroke.slice(1).map((p, i) => [stroke[i]!, p] as const);
}

function segmentDistance(a: InkPoint, b: InkPoint, c: InkPoint, d: InkPoint): number {
  if (cross(a, b, c, d)) return 0;
  return Math.min(
    pointDistance(a, c, d),
    pointDistance(b, c, d),
    pointDistance(c, a, b),
    pointDistance(d, a, b),
  );
}

/** Whether segments ab and cd cross properly (touching ends are measured as distance 0 anyway). */
function cross(a: InkPoint, b: InkPoint, c: InkPoint, d: InkPoint): boolean {
  const side = (p: InkPoint, q: InkPoint, r: InkPoint): number =>
    (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const [d1, d2, d3, d4] = [side(c, d, a), side(c, d, b), side(a, b, c), side(a, b, d)];
  return d1 * d2 < 0 && d3 * d4 < 0;
}

function pointDistance(p: InkPoint, a: InkPoint, b: InkPoint): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = dx * dx + dy * dy;
  const t =
    length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
