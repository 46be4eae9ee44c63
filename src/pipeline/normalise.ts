import { MODEL_SIZE, type ModelImage, type Raster } from './types.ts';

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
    for (let u = 0; u < MODEL_SIZE; u++) {
      let acc = 0;
      for (const [i, w] of wx[u]!) acc += w * data[y * width + i]!;
      rows[y * MODEL_SIZE + u] = acc;
    }
  }
  let peak = 0;
  for (let v = 0; v < MODEL_SIZE; v++) {
    for (let u = 0; u < MODEL_SIZE; u++) {
      let acc = 0;
      for (const [j, w] of wy[v]!) acc += w * rows[j * MODEL_SIZE + u]!;
      out[v * MODEL_SIZE + u] = acc;
      if (acc > peak) peak = acc;
    }
  }
  // Thin pens in large bitmaps average out to faint grey; MNIST ink peaks at full white.
  if (peak > 0 && peak < 1) for (let k = 0; k < out.length; k++) out[k]! /= peak;
  for (let k = 0; k < out.length; k++) if (out[k]! > 1) out[k] = 1;
  return out;
}

/**
 * For each target pixel u, the source pixels it covers and their weights, where the
 * mapping is target = (source - centre) * scale + 14. Weights are the overlap length in
 * target units, so a fully covered target pixel sums to 1.
 */
function axisWeights(length: number, centre: number, scale: number): Array<Array<[number, number]>> {
  const half = MODEL_SIZE / 2;
  const result: Array<Array<[number, number]>> = [];
  for (let u = 0; u < MODEL_SIZE; u++) {
    const s0 = (u - half) / scale + centre;
    const s1 = (u + 1 - half) / scale + centre;
    const list: Array<[number, number]> = [];
    for (let i = Math.max(0, Math.floor(s0)); i < Math.min(length, Math.ceil(s1)); i++) {
      const overlap = Math.min(s1, i + 1) - Math.max(s0, i);
      if (overlap > 0) list.push([i, overlap * scale]);
    }
    result.push(list);
  }
  return result;
}
