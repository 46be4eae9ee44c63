import { inkBounds } from '../geometry/inkBounds.ts';
import type { Stroke } from '../types.ts';

/** The stroke is at most this wide for its height (a bar rises too, but flat). */
const NARROW = 0.8;
/** It starts in its box's left part, this share of its width at most… */
const START_LEFT = 0.3;
/** …this share of its height down at least… */
const START_LOW = 0.3;
/** …and ends within this share of its width of its right side… */
const END_RIGHT = 0.3;
/** …and within this share of its height of its top… */
const END_TOP = 0.15;
/** …having first gone down from its start by this share of its height at least (the tick). */
const TICK = 0.05;

/**
 * Whether a stroke goes down from low on its left, then up to its top right: a square
 * root's sign without a bar is written so (the tick, then the rise), a `1` with a foot
 * almost never (docs/experiments.md), though the two pictures can be the same.
 */
export function risesFromFoot(stroke: Stroke): boolean {
  if (stroke.length < 2) return false;
  const { x: x0, y: y0, w, h } = inkBounds([stroke]);
  const [x1, y1] = [x0 + w, y0 + h];
  if (h <= 0 || w > NARROW * h) return false;
  const [sx, sy] = stroke[0]!;
  const [ex, ey] = stroke[stroke.length - 1]!;
  return (
    sx - x0 <= START_LEFT * w &&
    sy - y0 >= START_LOW * h &&
    y1 - sy >= TICK * h &&
    x1 - ex <= END_RIGHT * w &&
    ey - y0 <= END_TOP * h
  );
}
