import type { Raster } from '../types.ts';
import type { ComponentMap, InkComponent } from './connectedComponents.ts';
import { penWidth } from './penWidth.ts';
import { recutComponents } from './recutComponents.ts';
import { sliceColumns } from './sliceColumns.ts';

/** The minus is at most this many pen widths thick… */
const PEN_SLACK = 1.5;
/** …at least this share of the blob's height long… */
const LONG = 0.15;
/** …starts below the blob's top by this share of its height (a `5`'s hat is the top)… */
const BELOW_TOP = 0.08;
/** …and ends within this top share of it (a `4`'s bar lies lower). */
const ABOVE = 0.3;
/** The blob the minus joined is at least this many (slack) pen widths tall. */
const TALL = 3;
/** The exponent after it starts within this share of the blob's height of its end… */
const NEAR = 0.5;
/** …reaching up to this share of the blob's height below its top, or higher… */
const REACH_TOP = 0.1;
/** …at least this share of its height tall (a digit, not a bar of a `=`)… */
const EXPONENT = 0.3;
/** …with its foot above this share of the blob's height, from its top (raised). */
const RAISED_FOOT = 0.65;

/**
 * Cuts an exponent's minus from the base a thick pen joined it to (`10⁻²`, one blob of `0`
 * and `-` in a picture), so that the minus stands with its exponent as it does in strokes:
 * a thin level run that sticks out of the blob's right side near its top, with a raised
 * group right after it.
 */
export function splitExponentMinus(ink: Raster, map: ComponentMap): ComponentMap {
  const { width } = ink;
  const all = map.components;
  return recutComponents(map, (c, _, labels, newId) => {
    const { x, y, w, h } = c.box;
    const end = x + w;
    // Most blobs have no raised group right after them: they are left before their pen is
    // measured (how close that group may start depends on the pen).
    const after = all.filter(
      (o) =>
        o !== c &&
        o.box.x <= end + NEAR * h &&
        o.box.y + o.box.h <= y + RAISED_FOOT * h &&
        o.box.y <= y + REACH_TOP * h &&
        o.box.h >= EXPONENT * h &&
        o.box.h < h,
    );
    if (after.length === 0) return null;
    const pen = PEN_SLACK * penWidth(labels, width, c);
    // A bar alone is no digit with a minus joined to it.
    if (h < TALL * pen || !after.some((o) => o.box.x >= end - pen)) return null;
    const start = tailStart(labels, width, c, pen, [y + BELOW_TOP * h, y + ABOVE * h]);
    if (start === null || end - start < LONG * h) return null;
    return sliceColumns(labels, width, c, [start - x], newId);
  });
}

/**
 * Walking in from component `c`'s right edge while each column crosses one run of ink at
 * most `pen` thick within rows `from`..`to`: the first column of that tail, or null when
 * there is none or it is no level run (over two pens tall all along).
 */
function tailStart(
  labels: Int32Array,
  width: number,
  c: InkComponent,
  pen: number,
  [from, to]: readonly [number, number],
): number | null {
  const { x, y, w, h } = c.box;
  let xx = x + w - 1;
  let [top, bottom] = [y + h, y - 1];
  for (; xx >= x; xx--) {
    let runs = 0;
    let [t, b] = [-1, -1];
    for (let yy = y; yy < y + h; yy++) {
      if (labels[yy * width + xx] !== c.id) continue;
      if (t < 0 || yy > b + 1) runs++;
      if (t < 0) t = yy;
      b = yy;
    }
    if (runs !== 1 || b - t + 1 > pen || t < from || b > to) break;
    [top, bottom] = [Math.min(top, t), Math.max(bottom, b)];
  }
  return bottom < top || bottom - top + 1 > 2 * pen ? null : xx + 1;
}
