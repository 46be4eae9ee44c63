import { inkBounds } from '../pipeline/geometry/inkBounds.ts';
import type { Ink, InkPoint } from '../pipeline/types.ts';

/**
 * Ink as a tablet of coarse resolution reports it: rescaled so its longer side spans
 * `units` cells, every point snapped to a whole cell, repeats dropped. Old tablets and
 * small touch targets make some writers' ink arrive as such jagged polylines.
 *
 * Tried and not kept (2026-11-26): following the pen cell by cell so that every diagonal
 * step becomes a corner (upright runs and sideways jogs, as in some of ink-dev's `1`s,
 * brackets and `-`), for half or all of the coarse copies. Eight seeds each on a GPU read
 * the even items as without it, within a seed's spread: operators +2 and +3 of 1,532 on
 * average, digits and numbers +1 at most, expressions 0.
 */
export function coarsen(ink: Ink, units: number): Ink {
  const { x: minX, y: minY, w, h } = inkBounds(ink);
  const s = units / Math.max(w, h, 1e-9);
  return ink.map((st) => {
    const out: InkPoint[] = [];
    for (const p of st) {
      const q: InkPoint = [Math.round((p[0] - minX) * s), Math.round((p[1] - minY) * s)];
      const last = out[out.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
    return out;
  });
}
