import { BAR_FLATNESS, BAR_OVERLAP } from '../tuning.ts';
import type { InkBox } from '../types.ts';
import { stackedPair } from './stackedPair.ts';

/**
 * True for two flat parts one above the other, overlapping across, with a gap between
 * them: how `=` is drawn. The model sees the pair scaled to 20 px and can take a `=` whose
 * lower bar starts with a hook for a `2`, `5` or `7`; the shape of the parts cannot.
 */
export function isStackedBars(boxes: readonly InkBox[]): boolean {
  const pair = stackedPair(boxes);
  if (!pair) return false;
  const { upper: a, lower: b, across } = pair;
  if (a.h > BAR_FLATNESS * a.w || b.h > BAR_FLATNESS * b.w) return false;
  if (b.y <= a.y + a.h) return false;
  return across >= BAR_OVERLAP * Math.min(a.w, b.w);
}
