import type { ComponentMap } from './connectedComponents.ts';
import type { InkBox } from '../types.ts';
import { recutComponents } from './recutComponents.ts';
import { sliceColumns } from './sliceColumns.ts';
import { penWidth } from './penWidth.ts';
import {
  RAISED_CUT_BASE_TOP,
  RAISED_CUT_BLOB,
  RAISED_CUT_FOOT,
  RAISED_CUT_INK,
  RAISED_CUT_LIFT,
  RAISED_CUT_PENS,
  RAISED_CUT_TALL,
  RAISED_CUT_TOP,
  RAISED_CUT_WIDE,
} from '../tuning.ts';

export interface RaisedCut extends ComponentMap {
  /** The ids of the blobs cut, in the map given: the base keeps the id, the exponent not. */
  readonly cut: ReadonlySet<number>;
}

/**
 * Offers a blob's right-hand part as a piece of its own where that part holds ink only high
 * up: an exponent a thick pen joined to its base (`3⁴`, one blob in a picture). Only a
 * proposal: segmentation may group the pieces again, and `cut` lets it do so at no
 * exponent's cost, so the model decides whether the blob is one symbol or two.
 */
export function splitRaised(map: ComponentMap, width: number, lineHeight: number): RaisedCut {
  const cut = new Set<number>();
  const boxes = map.components.map((c) => c.box);
  const out = recutComponents(map, (c, _, labels, newId) => {
    const { x, y, w, h } = c.box;
    if (h < RAISED_CUT_BLOB * lineHeight || boxes.some((b) => under(c.box, b))) return null;
    // A blob a few pens across is a dot or a tap, however large it is drawn.
    if (h < RAISED_CUT_PENS * penWidth(labels, width, c)) return null;
    const foot = y + RAISED_CUT_FOOT * h;
    // Walking in from the right edge while each column's ink stays above the foot line.
    let top = Infinity;
    let bottom = -Infinity;
    let at = x + w;
    for (; at > x; at--) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let yy = y; yy < y + h; yy++) {
        if (labels[yy * width + at - 1] !== c.id) continue;
        lo = Math.min(lo, yy);
        hi = Math.max(hi, yy);
      }
      if (hi > foot) break;
      top = Math.min(top, lo);
      bottom = Math.max(bottom, hi);
    }
    const wide = x + w - at;
    if (
      at === x ||
      wide < RAISED_CUT_WIDE * h ||
      top > y + RAISED_CUT_TOP * h ||
      bottom - top + 1 < RAISED_CUT_TALL * h ||
      // A root's bar stands over its radicand; nothing stands under an exponent.
      boxes.some((b) => b.y > top && b.x + b.w / 2 >= at && b.x + b.w / 2 < x + w)
    )
      return null;
    // The base stands lower than its exponent, yet is most of the blob: a `7` cut so keeps
    // only the foot of its stem.
    let baseTop = Infinity;
    let baseInk = 0;
    let raisedInk = 0;
    for (let yy = y; yy < y + h; yy++)
      for (let xx = x; xx < x + w; xx++) {
        if (labels[yy * width + xx] !== c.id) continue;
        if (xx >= at) raisedInk++;
        else {
          baseInk++;
          baseTop = Math.min(baseTop, yy);
        }
      }
    const lift = (baseTop - y) / h;
    if (
      lift < RAISED_CUT_LIFT ||
      lift > RAISED_CUT_BASE_TOP ||
      // An exponent is a digit's worth of ink, not the tip of a stroke.
      raisedInk < RAISED_CUT_INK * baseInk
    )
      return null;
    cut.add(c.id);
    return sliceColumns(labels, width, c, [at - x], newId);
  });
  return { ...out, cut };
}

/** Whether `box` stands under another part's top, within its width: a radicand, a numerator. */
function under(box: InkBox, other: InkBox): boolean {
  return other !== box && other.y < box.y && other.x <= box.x && other.x + other.w >= box.x + box.w;
}
