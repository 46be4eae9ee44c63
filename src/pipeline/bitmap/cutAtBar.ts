import { inkBox } from '../types.ts';
import type { InkComponent } from './connectedComponents.ts';
import { floodPieces } from './floodPieces.ts';

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
  const { pieces, pieceOf: piece } = floodPieces(labels, width, c, (xx, yy) => !band.has(xx, yy));
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
