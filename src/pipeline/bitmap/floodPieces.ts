import type { InkComponent } from './connectedComponents.ts';

/** One 8-connected piece: its bounds (inclusive, image pixels), size, and id in `pieceOf`. */
export interface Piece {
  readonly id: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  n: number;
}

/**
 * The 8-connected pieces of component `c`'s pixels that `keep` admits (those under a bar, a
 * band of rows), with `pieceOf`: per pixel of `c`'s box, row by row, its piece's id (1 on),
 * or 0.
 */
export function floodPieces(
  labels: Int32Array,
  width: number,
  c: InkComponent,
  keep: (x: number, y: number) => boolean,
): { pieces: Piece[]; pieceOf: Int32Array } {
  const { x, y, w, h } = c.box;
  const mine = (xx: number, yy: number): boolean =>
    labels[yy * width + xx] === c.id && keep(xx, yy);
  const pieceOf = new Int32Array(w * h);
  const pieces: Piece[] = [];
  for (let yy = y; yy < y + h; yy++) {
    for (let xx = x; xx < x + w; xx++) {
      const k = (yy - y) * w + (xx - x);
      if (pieceOf[k] !== 0 || !mine(xx, yy)) continue;
      const found = { id: pieces.length + 1, x0: xx, y0: yy, x1: xx, y1: yy, n: 0 };
      pieces.push(found);
      const stack = [k];
      pieceOf[k] = found.id;
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
            if (pieceOf[q] !== 0) continue;
            pieceOf[q] = found.id;
            stack.push(q);
          }
      }
    }
  }
  return { pieces, pieceOf };
}
