import type { InkBox } from '../types.ts';

/**
 * A bar is at most this tall for its width. Coarse tablets and quick hands curl the ends of
 * a `=`'s bars: at 0.45, 30 of the even items' 245 two-stroke `=` failed the test (16 at
 * 0.6), and such a `=` at the end of an expression was read as `1` or `2`. Even items at 0.6:
 * operators +3, expressions +1; 0.8 read the same but let ten two-stroke `5`s pass as bars.
 */
const FLAT = 0.6;
/** The bars overlap across by at least this share of the shorter one. */
const OVERLAP = 0.5;
/**
 * How much likelier two stacked bars make `=`. On the even half of ink-dev's digits and
 * operators, 229 of 245 two-stroke `=` look like this and 2 of 1,188 other two-stroke
 * symbols do (both `5`s with a flat hat, which the model reads surely enough to stay `5`);
 * 50 is a cautious reading of that.
 */
export const STACKED_BARS_ODDS = 50;

/**
 * True for two flat parts one above the other, overlapping across, with a gap between
 * them: how `=` is drawn. The model sees the pair scaled to 20 px and can take a `=` whose
 * lower bar starts with a hook for a `2`, `5` or `7`; the shape of the parts cannot.
 */
export function isStackedBars(boxes: readonly InkBox[]): boolean {
  if (boxes.length !== 2) return false;
  const [a, b] = boxes[0]!.y <= boxes[1]!.y ? [boxes[0]!, boxes[1]!] : [boxes[1]!, boxes[0]!];
  if (a.h > FLAT * a.w || b.h > FLAT * b.w) return false;
  if (b.y <= a.y + a.h) return false;
  const across = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  return across >= OVERLAP * Math.min(a.w, b.w);
}
