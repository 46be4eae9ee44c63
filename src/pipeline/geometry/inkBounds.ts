import { inkBox, type Ink, type InkBox } from '../types.ts';

/** Bounding box of every point of the given strokes (all of them when `indexes` is omitted). */
export function inkBounds(ink: Ink, indexes?: readonly number[]): InkBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const pick = indexes ?? ink.map((_, i) => i);
  for (const i of pick) {
    for (const p of ink[i] ?? []) {
      if (p[0] < minX) minX = p[0];
      if (p[0] > maxX) maxX = p[0];
      if (p[1] < minY) minY = p[1];
      if (p[1] > maxY) maxY = p[1];
    }
  }
  if (minX === Infinity) return inkBox(0, 0, 0, 0);
  return inkBox(minX, minY, maxX - minX, maxY - minY);
}
