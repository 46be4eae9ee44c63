import type { Raster } from '../types.ts';
import { hasStackedNeighbour } from '../geometry/hasStackedNeighbour.ts';
import type { ComponentMap } from './connectedComponents.ts';
import { recutComponents } from './recutComponents.ts';
import { sliceColumns } from './sliceColumns.ts';
import {
  SPLIT_MAX_CUT_INK,
  SPLIT_MIN_ASPECT,
  SPLIT_MIN_PIECE,
  SPLIT_MIN_TALLNESS,
} from '../tuning.ts';

export interface SplitOptions {
  /** Components narrower than this × their height are left whole (one digit is ~0.4–0.8). */
  readonly minAspect?: number;
  /** No slice narrower than this × the component's height. */
  readonly minPiece?: number;
  /** A cut column carries at most this share of the component's busiest column's ink. */
  readonly maxCutInk?: number;
  /** Each slice's ink spans at least this share of the component's height. */
  readonly minTallness?: number;
}

/**
 * Slices wide components where their ink is thinnest, so that digits written touching
 * (one connected blob in a bitmap: `80`, `10`) become parts that segmentation may group
 * apart. Only proposals: the slices of one symbol are grouped back together when the
 * classifier reads them better whole, and a slice never crosses its neighbour's pixels.
 * Cuts are vertical, at local minima of the component's column ink, away from its ends.
 */
export function splitTouching(
  ink: Raster,
  map: ComponentMap,
  options: SplitOptions = {},
): ComponentMap {
  const minAspect = options.minAspect ?? SPLIT_MIN_ASPECT;
  const minPiece = options.minPiece ?? SPLIT_MIN_PIECE;
  const maxCutInk = options.maxCutInk ?? SPLIT_MAX_CUT_INK;
  const minTallness = options.minTallness ?? SPLIT_MIN_TALLNESS;
  const { width, data } = ink;
  const boxes = map.components.map((c) => c.box);
  return recutComponents(map, (c, index, labels, newId) => {
    const { x, y, w, h } = c.box;
    if (w < minAspect * h || hasStackedNeighbour(index, boxes)) return null;
    // Per column, in one pass: this component's ink, how many separate runs of it the
    // column crosses, and where it starts and ends (a cut through a bar of `=` or `+`
    // crosses two runs, or one flat one).
    const profile = new Float64Array(w);
    const runs = new Int32Array(w);
    const top = new Int32Array(w).fill(h);
    const bottom = new Int32Array(w).fill(-1);
    for (let xx = x; xx < x + w; xx++) {
      let inside = false;
      for (let yy = y; yy < y + h; yy++) {
        const i = yy * width + xx;
        const mine = labels[i] === c.id;
        if (mine && !inside) runs[xx - x]!++;
        inside = mine;
        if (mine) {
          profile[xx - x]! += data[i]!;
          top[xx - x] = Math.min(top[xx - x]!, yy - y);
          bottom[xx - x] = Math.max(bottom[xx - x]!, yy - y);
        }
      }
    }
    const cuts = cutColumns(profile, h, minPiece, maxCutInk).filter((cut) => runs[cut] === 1);
    // Every slice must be tall: cutting off the arm of a `4` or the bar of a `5` is not
    // a split into two symbols.
    const tall = (from: number, to: number): boolean => {
      let t = h;
      let b = -1;
      for (let i = from; i < to; i++) {
        t = Math.min(t, top[i]!);
        b = Math.max(b, bottom[i]!);
      }
      return b - t + 1 >= minTallness * h;
    };
    for (let k = 0; k < cuts.length; k++) {
      const from = k === 0 ? 0 : cuts[k - 1]!;
      if (!tall(from, cuts[k]!) || !tall(cuts[k]!, k + 1 < cuts.length ? cuts[k + 1]! : w)) {
        cuts.splice(k, 1);
        k = -1;
      }
    }
    if (cuts.length === 0) return null;
    return sliceColumns(labels, width, c, cuts, newId);
  });
}

/**
 * Columns to cut at: the thinnest local minima of the profile, each at least minPiece × h
 * from the ends and from each other, and at most maxCutInk of the busiest column.
 */
function cutColumns(
  profile: Float64Array,
  h: number,
  minPiece: number,
  maxCutInk: number,
): number[] {
  const w = profile.length;
  const margin = Math.max(1, Math.round(minPiece * h));
  let peak = 0;
  for (const v of profile) peak = Math.max(peak, v);
  const window = Math.max(1, Math.round(0.1 * h));
  const found: { at: number; v: number }[] = [];
  for (let i = margin; i <= w - margin; i++) {
    const v = profile[i]!;
    if (v > maxCutInk * peak) continue;
    let isMin = true;
    for (let j = Math.max(0, i - window); j <= Math.min(w - 1, i + window) && isMin; j++)
      if (profile[j]! < v) isMin = false;
    if (!isMin) continue;
    // A flat stretch (a straight link between two digits) is cut in its middle.
    let end = i;
    while (end + 1 <= w - margin && profile[end + 1] === v) end++;
    found.push({ at: Math.round((i + end) / 2), v });
    i = end;
  }
  found.sort((a, b) => a.v - b.v || a.at - b.at);
  const cuts: number[] = [];
  for (const f of found) if (cuts.every((c) => Math.abs(c - f.at) >= margin)) cuts.push(f.at);
  return cuts.sort((a, b) => a - b);
}
