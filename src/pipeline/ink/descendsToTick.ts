import { inkBounds } from '../geometry/inkBounds.ts';
import type { Stroke } from '../types.ts';

/** The stroke is at most this wide for its height: the sign's rise is steep. */
const NARROW = 0.6;
/** It starts within this share of its height of its top… */
const START_TOP = 0.2;
/** …and within this share of its width of its right side. */
const START_RIGHT = 0.3;
/** Its first bottom (the sign's V) lies at least this share of its height down. */
const V_LOW = 0.8;
/** From the V it climbs back at least this share of its height (the tick)… */
const TICK_RISE = 0.1;
/** …moving left by this share of its height at least… */
const TICK_LEFT = 0.05;
/** …and falls again from the tick's top by this share at least, ending left of it. */
const TAIL = 0.1;

/**
 * Whether a stroke is a square root's sign without a bar drawn backwards, from the top:
 * down the rise to the V, up and left along the tick, then down its little entry stroke.
 * risesFromFoot is the same sign drawn forwards; a `1` written from the top ends at its
 * foot or turns right there, never into this zigzag (docs/experiments.md).
 */
export function descendsToTick(stroke: Stroke): boolean {
  if (stroke.length < 3) return false;
  const { x: x0, y: y0, w, h } = inkBounds([stroke]);
  const x1 = x0 + w;
  const [sx, sy] = stroke[0]!;
  if (h <= 0 || w > NARROW * h || sy - y0 > START_TOP * h || x1 - sx > START_RIGHT * w)
    return false;
  let v = stroke.findIndex(([, y]) => y - y0 >= V_LOW * h);
  if (v < 0) return false;
  while (v + 1 < stroke.length && stroke[v + 1]![1] >= stroke[v]![1]) v++;
  if (v === stroke.length - 1) return false;
  let top = v + 1;
  for (let i = v + 2; i < stroke.length; i++) if (stroke[i]![1] < stroke[top]![1]) top = i;
  const [vx, vy] = stroke[v]!;
  const [tx, ty] = stroke[top]!;
  const [ex, ey] = stroke[stroke.length - 1]!;
  return vy - ty >= TICK_RISE * h && vx - tx >= TICK_LEFT * h && ey - ty >= TAIL * h && ex <= tx;
}
