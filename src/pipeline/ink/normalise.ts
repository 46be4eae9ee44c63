import { MODEL_SIZE, type ModelImage, type Raster } from '../types.ts';

/** MNIST fits the longer side of each digit into 20 px of the 28 px frame. */
const BOX = 20;
/** Coverage below this is anti-aliasing dust, not ink, when finding the ink's extent. */
const INK_EPS = 0.05;

/**
 * MNIST-style normalisation: crop to the ink, scale the longer side to 20 px keeping the
 * aspect ratio (so `1`, `-`, `(` stay thin), area-average into 28×28, and place the
 * centre of mass at the centre. Scaling and centring happen in one resampling pass, so
 * the centre of mass lands at (14, 14) to sub-pixel precision.
 */
export function normalise(raster: Raster): ModelImage {
  const out = new Float32Array(MODEL_SIZE * MODEL_SIZE) as ModelImage;
  const { width, height, data } = raster;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  let mass = 0;
  let sumX = 0;
  let sumY = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = data[y * width + x]!;
      if (v <= 0) continue;
      mass += v;
      sumX += v * (x + 0.5);
      sumY += v * (y + 0.5);
      if (v < INK_EPS) continue;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  if (maxX < 0 || mass <= 0) return out;

  const scale = BOX / Math.max(maxX - minX + 1, maxY - minY + 1);
  const cx = sumX / mass;
  const cy = sumY / mass;
  const wx = axisWeights(width, cx, scale);
  const wy = axisWeights(height, cy, scale);

  // Separable box filter: rows first (height × 28), then columns.
  const rows = new Float32Array(height * MODEL_SIZE);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let u = 0; u < MODEL_SIZE; u++) {
      let acc = 0;
      for (let k = wx.start[u]!, i = wx.first[u]!; k < wx.start[u + 1]!; k++, i++)
        acc += wx.weight[k]! * data[row + i]!;
      rows[y * MODEL_SIZE + u] = acc;
    }
  }
  let peak = 0;
  for (let v = 0; v < MODEL_SIZE; v++) {
    for (let u = 0; u < MODEL_SIZE; u++) {
      let acc = 0;
      for (let k = wy.start[v]!, j = wy.first[v]!; k < wy.start[v + 1]!; k++, j++)
        acc += wy.weight[k]! * rows[j * MODEL_SIZE + u]!;
      out[v * MODEL_SIZE + u] = acc;
      if (acc > peak) peak = acc;
    }
  }
  // Thin pens in large bitmaps average out to faint grey; MNIST ink peaks at full white.
  if (peak > 0 && peak < 1) for (let k = 0; k < out.length; k++) out[k]! /= peak;
  for (let k = 0; k < out.length; k++) if (out[k]! > 1) out[k] = 1;
  return out;
}

interface AxisWeights {
  /** First source pixel of target pixel u. */
  readonly first: Int32Array;
  /** Weights of target pixel u are weight[start[u]] .. weight[start[u + 1] - 1]. */
  readonly start: Int32Array;
  readonly weight: Float32Array;
}

/**
 * For each target pixel u, the source pixels it covers and their weights, where the
 * mapping is target = (source - centre) * scale + 14. Weights are the overlap length in
 * target units, so a fully covered target pixel sums to 1. Flat typed arrays: this runs
 * for every candidate symbol of every drawing.
 */
function axisWeights(length: number, centre: number, scale: number): AxisWeights {
  const half = MODEL_SIZE / 2;
  const first = new Int32Array(MODEL_SIZE);
  const start = new Int32Array(MODEL_SIZE + 1);
  const weight = new Float32Array(MODEL_SIZE * (Math.ceil(1 / scale) + 2));
  let k = 0;
  for (let u = 0; u < MODEL_SIZE; u++) {
    const s0 = (u - half) / scale + centre;
    const s1 = (u + 1 - half) / scale + centre;
    const i0 = Math.max(0, Math.floor(s0));
    const i1 = Math.min(length, Math.ceil(s1));
    first[u] = i0;
    start[u] = k;
    for (let i = i0; i < i1; i++)
      weight[k++] = Math.max(0, Math.min(s1, i + 1) - Math.max(s0, i)) * scale;
  }
  start[MODEL_SIZE] = k;
  return { first, start, weight };
}
