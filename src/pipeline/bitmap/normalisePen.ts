import type { Raster } from '../types.ts';
import { strokeWidth } from './strokeWidth.ts';

/** Working size of the longer side, as rasterise() draws strokes. */
const SIZE = 64;
/** The pen width rasterise() gives strokes, as a share of the longer side. */
const PEN_RATIO = 0.11;

/**
 * Brings a bitmap symbol to the pen width that strokes are drawn with, so that a photo of
 * thin pen lines (or a 300 px canvas drawn with a 5 px brush) looks to the model like the
 * ink it was trained on: shrink to about 64 px (block averaging), estimate the stroke
 * width from ink area over boundary length, and thicken thin strokes by dilation.
 * Thick strokes are left as they are.
 */
export function normalisePen(raster: Raster): Raster {
  const { width, height, data } = raster;
  const factor = Math.max(1, Math.floor(Math.max(width, height) / SIZE));
  const w = Math.ceil(width / factor);
  const h = Math.ceil(height / factor);
  const small = new Float32Array(w * h);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      small[Math.floor(y / factor) * w + Math.floor(x / factor)]! += data[y * width + x]!;
  }
  // A hairline averages out to faint grey when shrunk: stretch so the darkest ink is 1.
  let peak = 0;
  for (let i = 0; i < small.length; i++) peak = Math.max(peak, small[i]!);
  if (peak > 0) for (let i = 0; i < small.length; i++) small[i] = small[i]! / peak;

  const stroke = strokeWidth(
    (x, y) => x >= 0 && y >= 0 && x < w && y < h && small[y * w + x]! >= 0.5,
    w,
    h,
  );
  if (stroke === 0) return { width: w, height: h, data: small };
  const target = PEN_RATIO * Math.max(w, h);
  const radius = Math.round((target - stroke) / 2);
  if (stroke >= 0.75 * target || radius < 1) return { width: w, height: h, data: small };

  // Grow the canvas so the thickened ink still fits, then a separable max filter.
  const W = w + 2 * radius;
  const H = h + 2 * radius;
  const padded = new Float32Array(W * H);
  for (let y = 0; y < h; y++)
    padded.set(small.subarray(y * w, (y + 1) * w), (y + radius) * W + radius);
  const out = slidingMax(slidingMax(padded, W, H, radius, false), W, H, radius, true);
  return { width: W, height: H, data: out };
}

/** The maximum over ±radius pixels along rows (or, `vertical`, down columns). */
function slidingMax(
  src: Float32Array,
  W: number,
  H: number,
  radius: number,
  vertical: boolean,
): Float32Array {
  const out = new Float32Array(W * H);
  const [len, step] = vertical ? [H, W] : [W, 1];
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const at = vertical ? y : x;
      const start = y * W + x - at * step;
      let m = 0;
      for (let k = Math.max(0, at - radius); k <= Math.min(len - 1, at + radius); k++)
        m = Math.max(m, src[start + k * step]!);
      out[y * W + x] = m;
    }
  }
  return out;
}
