import { getStroke, type StrokeOptions } from 'perfect-freehand';

type XY = readonly [number, number, ...unknown[]];

/**
 * A pen stroke's filled outline as a Path2D: perfect-freehand turns the centre line into
 * a shape whose width follows the speed of the pen, which is what makes ink look like ink.
 */
export function freehandPath(points: readonly XY[], options: StrokeOptions): Path2D {
  const outline = getStroke(
    points.map((p) => [p[0], p[1]]),
    options,
  );
  const path = new Path2D();
  if (outline.length < 2) return path;
  // Quadratic curves through the midpoints keep the outline smooth at any zoom.
  const [first] = outline;
  path.moveTo(first![0]!, first![1]!);
  for (let i = 0; i < outline.length; i++) {
    const p = outline[i]!;
    const q = outline[(i + 1) % outline.length]!;
    path.quadraticCurveTo(p[0]!, p[1]!, (p[0]! + q[0]!) / 2, (p[1]! + q[1]!) / 2);
  }
  path.closePath();
  return path;
}
