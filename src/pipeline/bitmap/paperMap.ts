import type { GreyImage } from '../types.ts';
import { commonestLevel, countLevelsInBox, LEVELS } from './histogram.ts';

/** Blocks across the shorter side: small enough to follow a shadow's edge. */
const BLOCKS_ACROSS = 8;
/** ... but never so small that one pen stroke fills a block. */
const MIN_BLOCK = 12;
/**
 * Two levels of paper are the same light when they differ by less than this share of the
 * brighter (light multiplies: 8 % is 19 levels on white paper, 3 on a dark board) ...
 */
const EVEN_RATIO = 0.08;
/** ... or by no more than this many levels, JPEG's and the sensor's noise. */
const NOISE_LEVELS = 4;
/**
 * A block further than this share from its neighbours' median is a stroke, not light:
 * a vignette's corner blocks differ from their neighbours by up to about 20 %.
 */
const OUTLIER_RATIO = 0.25;
const SAMPLES_ACROSS = 32;
/**
 * Light that falls to less than 1 / DEEPEST_SHADOW of its brightest is not light: blocks
 * that dark are a thick marker's strokes (or a shadow too deep to read ink in).
 */
export const DEEPEST_SHADOW = 4;

/**
 * The paper's luminance under every pixel of a photo lit unevenly (a phone held over the
 * page: one side in shadow, a vignette), or null when the light is even, so that scans,
 * canvases and rendered drawings keep the one paper level of their border.
 *
 * Each block's commonest luminance is its paper, whichever the ink's polarity, as long as
 * less of the block is the ink's core than paper; a block that stands out from its 3×3
 * neighbourhood (one a thick stroke fills) takes the neighbourhood's median instead.
 * Between block centres the light is bilinear. (Not the block's median: where a stroke
 * covers half a block the median lands on the stroke's grey rim, and evenly lit paper
 * looks unevenly lit.)
 */
export function paperMap(image: GreyImage): Float32Array | null {
  const { width, height } = image;
  const block = Math.max(MIN_BLOCK, Math.floor(Math.min(width, height) / BLOCKS_ACROSS));
  const grid: Grid = { block, cols: Math.floor(width / block), rows: Math.floor(height / block) };
  // Under 3 × 3 blocks there is no neighbourhood to tell a stroke from a shadow.
  if (grid.cols < 3 || grid.rows < 3) return null;

  // Twice: where a stroke fills a whole run of blocks (a long bar), the first pass mends
  // its ends and the second the blocks whose neighbours were that run.
  const light = smoothOutliers(smoothOutliers(blockLevels(image, grid), grid), grid);
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of light) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (sameLight(lo, hi) || lo * DEEPEST_SHADOW < hi) return null;
  return interpolate(light, grid, width, height);
}

interface Grid {
  readonly block: number;
  readonly cols: number;
  readonly rows: number;
}

/** Commonest luminance of each block; the last row and column take the image's remainder. */
function blockLevels(image: GreyImage, grid: Grid): Float32Array {
  const { width, height } = image;
  const { block, cols, rows } = grid;
  const out = new Float32Array(cols * rows);
  const hist = new Uint32Array(LEVELS);
  // A photo's blocks hold hundreds of thousands of pixels; about SAMPLES_ACROSS² of them
  // tell the commonest level as well, and keep the even-light check cheap.
  const step = Math.max(1, Math.floor(block / SAMPLES_ACROSS));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x0 = c * block;
      const y0 = r * block;
      const x1 = c === cols - 1 ? width : x0 + block;
      const y1 = r === rows - 1 ? height : y0 + block;
      out[r * cols + c] = commonestLevel(
        countLevelsInBox(image, { x0, y0, x1, y1 }, step, hist.fill(0)),
      );
    }
  }
  return out;
}

/** Bilinear between block centres, carried on past the outer ones to the image's edges. */
function interpolate(light: Float32Array, grid: Grid, width: number, height: number): Float32Array {
  const { block, cols, rows } = grid;
  const out = new Float32Array(width * height);
  const centre = (i: number, n: number, size: number): number =>
    i === n - 1 ? (i * block + size) / 2 : i * block + block / 2;
  const cx = Array.from({ length: cols }, (_, c) => centre(c, cols, width));
  const cy = Array.from({ length: rows }, (_, r) => centre(r, rows, height));
  const span = (centres: readonly number[], p: number): [number, number, number] => {
    let i = 0;
    while (i < centres.length - 2 && p > centres[i + 1]!) i++;
    const t = (p - centres[i]!) / (centres[i + 1]! - centres[i]!);
    return [i, i + 1, t];
  };
  const across = Array.from({ length: width }, (_, x) => span(cx, x + 0.5));
  const c0 = Int32Array.from(across, ([c]) => c);
  const tx = Float32Array.from(across, ([, , t]) => t);
  const row = new Float32Array(cols);
  for (let y = 0; y < height; y++) {
    const [r0, r1, ty] = span(cy, y + 0.5);
    for (let c = 0; c < cols; c++)
      row[c] = light[r0 * cols + c]! * (1 - ty) + light[r1 * cols + c]! * ty;
    for (let x = 0; x < width; x++) {
      const c = c0[x]!;
      const v = row[c]! + (row[c + 1]! - row[c]!) * tx[x]!;
      out[y * width + x] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  return out;
}

function sameLight(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(NOISE_LEVELS, EVEN_RATIO * Math.max(a, b));
}

/**
 * Each block's light, or the median of its 3×3 neighbourhood (clipped at the grid's edges)
 * where the block stands out from it: a block a stroke fills. Blocks that agree with their
 * neighbours keep their own value, so a gradient is not flattened at the page's edges.
 */
function smoothOutliers(light: Float32Array, { cols, rows }: Grid): Float32Array {
  const out = new Float32Array(light.length);
  const near: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      near.length = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const rr = r + dr;
          const cc = c + dc;
          if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) near.push(light[rr * cols + cc]!);
        }
      }
      near.sort((a, b) => a - b);
      const own = light[r * cols + c]!;
      const around = near[near.length >> 1]!;
      out[r * cols + c] =
        Math.abs(own - around) <= OUTLIER_RATIO * Math.max(own, around) ? own : around;
    }
  }
  return out;
}
