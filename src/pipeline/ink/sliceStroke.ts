import { inkBounds } from '../geometry/inkBounds.ts';
import type { Ink, InkPoint, Stroke } from '../types.ts';
import {
  SLICE_MAX_ASPECT,
  SLICE_MIN_ASPECT,
  SLICE_MIN_PIECE,
  SLICE_MIN_TALLNESS,
} from '../tuning.ts';

export interface SliceOptions {
  /** Strokes narrower than this × their height are left whole (one digit is ~0.4–0.8). */
  readonly minAspect?: number;
  /** No slice narrower than this × the stroke's height. */
  readonly minPiece?: number;
  /** Each slice's ink spans at least this share of the stroke's height (or of `height`). */
  readonly minTallness?: number;
  /** Strokes wider than this × their height are bars and lines, not digits in a row. */
  readonly maxAspect?: number;
  /** The drawing's symbol height, when it is taller than the stroke (the bar of a `+`). */
  readonly height?: number;
}

/** Vertical lines tried across a stroke's width when looking for links. */
const PROBES = 100;

/**
 * Cuts a stroke that writes several digits without lifting the pen (`10`, `80` in one
 * motion) into slices, one per digit as far as geometry can tell: vertical cuts through
 * the links between them, where a vertical line crosses the stroke exactly once, each
 * slice as tall as a digit. Returns the slices left to right, each as polylines; a stroke
 * with no such link comes back whole, as one slice. Only proposals: segmentation lets the
 * classifier put the slices back together when the whole reads better.
 */
export function sliceStroke(stroke: Stroke, options: SliceOptions = {}): Ink[] {
  const minAspect = options.minAspect ?? SLICE_MIN_ASPECT;
  const minPiece = options.minPiece ?? SLICE_MIN_PIECE;
  const minTallness = options.minTallness ?? SLICE_MIN_TALLNESS;
  const maxAspect = options.maxAspect ?? SLICE_MAX_ASPECT;
  const whole = [[stroke]];
  if (stroke.length < 3) return whole;
  const { x, w, h } = inkBounds([stroke]);
  if (h <= 0 || w < minAspect * h || w > maxAspect * h) return whole;
  const minHeight = minTallness * Math.max(h, options.height ?? 0);

  // Runs of probes where the stroke is crossed once: the links between digits.
  const margin = minPiece * h;
  const runs: { from: number; to: number }[] = [];
  let open: { from: number; to: number } | null = null;
  for (let k = 1; k < PROBES; k++) {
    const c = x + (k / PROBES) * w;
    const single = c >= x + margin && c <= x + w - margin && crossings(stroke, c) === 1;
    if (single) {
      if (open) open.to = c;
      else runs.push((open = { from: c, to: c }));
    } else open = null;
  }
  // The longest links first, each cut in its middle, no two cuts closer than a slice.
  const cuts: number[] = [];
  for (const r of [...runs].sort((a, b) => b.to - b.from - (a.to - a.from))) {
    const c = (r.from + r.to) / 2;
    if (cuts.every((d) => Math.abs(d - c) >= margin)) cuts.push(c);
  }
  cuts.sort((a, b) => a - b);
  // Every slice must be tall: cutting the tail off a `9` or the bar off a `7` is not a
  // split into digits.
  while (cuts.length > 0) {
    const slices = cutAt(stroke, cuts);
    const short = slices.findIndex((s) => inkBounds(s).h < minHeight);
    if (short < 0) return slices;
    // Drop the cut beside the short slice (its right one, or the last) and try again.
    cuts.splice(Math.min(short, cuts.length - 1), 1);
  }
  return whole;
}

/** How many of the stroke's segments a vertical line at x crosses. */
function crossings(stroke: Stroke, x: number): number {
  let n = 0;
  for (let i = 1; i < stroke.length; i++) {
    const a = stroke[i - 1]![0];
    const b = stroke[i]![0];
    if ((a < x && b >= x) || (b < x && a >= x)) n++;
  }
  return n;
}

/** The stroke cut by vertical lines at `cuts` (ascending): one Ink per slice. */
function cutAt(stroke: Stroke, cuts: readonly number[]): Ink[] {
  const sliceOf = (p: InkPoint): number => {
    let k = 0;
    while (k < cuts.length && p[0] >= cuts[k]!) k++;
    return k;
  };
  const slices: InkPoint[][][] = cuts.map(() => []);
  slices.push([]);
  let current: InkPoint[] = [stroke[0]!];
  let at = sliceOf(stroke[0]!);
  for (let i = 1; i < stroke.length; i++) {
    const p = stroke[i - 1]!;
    const q = stroke[i]!;
    const to = sliceOf(q);
    // Walk across every cut between the two samples, ending one polyline at each.
    while (at !== to) {
      const cut = cuts[to > at ? at : at - 1]!;
      const t = (cut - p[0]) / (q[0] - p[0]);
      const m: InkPoint = [cut, p[1] + t * (q[1] - p[1])];
      current.push(m);
      slices[at]!.push(current);
      at += to > at ? 1 : -1;
      current = [m];
    }
    current.push(q);
  }
  slices[at]!.push(current);
  return slices;
}
