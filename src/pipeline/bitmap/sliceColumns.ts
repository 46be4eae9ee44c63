import { inkBox } from '../types.ts';
import type { InkComponent } from './connectedComponents.ts';

/**
 * Component `c` cut into vertical slices at `cuts` (columns from its box's left edge, in
 * order): slice k holds columns [cuts[k - 1], cuts[k]), the first keeps the component's id,
 * the others get new ones in `labels`. Empty slices are left out.
 */
export function sliceColumns(
  labels: Int32Array,
  width: number,
  c: InkComponent,
  cuts: readonly number[],
  newId: () => number,
): InkComponent[] {
  const { x, y, w, h } = c.box;
  const edges = [0, ...cuts, w];
  const ids = edges.slice(0, -1).map((_, k) => (k === 0 ? c.id : newId()));
  const bounds = ids.map(() => ({ x0: Infinity, y0: Infinity, x1: -1, y1: -1, n: 0 }));
  for (let yy = y; yy < y + h; yy++) {
    for (let xx = x; xx < x + w; xx++) {
      const i = yy * width + xx;
      if (labels[i] !== c.id) continue;
      let k = 0;
      while (xx - x >= edges[k + 1]!) k++;
      labels[i] = ids[k]!;
      const b = bounds[k]!;
      b.x0 = Math.min(b.x0, xx);
      b.x1 = Math.max(b.x1, xx);
      b.y0 = Math.min(b.y0, yy);
      b.y1 = Math.max(b.y1, yy);
      b.n++;
    }
  }
  return ids.flatMap((id, k) => {
    const b = bounds[k]!;
    return b.n > 0
      ? [{ id, box: inkBox(b.x0, b.y0, b.x1 - b.x0 + 1, b.y1 - b.y0 + 1), pixelCount: b.n }]
      : [];
  });
}
