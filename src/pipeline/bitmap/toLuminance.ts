import type { GreyImage } from '../types.ts';
import { LEVELS, lowerMedian } from './histogram.ts';

/** Alpha at or above this counts as opaque paper when deciding what the background is. */
const OPAQUE = 250;

/**
 * Decoded pixels (1 to 4 interleaved 8-bit channels: grey, grey+alpha, RGB, RGBA) as 8-bit
 * luminance, Rec. 601 weights. The server feeds it what sharp decodes, the page what a
 * canvas holds, so an upload and a photo opened on the page are read alike.
 *
 * Transparency (canvas exports put the ink in alpha over a transparent background): if
 * any pixel is not opaque, the image is composited onto a paper colour. When most pixels
 * are opaque the paper is already there, and transparent bits (rounded corners, margins)
 * take its median luminance. Otherwise the ink is what is not transparent: the paper is
 * white for dark ink and black for light ink (judged by the alpha-weighted mean luminance
 * of the ink), so for black ink the result is exactly 255 − alpha.
 */
export function toLuminance(
  data: ArrayLike<number>,
  width: number,
  height: number,
  channels: number,
): GreyImage {
  const n = width * height;
  const lum = new Uint8Array(n);
  const colour = channels >= 3;
  const alphaAt = channels === 2 || channels === 4 ? channels - 1 : -1;
  let translucent = false;
  for (let i = 0, p = 0; i < n; i++, p += channels) {
    lum[i] = colour
      ? Math.round(0.299 * data[p]! + 0.587 * data[p + 1]! + 0.114 * data[p + 2]!)
      : data[p]!;
    if (alphaAt >= 0 && data[p + alphaAt]! < 255) translucent = true;
  }
  if (!translucent) return { width, height, data: lum };

  const paper = paperFor(lum, data, channels, alphaAt);
  for (let i = 0, p = alphaAt; i < n; i++, p += channels) {
    const a = data[p]! / 255;
    lum[i] = Math.round(a * lum[i]! + (1 - a) * paper);
  }
  return { width, height, data: lum };
}

/** The luminance transparent pixels are composited onto; see decodeImage for the rule. */
function paperFor(
  lum: Uint8Array,
  data: ArrayLike<number>,
  channels: number,
  alphaAt: number,
): number {
  const n = lum.length;
  // Counted in the pass that weighs the ink, rather than in a pass of its own.
  const opaqueHist = new Float64Array(LEVELS);
  let opaque = 0;
  let inkWeight = 0;
  let inkSum = 0;
  for (let i = 0, p = alphaAt; i < n; i++, p += channels) {
    const a = data[p]!;
    if (a >= OPAQUE) {
      opaqueHist[lum[i]!]!++;
      opaque++;
    }
    inkWeight += a;
    inkSum += a * lum[i]!;
  }
  if (opaque * 2 >= n) return lowerMedian(opaqueHist);
  if (inkWeight === 0) return 255;
  return inkSum / inkWeight < 128 ? 255 : 0;
}
