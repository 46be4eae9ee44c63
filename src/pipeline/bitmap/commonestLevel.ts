/** Luminance levels per bin: grain and a gradient inside a region do not split its count. */
const BIN = 16;

/**
 * The commonest luminance of a histogram (256 levels), counted in bins of 16 levels, as
 * the mean of the winning bin's pixels: the paper of a block (paperMap), the desk around a
 * sheet and the sheet itself (pageMask).
 */
export function commonestLevel(hist: Uint32Array): number {
  let best = 0;
  let bestCount = -1;
  for (let b = 0; b < 256; b += BIN) {
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
