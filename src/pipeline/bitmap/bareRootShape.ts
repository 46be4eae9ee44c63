import type { InkComponent } from './connectedComponents.ts';
import { rowRuns } from './rowRuns.ts';

/** A bare sign is at most this wide for its height. */
const NARROW = 0.7;
/** Tick and rise stand apart from this share of the height above the foot… */
const SPLIT_LOW = 0.3;
/** …and the tick ends below this share of the height above the foot. */
const TICK_TOP = 0.45;
/** Above the tick, this share of the rows at least hold the rise alone… */
const ALONE = 0.9;
/** …no wider than this many times its width beside the tick. */
const THIN = 2;
/** Fewer rows than this (pixels) cannot show a tick apart from the rise. */
const MIN_ROWS = 8;

/**
 * Whether component `c` is a square root's sign without a bar as a picture shows it: a
 * narrow stroke standing on a point, with a short tick apart on its left near the foot and
 * the rise alone above it. A `6`'s loop has its stem on the left; a `1`'s foot lies flat.
 */
export function bareRootShape(labels: Int32Array, width: number, c: InkComponent): boolean {
  const { w, h } = c.box;
  if (w > NARROW * h || h < MIN_ROWS) return false;
  const runs = rowRuns(labels, width, c);
  // From the foot up: the point, then tick and rise side by side, then the rise alone.
  let row = h - 1;
  while (row >= 0 && runs[row]!.length < 2) row--;
  if (row < (1 - SPLIT_LOW) * h) return false;
  while (row > 0 && runs[row - 1]!.length === 2) row--;
  const pair = runs[row]!;
  if (row < (1 - TICK_TOP) * h || pair.length !== 2) return false;
  const [tick, rise] = pair as [[number, number], [number, number]];
  const above = runs.slice(0, row);
  // The rise goes on up alone, a stroke as thin as at the tick, right of the tick all the way
  // (a `5`'s or a `3`'s bowl comes back left over its foot).
  const thin = THIN * (rise[1] - rise[0] + 1);
  const alone = above.filter(
    (r) => r.length === 1 && r[0]![0] > tick[1] && r[0]![1] - r[0]![0] + 1 <= thin,
  ).length;
  return above.length > 0 && alone >= ALONE * above.length;
}
