import { inkBox } from '../types.ts';
import type { InkComponent } from './connectedComponents.ts';

/** A piece cut off smaller than this share of the component's height stays with the bar. */
const CRUMB = 0.1;

/** Where a bar lies in a component: whether a pixel is the bar's, and how thick the bar is. */
export interface BarBand {
  readonly has: (x: number, y: number) => boolean;
  readonly thickness: number;
}

/**
 * Component `c` cut into its bar (the pixels of `band`, keeping the component's id) and the
 * pieces the bar held together, each 8-connected without crossing the bar. Crumbs, and
 * slivers along the bar no thicker than it (its round caps), stay with the bar.
 */
export function cutAtBar(
  labels: Int32Array,
  width: number,
  c: InkComponent,
  band: BarBand,
  newId: () => number,
): InkComponent[] {
  const { x, y, w, h } = c.box;
  const mine = (xx: number, yy: number): boolean =>
    labels[yy * width + xx] === c.id && !band.has(xx, yy);
  const piece = new Int32Array(w * h);
  const pieces: { id: number; x0: number; y0: number; x1: number; y1: number; n: number }[] = [];
  for (let yy = y; yy < y + h; yy++) {
    for (let xx = x; xx < x + w; xx++) {
      const k = (yy - y) * w + (xx - x);
      if (!mine(xx, yy) || piece[k] !== 0) continue;
      const found = { id: pieces.length + 1, x0: xx, y0: yy, x1: xx, y1: yy, n: 0 };
      pieces.push(found);
      const stack = [k];
      piece[k] = found.id;
      while (stack.length > 0) {
        const p = stack.pop()!;
        const [px, py] = [x + (p % w), y + Math.floor(p / w)];
        found.n++;
        found.x0 = Math.min(found.x0, px);
        found.x1 = Math.max(found.x1, px);
        found.y0 = Math.min(found.y0, py);
        found.y1 = Math.max(found.y1, py);
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) {
            const [qx, qy] = [px + dx, py + dy];
            if (qx < x || qx >= x + w || qy < y || qy >= y + h || !mine(qx, qy)) continue;
            const q = (qy - y) * w + (qx - x);
            if (piece[q] !== 0) continue;
            piece[q] = found.id;
            stack.push(q);
          }
      }
    }
  }
  const kept = pieces.filter(
    (p) => Math.max(p.x1 - p.x0, p.y1 - p.y0) + 1 >= CRUMB * h && p.y1 - p.y0 + 1 > band.thickness,
  );
  const ids = new Map(kept.map((p) => [p.id, newId()]));
  const bar = { x0: Infinity, y0: Infinity, x1: -1, y1: -1, n: 0 };
  for (let yy = y; yy < y + h; yy++)
    for (let xx = x; xx < x + w; xx++) {
      if (labels[yy * width + xx] !== c.id) continue;
      const to = ids.get(piece[(yy - y) * w + (xx - x)]!);
      if (to !== undefined) {
        labels[yy * width + xx] = to;
        continue;
      }
      bar.x0 = Math.min(bar.x0, xx);
      bar.x1 = Math.max(bar.x1, xx);
      bar.y0 = Math.min(bar.y0, yy);
      bar.y1 = Math.max(bar.y1, yy);
      bar.n++;
    }
  return [
    {
      id: c.id,
      box: inkBox(bar.x0, bar.y0, bar.x1 - bar.x0 + 1, bar.y1 - bar.y0 + 1),
      pixelCount: bar.n,
    },
    ...kept.map((p) => ({
      id: ids.get(p.id)!,
      box: inkBox(p.x0, p.y0, p.x1 - p.x0 + 1, p.y1 - p.y0 + 1),
      pixelCount: p.n,
    })),
  ];
}
