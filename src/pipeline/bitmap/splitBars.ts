import type { Raster } from '../types.ts';
import type { ComponentMap, InkComponent } from './connectedComponents.ts';
import { cutAtBar } from './cutAtBar.ts';
import { floodPieces } from './floodPieces.ts';
import { recutComponents } from './recutComponents.ts';
import { penWidth } from './penWidth.ts';

/** A fraction's bar spans at least this share of its component's width… */
const BAR_SPAN = 0.7;
/** …with writing over and under it at least this share of the component's height tall… */
const WRITING = 0.25;
/** …which, standing apart over or under the bar, is within this share of its height of it. */
const NEAR = 0.5;
/** What stands apart over or under a bar is at most this many times as wide as the bar. */
const OVERHANG = 1.2;
/** Writing is at least this share of the bar's length, each way at most. */
const MARK = 0.25;
/** What a bar at a blob's edge lies along is at most this share of the bar's length wide. */
const BODY = 0.9;
/** A bar at a blob's edge is at most this many pen widths thick. */
const PEN_SLACK = 1.3;
/** Symbols side by side along a bar are each this share of the writing's height, 2 pens at least. */
const SYMBOL = 0.4;

/**
 * Cuts a fraction's bar from the numerator or denominator it touches (one connected blob
 * in a picture, as a thick pen leaves them) so that segmentation sees bar and writing
 * apart, as it sees strokes. The bar is the blob's top or bottom edge, one pen thick, each
 * row crossing most of the blob, longer than the writing it lies along, with other writing
 * just over or under it (a `7` or a `5` on its own keeps its flat top). A bar that both
 * numerator and denominator touch is left whole: it cannot be told from the bar of a `4`.
 */
export function splitBars(ink: Raster, map: ComponentMap): ComponentMap {
  const { width } = ink;
  return recutComponents(map, (c, _, labels, newId) => {
    const band = barRows(labels, width, c, map.components);
    if (!band) return null;
    const [r0, r1] = band;
    const rows = { has: (_: number, yy: number) => yy >= r0 && yy <= r1, thickness: r1 - r0 + 1 };
    return cutAtBar(labels, width, c, rows, newId);
  });
}

/** The rows of a fraction's bar in component `c`, first and last, or null when it has none. */
function barRows(
  labels: Int32Array,
  width: number,
  c: InkComponent,
  all: readonly InkComponent[],
): [number, number] | null {
  const { x, y, w, h } = c.box;
  const mine = (xx: number, yy: number): boolean =>
    xx >= x && xx < x + w && labels[yy * width + xx] === c.id;
  const long = (yy: number): boolean => {
    let run = 0;
    for (let xx = x; xx < x + w; xx++) {
      run = mine(xx, yy) ? run + 1 : 0;
      if (run >= BAR_SPAN * w) return true;
    }
    return false;
  };
  // Most blobs have nothing just over or under them: they are left before their pen is
  // measured (what `apart` asks below is a narrower question than this).
  const near = all.some((o) => {
    const centre = o.box.x + o.box.w / 2;
    if (o === c || centre < x || centre > x + w) return false;
    const gap = Math.max(y - (o.box.y + o.box.h), o.box.y - (y + h - 1));
    return gap >= -1 && gap <= NEAR * h;
  });
  if (!near) return null;
  // Writing that stands apart just over (side -1) or under (side 1) the bar's band.
  const apart = (side: -1 | 1, edge: number, body: number): boolean =>
    all.some((o) => {
      // A numerator or denominator is no wider than its bar.
      if (o === c || o.box.h < WRITING * body || o.box.w > OVERHANG * w) return false;
      // Writing, not a dot: the dots of a `÷` stand over and under its bar too.
      if (Math.max(o.box.w, o.box.h) < MARK * w) return false;
      const centre = o.box.x + o.box.w / 2;
      if (centre < x || centre > x + w) return false;
      const gap = side < 0 ? edge - (o.box.y + o.box.h) : o.box.y - edge;
      return gap >= -1 && gap <= NEAR * body;
    });
  // The blob's top edge a bar over its denominator, with the numerator apart over it; a
  // digit's own flat top (a `7`'s) may lie along the bar, so the bar is one pen thick.
  const pen = Math.ceil(PEN_SLACK * penWidth(labels, width, c));
  // The writing a bar at the blob's edge lies along: tall, and narrower than the bar (the
  // belly of a `5` is as wide as its flat top).
  const narrow = (from: number, to: number): boolean => {
    if (to - from + 1 < WRITING * h || to - from + 1 < MARK * w) return false;
    let [x0, x1] = [x + w, x - 1];
    for (let yy = from; yy <= to; yy++)
      for (let xx = x; xx < x + w; xx++)
        if (mine(xx, yy)) [x0, x1] = [Math.min(x0, xx), Math.max(x1, xx)];
    return x1 - x0 + 1 <= BODY * w;
  };
  // Or several symbols side by side along the bar, as a `5` or a `2` is not: a numerator
  // may be as wide as its bar.
  const several = (from: number, to: number): boolean =>
    to - from + 1 >= WRITING * h &&
    piecesIn(labels, width, c, from, to, Math.max(SYMBOL * (to - from + 1), 2 * pen)) >= 2;
  // The round caps of the bar's ends stand a little past its long rows.
  let first = y;
  while (first < y + pen && !long(first)) first++;
  let r1 = first;
  while (r1 + 1 < y + h && r1 + 1 < first + pen && long(r1 + 1)) r1++;
  if (
    long(first) &&
    (narrow(r1 + 1, y + h - 1) || several(r1 + 1, y + h - 1)) &&
    apart(-1, y, h - (r1 - y))
  )
    return [y, r1];
  // Its bottom edge a bar under its numerator, with the denominator apart under it.
  const bottom = y + h - 1;
  let last = bottom;
  while (last > bottom - pen && !long(last)) last--;
  let r0 = last;
  while (r0 - 1 >= y && r0 - 1 > last - pen && long(r0 - 1)) r0--;
  if (long(last) && (narrow(y, r0 - 1) || several(y, r0 - 1)) && apart(1, bottom, r0 - y))
    return [r0, bottom];
  return null;
}

/**
 * How many 8-connected pieces component `c` has within rows `from`..`to`, counting those at
 * least `size` tall.
 */
function piecesIn(
  labels: Int32Array,
  width: number,
  c: InkComponent,
  from: number,
  to: number,
  size: number,
): number {
  const { pieces } = floodPieces(labels, width, c, (_, yy) => yy >= from && yy <= to);
  return pieces.filter((p) => p.y1 - p.y0 + 1 >= size).length;
}
