import type { InkBox } from '../types.ts';

export interface Fraction {
  /** Indexes of the parts standing over the bar (the numerator) and under it. */
  readonly over: readonly number[];
  readonly under: readonly number[];
  /** Flat parts level with the bar and within it: the bar drawn over again, part of it. */
  readonly retraced: readonly number[];
}

/**
 * Whether box `bar` is a fraction's bar among `boxes`, and what stands over and under it: a
 * long flat stroke with writing as tall as a digit just above it and just below it, within
 * its length (the main bar of a fraction in a fraction is the longer one: an inner bar
 * stands over or under it), and the marks among that writing. The dots of a `÷` and the
 * bars of a `=` are no writing: they are not taller than the bar is long by a quarter.
 */
export function fractionBar(bar: InkBox, boxes: readonly InkBox[]): Fraction | null {
  // A bar drawn dead straight (a mouse, a ruler) has no height at all.
  if (bar.w <= 0 || bar.w < FLAT * bar.h) return null;
  const over: number[] = [];
  const under: number[] = [];
  const justOver = (p: InkBox) =>
    p.y + p.h <= bar.y + bar.h / 2 && bar.y - (p.y + p.h) <= NEAR * p.h;
  const justUnder = (p: InkBox) => p.y >= bar.y + bar.h / 2 && p.y - (bar.y + bar.h) <= NEAR * p.h;
  // Under a long bar a digit may be shorter than a quarter of it: it is writing when it is
  // about as tall as the writing that is, just over or under the bar.
  const peers = boxes.filter(
    (p) => p !== bar && within(p, bar) && writing(p, bar) && (justOver(p) || justUnder(p)),
  );
  const least = PEER * Math.max(0, ...peers.map((p) => p.h));
  const writes = (p: InkBox) => writing(p, bar) || (peers.length > 0 && tall(p, bar, least));
  boxes.forEach((p, i) => {
    if (p === bar || !within(p, bar) || !writes(p)) return;
    if (justOver(p)) over.push(i);
    else if (justUnder(p)) under.push(i);
    else if (p.y >= bar.y + bar.h / 2 && capped(p, bar, boxes) - (bar.y + bar.h) <= NEAR * p.h)
      under.push(i);
  });
  if (over.length === 0 || under.length === 0) return null;
  // Writing stacked on that writing belongs to it too: a fraction in the numerator stands
  // its own numerator over its own bar, further up.
  const middle = bar.y + bar.h / 2;
  const tallest = (group: readonly number[]) => Math.max(...group.map((g) => boxes[g]!.h));
  for (let grew = true; grew;) {
    grew = false;
    const top = Math.min(...over.map((i) => boxes[i]!.y));
    const bottom = Math.max(...under.map((i) => boxes[i]!.y + boxes[i]!.h));
    boxes.forEach((p, i) => {
      if (p === bar || over.includes(i) || under.includes(i) || !within(p, bar)) return;
      // The bar of a fraction in the numerator (or denominator) is part of it too.
      const inner = p.w < bar.w && p.w >= FLAT * p.h && p.w >= MARK * bar.w;
      // A digit's other stroke (a loop of an `8` drawn in two) is writing with it, however small.
      const piece =
        p.h >= FLAT * bar.h && [...over, ...under].some((i) => sameColumn(p, boxes[i]!));
      if (!writes(p) && !inner && !piece) return;
      // Stacked on it, or beside it in its row (the other stroke of a `4` drawn in two).
      // Not past a longer bar, though: what stands beyond it is that fraction's.
      if (p.y + p.h <= middle && top - (p.y + p.h) <= NEAR * (inner ? tallest(over) : p.h)) {
        if (longerBarBetween(bar, p, p.y + p.h, top, boxes)) return;
        over.push(i);
        grew = true;
      } else if (p.y >= middle && p.y - bottom <= NEAR * (inner ? tallest(under) : p.h)) {
        if (longerBarBetween(bar, p, bottom, p.y, boxes)) return;
        under.push(i);
        grew = true;
      }
    });
  }
  // Marks among that writing (a dot, a `+`'s short bar) stand with it.
  const top = Math.min(...over.map((i) => boxes[i]!.y - MARK * boxes[i]!.h));
  const bottom = Math.max(...under.map((i) => boxes[i]!.y + boxes[i]!.h));
  const retraced: number[] = [];
  boxes.forEach((p, i) => {
    if (p === bar || over.includes(i) || under.includes(i) || !within(p, bar)) return;
    const y = p.y + p.h / 2;
    if (p.y < bar.y + bar.h && p.y + p.h > bar.y && p.w >= FLAT * p.h) retraced.push(i);
    else if (y >= top && y < middle) over.push(i);
    else if (y > middle && y <= bottom) under.push(i);
  });
  return { over, under, retraced };
}

/**
 * The top of writing `p` under a bar with the marks drawn apart over it (the flag of a `5`,
 * the bar of a `7`): below the bar, over `p` and within its width, each within reach of the
 * next. A denominator is as near its bar as its highest stroke.
 */
function capped(p: InkBox, bar: InkBox, boxes: readonly InkBox[]): number {
  let top = p.y;
  for (let grew = true; grew;) {
    grew = false;
    for (const q of boxes) {
      if (q === p || q === bar || writing(q, bar) || q.y >= top || q.y < bar.y + bar.h) continue;
      const over = q.x < p.x + p.w && q.x + q.w > p.x;
      if (over && top - (q.y + q.h) <= CAP_REACH * p.h) {
        top = q.y;
        grew = true;
      }
    }
  }
  return top;
}

/** Whether a bar longer than `bar` lies across `p` between heights `from` and `to`. */
function longerBarBetween(
  bar: InkBox,
  p: InkBox,
  from: number,
  to: number,
  boxes: readonly InkBox[],
): boolean {
  return boxes.some(
    (q) =>
      q !== bar &&
      q.w > bar.w &&
      q.w >= FLAT * q.h &&
      q.y >= from &&
      q.y + q.h <= to &&
      q.x < p.x + p.w &&
      q.x + q.w > p.x,
  );
}

/** Whether `p` and `q` overlap in x by half the narrower's width: one digit's strokes. */
function sameColumn(p: InkBox, q: InkBox): boolean {
  const overlap = Math.min(p.x + p.w, q.x + q.w) - Math.max(p.x, q.x);
  return overlap >= COLUMN * Math.min(p.w, q.w);
}

/** Within the bar's length, give or take a little past either end. */
function within(p: InkBox, bar: InkBox): boolean {
  const centre = p.x + p.w / 2;
  return centre > bar.x - OVERHANG * bar.w && centre < bar.x + bar.w * (1 + OVERHANG);
}

/** Writing, not a mark: taller than the bar is thick, and no dot against its length. */
function writing(p: InkBox, bar: InkBox): boolean {
  return tall(p, bar, MARK * bar.w);
}

/** Taller than the bar is thick, and at least `least` long one way or the other. */
function tall(p: InkBox, bar: InkBox, least: number): boolean {
  return p.h >= FLAT * bar.h && Math.max(p.w, p.h) >= least;
}

/** A bar is at least this many times as long as it is thick, and writing as tall. */
const FLAT = 3;
/** Writing stands over or under the bar within this share of its own height. */
const NEAR = 0.8;
/** A mark drawn apart over writing (a `5`'s flag) is within this share of its height of it. */
const CAP_REACH = 0.5;
/** What stands over a bar may stick out past its ends by this share of its length. */
const OVERHANG = 0.1;
/** Writing is at least this share of the bar's length, each way at most. */
const MARK = 0.25;
/** Beside writing this share of its height tall, a part is writing too, however long the bar. */
const PEER = 0.5;
/** Strokes overlapping by this share of the narrower's width stand in one column. */
const COLUMN = 0.5;
