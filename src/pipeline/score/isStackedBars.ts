import { BAR_FLATNESS, BAR_OVERLAP } from '../tuning.ts';
import type { InkBox } from '../types.ts';

/**
 * True for two flat parts one above the other, overlapping across, with a gap between
 * them: how `=` is drawn. The model sees the pair scaled to 20 px and can take a `=` whose
 * lower bar starts with a hook for a `2`, `5` or `7`; the shape of the parts cannot.
 */
export function isStackedBars(boxes: readonly InkBox[]): boolean {
  if (boxes.length !== 2) return false;
  const [a, b] = boxes[0]!.y <= boxes[1]!.y ? [boxes[0]!, boxes[1]!] : [boxes[1]!, boxes[0]!];
  if (a.h > BAR_FLATNESS * a.w || b.h > BAR_FLATNESS * b.w) return false;
  if (b.y <= a.y + a.h) return false;
  const across = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  return across >= BAR_OVERLAP * Math.min(a.w, b.w);
}
