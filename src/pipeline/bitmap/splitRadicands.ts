import { unionBox } from '../geometry/unionBox.ts';
import type { Raster } from '../types.ts';
import type { ComponentMap, InkComponent } from './connectedComponents.ts';
import { cutAtBar, type BarBand } from './cutAtBar.ts';
import { recutComponents } from './recutComponents.ts';
import { penWidth } from './penWidth.ts';
import { rowRuns } from './rowRuns.ts';

/** A root's bar spans at least this share of the blob it heads. */
const BAR_SPAN = 0.6;
/** A bar is at most this many pen widths thick. */
const PEN_SLACK = 1.3;
/** Writing under a root's bar is at most this share of the bar's length wide (a `5`'s top is not). */
const UNDER = 0.67;
/** A bar is level within this slope (a root's bar rises or falls a little, its tick steeply). */
const LEVEL = 0.35;
/** Writing under the bar is at least this share of the height under the bar. */
const RADICAND = 0.4;
/** The sign's tick, standing apart left of the bar, reaches this many pens of the bar's start. */
const REACH = 2;
/** …and down at least this share of the blob's height below the bar. */
const TICK_DEPTH = 0.5;
/** The stroke rising to the bar spans this share of the blob's height at least… */
const RISE_TALL = 0.6;
/** …leans left by no more than this share of its height (it mostly leans right)… */
const RISE_LEAN = -0.1;
/** …and ink lies along it, a pen each side, in this share of its rows. */
const RISE_INKED = 0.9;

/**
 * Cuts the writing under a square root's bar from the bar it touches (one connected blob in
 * a picture, where a thick pen joins the radicand's first digit to the bar) so that
 * segmentation sees sign and radicand apart, as it sees strokes. The blob's top edge is a
 * long bar one pen thick; the sign is there, as the stroke that rises to the bar's start
 * from below left (it stays with the bar) or as a tick apart just left of it; and what
 * hangs under the bar is narrower than the bar and stops before its end (a `7` hangs from
 * its bar's end, a `5`'s flag is no longer than its body). A first digit that touches the
 * rising stroke instead is cut along that stroke, when it rises straight from the blob's
 * foot and a tick stands left of it or more writing stands under the bar.
 */
export function splitRadicands(ink: Raster, map: ComponentMap): ComponentMap {
  const { width } = ink;
  return recutComponents(map, (c, _, labels, newId) =>
    radicandCut(labels, width, c, map.components, newId),
  );
}

/** Component `c` as the root's sign and the writing cut from under its bar, or null. */
function radicandCut(
  labels: Int32Array,
  width: number,
  c: InkComponent,
  all: readonly InkComponent[],
  newId: () => number,
): InkComponent[] | null {
  const { x, y, w, h } = c.box;
  const mine = (xx: number, yy: number): boolean => labels[yy * width + xx] === c.id;
  // The component's top edge, column by column.
  const top = Array.from({ length: w }, (_, i) => {
    for (let yy = y; yy < y + h; yy++) if (mine(x + i, yy)) return yy;
    return -1;
  });
  const pen = Math.ceil(PEN_SLACK * penWidth(labels, width, c));
  if (h < 3 * pen) return null;
  const bar = straightStretch(top, pen);
  if (!bar || bar[1] - bar[0] + 1 < BAR_SPAN * w) return null;
  const [barStart, barEnd] = [x + bar[0], x + bar[1]];
  // A bar heads its blob: its ink is at the top, within a pen or two of the blob's top.
  if (Math.min(top[bar[0]]!, top[bar[1]]!) > y + REACH * pen) return null;
  const barFoot = Math.max(top[bar[0]]!, top[bar[1]]!) + pen;
  const tick = all.some(
    (o) =>
      o !== c &&
      o.box.x < barStart &&
      o.box.x + o.box.w >= barStart - REACH * pen &&
      o.box.y <= barFoot + REACH * pen &&
      o.box.y + o.box.h >= barFoot + TICK_DEPTH * (y + h - barFoot),
  );
  const band = {
    has: (xx: number, yy: number) =>
      xx >= barStart && xx <= barEnd && yy >= top[xx - x]! && yy < top[xx - x]! + pen,
    thickness: pen,
  };
  const before = Int32Array.from(labels.subarray(y * width, (y + h) * width));
  const [sign, ...pieces] = cutAtBar(labels, width, c, band, newId);
  // The sign's own stroke: it comes from left of the bar's start, or reaches the blob's foot
  // (the tick's point) starting at most a pen into the bar.
  const stem = pieces.find(
    (p) =>
      p.box.x < barStart - pen || (p.box.x < barStart + pen && p.box.y + p.box.h >= y + h - pen),
  );
  // A curl down from the bar's far end, short, narrow and starting there, is the bar's own
  // (a `5`'s flag under the bar's end lies flat).
  const short = (p: InkComponent): boolean => p.box.h < RADICAND * (y + h - barFoot);
  const curl = (p: InkComponent): boolean =>
    short(p) && p.box.w <= p.box.h && p.box.x >= barEnd - REACH * pen;
  const writing = pieces.filter((p) => p !== stem && !curl(p));
  // Writing under the bar: right of the sign, no wider than the bar allows, ending before the
  // bar does, and tall (a hook at a `3`'s or a `5`'s end is none).
  const underBar = (p: InkComponent): boolean =>
    p.box.x + p.box.w / 2 > barStart + pen &&
    p.box.w <= UNDER * (barEnd - barStart + 1) &&
    p.box.x + p.box.w <= barEnd - pen &&
    !short(p);
  const fits = writing.every(underBar);

  if (stem && writing.length === 0 && stem.box.x + stem.box.w > barStart + REACH * pen) {
    // The first digit touches the stroke rising to the bar: cut along that stroke too.
    const foot = lowestLeftOf(labels, width, stem, barStart);
    labels.set(before, y * width);
    // Writing of its own under the bar's far part, as a `5`'s flag never covers, marks a
    // root's bar as well as a tick does.
    const covers = all.some(
      (o) =>
        o !== c &&
        o.box.x > stem.box.x + stem.box.w &&
        o.box.x + o.box.w <= barEnd + pen &&
        o.box.y >= barFoot - pen &&
        o.box.h >= RADICAND * (y + h - barFoot),
    );
    const rise =
      foot && riseCut(labels, width, c, band, foot, [barStart, barFoot], tick || covers, newId);
    const kept = rise?.writing.filter((p) => !curl(p)) ?? [];
    if (rise && kept.length > 0 && kept.every(underBar)) {
      const curls = rise.writing.filter(curl);
      return [joinPieces(labels, width, rise.sign, curls), ...kept];
    }
    labels.set(before, y * width);
    return null;
  }
  if ((!stem && !tick) || writing.length === 0 || !fits) {
    labels.set(before, y * width);
    return null;
  }
  // The stroke rising to the bar is the sign's own, and so is a curl at the bar's end.
  const own = pieces.filter((p) => p === stem || curl(p));
  return [joinPieces(labels, width, sign!, own), ...writing];
}

/** Component `into` with `pieces` relabelled as its own, its box and pixel count grown. */
function joinPieces(
  labels: Int32Array,
  width: number,
  into: InkComponent,
  pieces: readonly InkComponent[],
): InkComponent {
  for (const p of pieces)
    for (let yy = p.box.y; yy < p.box.y + p.box.h; yy++)
      for (let xx = p.box.x; xx < p.box.x + p.box.w; xx++)
        if (labels[yy * width + xx] === p.id) labels[yy * width + xx] = into.id;
  const all = [into, ...pieces];
  return {
    id: into.id,
    box: unionBox(all.map((p) => p.box)),
    pixelCount: all.reduce((n, p) => n + p.pixelCount, 0),
  };
}

/** The lowest pixel of piece `p` at or left of column `right` (the sign's point), or null. */
function lowestLeftOf(
  labels: Int32Array,
  width: number,
  p: InkComponent,
  right: number,
): [number, number] | null {
  for (let yy = p.box.y + p.box.h - 1; yy >= p.box.y; yy--)
    for (let xx = p.box.x; xx <= Math.min(right, p.box.x + p.box.w - 1); xx++)
      if (labels[yy * width + xx] === p.id) return [xx, yy];
  return null;
}

/**
 * Component `c` cut at its bar and along the straight stroke rising from the sign's point
 * `foot` to the bar's start `corner`, a pen each side: the sign (bar, rise and the tick left
 * of it, keeping `c`'s id) and the pieces right of the rise, or null when none is, or when
 * neither a tick left of the rise nor other evidence (`signed`) says it is a root's sign.
 */
function riseCut(
  labels: Int32Array,
  width: number,
  c: InkComponent,
  bar: BarBand,
  foot: readonly [number, number],
  corner: readonly [number, number],
  signed: boolean,
  newId: () => number,
): { sign: InkComponent; writing: InkComponent[] } | null {
  const [fx, fy] = foot;
  const [cx, cy] = corner;
  const pen = bar.thickness;
  // A root's sign: its point at the blob's foot, the rise tall and steep up to the bar.
  if (
    fy < c.box.y + c.box.h - 1 - 2 * pen ||
    fy - cy < RISE_TALL * c.box.h ||
    cx - fx < RISE_LEAN * (fy - cy)
  )
    return null;
  const riseAt = (yy: number): number => fx + ((cx - fx) * (fy - yy)) / (fy - cy);
  // …and drawn along that line, not a `5`'s body and the foot of its bowl.
  let inked = 0;
  for (let yy = cy; yy <= fy; yy++) {
    const at = Math.round(riseAt(yy));
    const [from, to] = [Math.max(c.box.x, at - pen), Math.min(c.box.x + c.box.w - 1, at + pen)];
    for (let xx = from; xx <= to; xx++)
      if (labels[yy * width + xx] === c.id) {
        inked++;
        break;
      }
  }
  if (inked < RISE_INKED * (fy - cy + 1)) return null;
  // A hand's rise bows: where it strays right of the straight line, the cut follows it (the
  // left edge as drawn, a pen wide); where it joins the tick, the line holds.
  const drawn = traceRise(labels, width, c, [cx, cy], fy, pen);
  const onRise = (xx: number, yy: number): boolean => {
    const left = drawn.get(yy);
    return left !== undefined && left >= riseAt(yy) - pen && xx >= left && xx <= left + pen;
  };
  const band = {
    has: (xx: number, yy: number) =>
      bar.has(xx, yy) ||
      (yy >= cy && yy <= fy && (Math.abs(xx - riseAt(yy)) <= pen || onRise(xx, yy))),
    thickness: pen,
  };
  const [sign, ...pieces] = cutAtBar(labels, width, c, band, newId);
  const right = (p: InkComponent): boolean => p.box.x > riseAt(p.box.y + p.box.h - 1);
  const writing = pieces.filter(right);
  // What lies left of the rise is the sign's; a tick there, half a pen thick at least (not a
  // sliver of a photo's grain), tells a root's sign from a `5` whose bowl meets its stem.
  const tick = pieces.filter((q) => !right(q));
  const stroke = (q: InkComponent): boolean => Math.min(q.box.w, q.box.h) >= pen / 2;
  if (writing.length === 0 || !(signed || tick.some(stroke))) return null;
  return { sign: joinPieces(labels, width, sign!, tick), writing };
}

/**
 * The stroke rising to a root's bar, followed row by row down from the bar's start `corner`
 * to row `foot`: the left edge of the run of ink that goes on from the row above (a digit
 * touching the rise only lengthens its run to the right), as far as it goes on.
 */
function traceRise(
  labels: Int32Array,
  width: number,
  c: InkComponent,
  corner: readonly [number, number],
  foot: number,
  pen: number,
): Map<number, number> {
  const runs = rowRuns(labels, width, c);
  const out = new Map<number, number>();
  let [from, to] = [corner[0] - pen, corner[0] + pen];
  for (let yy = corner[1]; yy <= foot; yy++) {
    const run = runs[yy - c.box.y]?.find(([a, b]) => b >= from - pen / 2 && a <= to + pen / 2);
    if (!run) break;
    out.set(yy, run[0]);
    [from, to] = [run[0], Math.min(run[1], run[0] + pen)];
  }
  return out;
}

/**
 * The longest run of columns whose top edge goes on as one nearly level straight line (a
 * bar, perhaps slanted, not the steep stroke that rises to it: no column strays more than a
 * pen from the line between the run's ends), as its first and last column, or null.
 */
function straightStretch(top: readonly number[], pen: number): [number, number] | null {
  const n = top.length;
  const step = Math.max(2, pen);
  // Level here: the edge a step on is near this column's height, and no column jumps.
  const level = (i: number): boolean => {
    const j = Math.min(n - 1, i + step);
    const k = Math.max(0, i - step);
    const near = (a: number, b: number) =>
      top[a]! >= 0 && top[b]! >= 0 && Math.abs(top[a]! - top[b]!) <= LEVEL * step + 2;
    return (
      top[i]! >= 0 &&
      (near(i, j) || near(k, i)) &&
      (i === 0 || Math.abs(top[i]! - top[i - 1]!) <= 2 || top[i - 1]! < 0)
    );
  };
  let best: [number, number] | null = null;
  let from = -1;
  for (let i = 0; i <= n; i++) {
    if (i < n && level(i)) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) {
      let [a, b] = [from, i - 1];
      while (b - a > step && !straight(top, a, b, pen)) {
        // Drop the end that strays further from the line.
        if (Math.abs(top[a + 1]! - top[a]!) >= Math.abs(top[b]! - top[b - 1]!)) a++;
        else b--;
      }
      if (!best || b - a > best[1] - best[0]) best = [a, b];
    }
    from = -1;
  }
  return best;
}

function straight(top: readonly number[], from: number, to: number, pen: number): boolean {
  const slope = (top[to]! - top[from]!) / Math.max(1, to - from);
  for (let i = from; i <= to; i++)
    if (Math.abs(top[i]! - (top[from]! + slope * (i - from))) > pen) return false;
  return true;
}
