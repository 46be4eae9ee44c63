import { inkBounds } from '../geometry/inkBounds.ts';
import type { Stroke } from '../types.ts';

/** Its ends lie within this share of its larger side of each other: most `0`s, no `√`. */
const LOOP_GAP = 0.5;

/**
 * Whether a stroke closes on itself, as a `0`'s loop does and a root's sign (tick, rise and
 * bar, its ends far apart) never: a loop holds no radicand, whatever stands inside it.
 */
export function isLoop(stroke: Stroke): boolean {
  if (stroke.length < 3) return false;
  const { w, h } = inkBounds([stroke]);
  const size = Math.max(w, h);
  const [sx, sy] = stroke[0]!;
  const [ex, ey] = stroke[stroke.length - 1]!;
  return size > 0 && Math.hypot(ex - sx, ey - sy) <= LOOP_GAP * size;
}
