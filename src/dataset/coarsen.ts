import { inkBounds } from '../pipeline/geometry/inkBounds.ts';
import type { Ink, InkPoint } from '../pipeline/types.ts';

/**
 * Ink as a tablet of coarse resolution reports it: rescaled so its longer side spans
 * `units` cells, every point snapped to a whole cell, repeats dropped. Old tablets and
 * small touch targets make some writers' ink arrive as such jagged polylines. (Stepping
 * every diagonal into a corner as well read no better: docs/experiments.md.)
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
