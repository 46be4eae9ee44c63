import { inkBounds } from '../geometry/inkBounds.ts';
import type { Ink, Stroke } from '../types.ts';
import { isScratchShape } from './isScratchShape.ts';

/** A stroke is scratched out when this share of its points lies under the scratch… */
const COVERED = 0.6;
/** …within the scratch's box grown by this share of its size on every side. */
const MARGIN = 0.1;

/** What a scratch-out removes is at least this share of its own size. */
const SIZE = 0.4;

/**
 * Which strokes of `ink` a new stroke scratches out, as one crosses out on paper: the new
 * stroke is a dense zig-zag (isScratchShape) and most of each stroke it removes lies under
 * it. Null when it scratches nothing out, and is then ink like any other (a `-` drawn back
 * and forth, a dot scribbled round, a `=` written as a `z`).
 */
export function scratchOut(stroke: Stroke, ink: Ink): number[] | null {
  if (!isScratchShape(stroke)) return null;
  const box = inkBounds([stroke]);
  const grow = MARGIN * Math.max(box.w, box.h);
  const [x0, y0, x1, y1] = [box.x - grow, box.y - grow, box.x + box.w + grow, box.y + box.h + grow];
  const under = ink.flatMap((s, i) => {
    if (s.length === 0) return [];
    const inside = s.filter(([x, y]) => x >= x0 && x <= x1 && y >= y0 && y <= y1).length;
    return inside >= COVERED * s.length ? [i] : [];
  });
  if (under.length === 0) return null;
  // What it crosses out is about its size: an `8` drawn in straight strokes over a dot
  // is an `8`.
  const covered = inkBounds(under.map((i) => ink[i]!));
  return Math.max(covered.w, covered.h) >= SIZE * Math.max(box.w, box.h) ? under : null;
}
