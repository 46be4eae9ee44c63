import type { GreyImage } from '../types.ts';

/** Levels of 8-bit luminance, and of inkMap's differences from the paper. */
export const LEVELS = 256;

/**
 * Counts per level, in whichever array its caller keeps them: every reading below is the
 * same from either, since counts are whole numbers far under 2^32.
 */
export type Histogram = Uint32Array | Float64Array;

/** Levels per bin of commonestLevel: grain and a gradient inside a region do not split its count. */
const BIN = 16;

/** How many of `values` are at each level, added to `into`. */
export function countLevels<H extends Histogram = Uint32Array>(
  values: ArrayLike<number>,
  into: H = new Uint32Array(LEVELS) as H,
): H {
  for (let i = 0; i < values.length; i++) into[values[i]!]!++;
  return into;
}

/** The same for the values at `indices` only (an image's border ring). */
export function countLevelsAt<H extends Histogram = Uint32Array>(
  values: ArrayLike<number>,
  indices: ArrayLike<number>,
  into: H = new Uint32Array(LEVELS) as H,
): H {
  for (let k = 0; k < indices.length; k++) into[values[indices[k]!]!]!++;
  return into;
}

/** The same for the values where `mask` is set (a page in a photo). */
export function countLevelsWhere<H extends Histogram = Uint32Array>(
  values: ArrayLike<number>,
  mask: ArrayLike<number>,
  into: H = new Uint32Array(LEVELS) as H,
): H {
  for (let i = 0; i < mask.length; i++) if (mask[i]) into[values[i]!]!++;
  return into;
}

/**
 * The same for the pixels x0 ≤ x < x1, y0 ≤ y < y1 of an image, every `step`-th pixel each
 * way: a large region's commonest level is told as well by a sample of it.
 */
export function countLevelsInBox<H extends Histogram = Uint32Array>(
  image: GreyImage,
  box: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number },
  step = 1,
  into: H = new Uint32Array(LEVELS) as H,
): H {
  const { width, data } = image;
  const { x0, y0, x1, y1 } = box;
  for (let y = y0; y < y1; y += step) {
    for (let x = x0; x < x1; x += step) into[data[y * width + x]!]!++;
  }
  return into;
}

/**
 * The lowest level with at least half the count at or below it: for an even count the
 * lower middle value. Apart from upperMedian because the paper level of a border (inkMap)
 * and of the opaque pixels (toLuminance) is read with it, and a tie read the other way
 * would move every threshold taken from that level.
 */
export function lowerMedian(hist: Histogram): number {
  let total = 0;
  for (let v = 0; v < hist.length; v++) total += hist[v]!;
  let seen = 0;
  for (let v = 0; v < hist.length; v++) {
    seen += hist[v]!;
    if (seen * 2 >= total) return v;
  }
  return hist.length - 1;
}

/**
 * The lowest level with more than half the count at or below it: for an even count the
 * upper middle value (0 when empty). Apart from lowerMedian because a ruled line's level
 * and thickness (verifyRuledLine) are read with it, and a tie read the other way would
 * change which lines are found and how much of them is erased.
 */
export function upperMedian(hist: Histogram): number {
  let total = 0;
  for (const c of hist) total += c;
  let seen = 0;
  for (let v = 0; v < hist.length; v++) {
    seen += hist[v]!;
    if (seen * 2 > total) return v;
  }
  return 0;
}

/** The p-quantile of the levels ≥ from (the lowest reaching p of their count); -1 if none. */
export function quantileFrom(hist: Histogram, from: number, p: number): number {
  let count = 0;
  for (let v = from; v < hist.length; v++) count += hist[v]!;
  if (count === 0) return -1;
  let seen = 0;
  for (let v = from; v < hist.length; v++) {
    seen += hist[v]!;
    if (seen >= p * count) return v;
  }
  return hist.length - 1;
}

/**
 * Otsu's threshold: the level t maximising between-class variance when levels < t are one
 * class and levels ≥ t the other. Returns hist.length (nothing above) for one level.
 */
export function otsuThreshold(hist: Histogram): number {
  let total = 0;
  let sumAll = 0;
  for (let v = 0; v < hist.length; v++) {
    total += hist[v]!;
    sumAll += v * hist[v]!;
  }
  let best = hist.length;
  let bestVar = 0;
  let w0 = 0;
  let sum0 = 0;
  for (let t = 1; t < hist.length; t++) {
    w0 += hist[t - 1]!;
    sum0 += (t - 1) * hist[t - 1]!;
    const w1 = total - w0;
    if (w0 === 0) continue;
    if (w1 === 0) break;
    const m0 = sum0 / w0;
    const m1 = (sumAll - sum0) / w1;
    const between = w0 * w1 * (m0 - m1) * (m0 - m1);
    if (between > bestVar) {
      bestVar = between;
      best = t;
    }
  }
  return best;
}

/**
 * The single level counted most (the lowest of a tie; 0 when empty). Apart from
 * commonestLevel because inkMap paints the desk over with a level the page's pixels really
 * hold, and pageMask tells a drawing by its ground being one exact level.
 */
export function peakLevel(hist: Histogram): number {
  let peak = 0;
  for (let v = 0, best = -1; v < hist.length; v++) {
    if (hist[v]! > best) {
      best = hist[v]!;
      peak = v;
    }
  }
  return peak;
}

/**
 * The commonest luminance of a histogram (256 levels), counted in bins of 16 levels, as
 * the mean of the winning bin's pixels: the paper of a block (paperMap), the desk around a
 * sheet and the sheet itself (pageMask). Apart from peakLevel because grain and shading
 * spread such a region over many levels, none of which need be the commonest alone.
 */
export function commonestLevel(hist: Histogram): number {
  let best = 0;
  let bestCount = -1;
  for (let b = 0; b < LEVELS; b += BIN) {
    let n = 0;
    for (let v = b; v < b + BIN; v++) n += hist[v]!;
    if (n > bestCount) {
      bestCount = n;
      best = b;
    }
  }
  let sum = 0;
  for (let v = best; v < best + BIN; v++) sum += v * hist[v]!;
  return bestCount > 0 ? sum / bestCount : best;
}
