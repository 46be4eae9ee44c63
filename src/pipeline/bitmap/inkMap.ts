import type { GreyImage, Raster } from '../types.ts';
import { borderPixels } from './borderPixels.ts';
import {
  countLevels,
  countLevelsAt,
  countLevelsWhere,
  LEVELS,
  lowerMedian,
  otsuThreshold,
  peakLevel,
  quantileFrom,
} from './histogram.ts';
import { MIN_INK_THRESHOLD } from './minInkThreshold.ts';
import { pageMask } from './pageMask.ts';
import { DEEPEST_SHADOW, paperMap } from './paperMap.ts';
import { removeRuledLines } from './removeRuledLines.ts';

/**
 * The typical ink must stand this far from the paper, or the image is taken as blank:
 * Otsu always splits a histogram in two, even one that is only noise.
 */
const MIN_INK_CONTRAST = 40;
/** Percentile of the ink class taken as "full ink", so a few outliers do not set it. */
const INK_PERCENTILE = 0.9;
/**
 * Anti-aliased rims are kept down to this fraction of the threshold, but only next to
 * ink, so resampling to 28×28 sees smooth edges while isolated faint pixels stay zero.
 */
const RIM_FRACTION = 0.5;

/**
 * Turns a decoded luminance image into ink coverage in [0, 1] (1 = ink).
 *
 * Polarity: the paper is the median luminance of the image border (the ink rarely covers
 * half the border), or, in a photo lit unevenly, the light measured under each pixel
 * (paperMap); ink is whichever side of it — darker or lighter — holds more
 * total difference, so black-on-white and chalk-on-blackboard give the same map.
 *
 * Threshold: Otsu on the histogram of |luminance − paper| on the ink side, floored at
 * MIN_INK_THRESHOLD; if the ink class is not at least MIN_INK_CONTRAST from the paper the
 * image is blank and the map is all zeros. Coverage is the difference scaled so that
 * the 90th percentile of the ink class is 1, keeping grey anti-aliased values.
 *
 * Ruled and squared paper: the printed lines are erased from the differences before the
 * threshold (removeRuledLines); a picture without such lines keeps the very same map.
 */
export function inkMap(image: GreyImage): Raster {
  const { width, height, data } = image;
  const n = width * height;
  const out = new Float32Array(n);
  if (n === 0 || data.length < n) return { width, height, data: out };

  // A photo lit unevenly has no one paper level: there the paper is measured under each
  // pixel. Light multiplies, so in the shadow the ink also stands less far from the paper:
  // differences there are scaled up to what they would be under the brightest light.
  const page = pageMask(image);
  const onPage = page ? coverDesk(image, page) : image;
  const light = paperMap(onPage);
  const found = light ? litDifferences(onPage.data, light) : evenDifferences(onPage);
  // Lines of ruled or squared paper go before the threshold is chosen: as ink they would
  // join every symbol, and as a class of their own they would pull Otsu to their level.
  const { diff, hist } = withoutRuledLines(found, width, height, page);

  const threshold = Math.max(MIN_INK_THRESHOLD, otsuThreshold(hist));
  const inkLevel = quantileFrom(hist, threshold, INK_PERCENTILE);
  if (inkLevel < 0 || inkLevel < MIN_INK_CONTRAST) return { width, height, data: out };

  const rimFloor = threshold * RIM_FRACTION;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const d = diff[i]!;
      if (d < rimFloor) continue;
      if (d < threshold && !touchesInk(diff, width, height, x, y, threshold)) continue;
      out[i] = Math.min(1, d / inkLevel);
    }
  }
  return { width, height, data: out };
}

/**
 * The photo with the desk around the sheet painted over in the page's commonest level
 * near it, so that neither the paper estimate nor the ink sees it.
 */
function coverDesk(image: GreyImage, page: Uint8Array): GreyImage {
  const { width, height, data } = image;
  const paper = peakLevel(countLevelsWhere(data, page));
  const out = new Uint8Array(width * height);
  for (let i = 0; i < out.length; i++) out[i] = page[i] ? data[i]! : paper;
  return { width, height, data: out };
}

/**
 * |luminance − paper| on the ink's side, 0..255, and its histogram, for one paper level
 * (the border's). The paper side folds to 0: it is not ink either way.
 */
function evenDifferences(image: GreyImage): { diff: Uint8Array; hist: Float64Array } {
  const { data } = image;
  const n = image.width * image.height;
  const paper = borderMedian(image);
  let darker = 0;
  let lighter = 0;
  for (let i = 0; i < n; i++) {
    const d = data[i]! - paper;
    if (d < 0) darker -= d;
    else lighter += d;
  }
  const sign = darker >= lighter ? -1 : 1;
  const diff = new Uint8Array(n);
  // Counted in the pass that finds the differences: a second pass would read them all again.
  const hist = new Float64Array(LEVELS);
  for (let i = 0; i < n; i++) {
    const d = Math.max(0, sign * (data[i]! - paper));
    diff[i] = d;
    hist[d]!++;
  }
  return { diff, hist };
}

/**
 * The same against the paper under each pixel, each difference scaled by how much darker
 * the light is there than at its brightest (at most DEEPEST_SHADOW times).
 */
// Apart from evenDifferences rather than one loop over a per-pixel paper, so that an
// evenly lit picture does not pay for reading the lit case's paper at every pixel.
function litDifferences(
  data: GreyImage['data'],
  light: Float32Array,
): { diff: Uint8Array; hist: Float64Array } {
  const n = light.length;
  let brightest = 1;
  for (let i = 0; i < n; i++) if (light[i]! > brightest) brightest = light[i]!;
  let darker = 0;
  let lighter = 0;
  for (let i = 0; i < n; i++) {
    const d = data[i]! - light[i]!;
    if (d < 0) darker -= d;
    else lighter += d;
  }
  const sign = darker >= lighter ? -1 : 1;
  const diff = new Uint8Array(n);
  // Counted in the pass that finds the differences: a second pass would read them all again.
  const hist = new Float64Array(LEVELS);
  for (let i = 0; i < n; i++) {
    const gain = Math.min(DEEPEST_SHADOW, brightest / Math.max(1, light[i]!));
    const d = Math.round(sign * (data[i]! - light[i]!) * gain);
    const v = d < 0 ? 0 : d > 255 ? 255 : d;
    diff[i] = v;
    hist[v]!++;
  }
  return { diff, hist };
}

/** The differences without ruled lines, and their histogram counted again if any went. */
function withoutRuledLines(
  found: { diff: Uint8Array; hist: Float64Array },
  width: number,
  height: number,
  page: Uint8Array | null,
): { diff: Uint8Array; hist: Float64Array } {
  const diff = removeRuledLines({ width, height, data: found.diff }, page);
  if (!diff) return found;
  return { diff, hist: countLevels(diff, new Float64Array(LEVELS)) };
}

/** Median luminance of the border ring (the ink rarely covers half of it). */
function borderMedian(image: GreyImage): number {
  const ring = borderPixels(image.width, image.height);
  return lowerMedian(countLevelsAt(image.data, ring, new Float64Array(LEVELS)));
}

function touchesInk(
  diff: Uint8Array,
  width: number,
  height: number,
  x: number,
  y: number,
  threshold: number,
): boolean {
  for (let dy = -1; dy <= 1; dy++) {
    const yy = y + dy;
    if (yy < 0 || yy >= height) continue;
    for (let dx = -1; dx <= 1; dx++) {
      const xx = x + dx;
      if (xx < 0 || xx >= width || (dx === 0 && dy === 0)) continue;
      if (diff[yy * width + xx]! >= threshold) return true;
    }
  }
  return false;
}
