import type { Raster } from '../types.ts';
import type { ComponentMap, InkComponent } from './connectedComponents.ts';
import { penWidth } from './penWidth.ts';
import { recutComponents } from './recutComponents.ts';
import { sliceColumns } from './sliceColumns.ts';

/** The minus is at most this many pen widths thick… */
const PEN_SLACK = 1.5;
/** …at least this share of the blob's height long… */
const LONG = 0.15;
/** …and lies below the blob's top by this share of its height, within its top this share. */
const BELOW_TOP = 0.08;
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
 * a thin level run that sticks out of the blob's right side in its upper half, below the
 * blob's top (a `5`'s hat and a `7`'s bar are its top), with a raised group right after it.
 */
export function splitExponentMinus(ink: Raster, map: ComponentMap): ComponentMap {
  const { width } = ink;
  const all = map.components;
  return recutComponents(map, (c, _, labels, newId) => {
    const { x, y, w, h } = c.box;
    const pen = PEN_SLACK * penWidth(labels, width, c);
    // A bar alone is no digit with a minus joined to it.
    if (h < TALL * pen) return null;
    const right = thinRun(labels, width, c, -1, pen, [y + BELOW_TOP * h, y + ABOVE * h]);
    if (right !== null && x + w - right >= LONG * h) {
      const end = x + w;
      const raised = all.some(
        (o) =>
          o !== c &&
          o.box.x >= end - pen &&
          o.box.x <= end + NEAR * h &&
          o.box.y + o.box.h <= y + RAISED_FOOT * h &&
          o.box.y <= y + REACH_TOP * h &&
          o.box.h >= EXPONENT * h &&
          o.box.h < h,
      );
      if (raised) return sliceColumns(labels, width, c, [right - c.box.x], newId);
    }
    return null;
  });
}

/**
 * Walking in from component `c`'s right edge (`step` -1) or left edge (1), the first column
 * past the run of columns that each cross one run of ink at most `pen` thick within rows
 * `within`; null when the edge column is no such column.
 */
function thinRun(
  labels: Int32Array,
  width: number,
  c: InkComponent,
  step: 1 | -1,
  pen: number,
  [from, to]: readonly [number, number],
): number | null {
  const { x, y, w, h } = c.box;
  let xx = step < 0 ? x + w - 1 : x;
  let [top, bottom] = [y + h, y - 1];
  for (; xx >= x && xx < x + w; xx += step) {
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
  // The run is level: no taller than two pens all along.
  if (bottom < top || bottom - top + 1 > 2 * pen) return null;
  return step < 0 ? xx + 1 : xx;
}
