import type { GreyImage } from '../types.ts';

/** Strips along a line are at most this wide: a line tilted 2° drifts 1 px across one. */
const MAX_STRIP = 32;
/** ... and at least this many fit along the image, to tell a page-wide line from a bar. */
export const MIN_STRIPS = 12;
/** Pixels read along each strip at each v (the paper's grain averages out over as many). */
const SAMPLES = 8;

/**
 * One way of looking for lines, cut into strips along it. Along a horizontal line u is x
 * and v is y; along a vertical one u is y and v is x.
 */
export interface StripAxis {
  readonly horizontal: boolean;
  /** The image's extent along the lines looked for, and across them. */
  readonly along: number;
  readonly across: number;
  readonly strip: number;
  /** Where each strip's middle is along u (the last strip takes the remainder). */
  readonly centres: Float64Array;
  /** Index steps in the image for one pixel along u and along v. */
  readonly su: number;
  readonly sv: number;
}

export interface StripProfile {
  readonly axis: StripAxis;
  /** Each strip's mean across it, at every v: [k · across + v]. */
  readonly means: Float32Array;
}

/**
 * The image cut into strips MAX_STRIP pixels wide, each way, and each strip's mean across
 * it at every row (or column): the profiles in which a ruled line is a thin peak. Null
 * when the image is too small for MIN_STRIPS strips either way.
 *
 * A line is continuous along itself, so a few pixels of each strip along it tell the
 * profile as well as all of them: on a 12-megapixel photo these passes are most of what
 * looking for lines costs.
 */
export function stripProfiles(diff: GreyImage): [StripProfile, StripProfile] | null {
  const { width, height, data } = diff;
  const rowsAx = axisOf(width, height, true);
  const colsAx = axisOf(width, height, false);
  if (!rowsAx || !colsAx) return null;
  const rows = new Float32Array(rowsAx.centres.length * height);
  const cols = new Float32Array(colsAx.centres.length * width);

  const across = rowsAx.centres.length;
  const xStep = sampleStep(rowsAx.strip);
  for (let y = 0; y < height; y++) {
    const o = y * width;
    for (let k = 0; k < across; k++) {
      const x0 = k * rowsAx.strip;
      const x1 = k === across - 1 ? width : x0 + rowsAx.strip;
      let sum = 0;
      let n = 0;
      for (let x = x0; x < x1; x += xStep, n++) sum += data[o + x]!;
      rows[k * height + y] = sum / n;
    }
  }

  const down = colsAx.centres.length;
  const yStep = sampleStep(colsAx.strip);
  const sums = new Uint32Array(width);
  for (let k = 0; k < down; k++) {
    const y0 = k * colsAx.strip;
    const y1 = k === down - 1 ? height : y0 + colsAx.strip;
    sums.fill(0);
    let n = 0;
    for (let y = y0; y < y1; y += yStep, n++) {
      const o = y * width;
      for (let x = 0; x < width; x++) sums[x]! += data[o + x]!;
    }
    for (let x = 0; x < width; x++) cols[k * width + x] = sums[x]! / n;
  }
  return [
    { axis: rowsAx, means: rows },
    { axis: colsAx, means: cols },
  ];
}

/** Every how many pixels along a strip to read: SAMPLES of them are plenty. */
function sampleStep(strip: number): number {
  return Math.max(1, Math.floor(strip / SAMPLES));
}

function axisOf(width: number, height: number, horizontal: boolean): StripAxis | null {
  const along = horizontal ? width : height;
  const across = horizontal ? height : width;
  const strip = Math.min(MAX_STRIP, Math.floor(along / MIN_STRIPS));
  if (strip < 2 || across < 8) return null;
  const strips = Math.floor(along / strip);
  const centres = Float64Array.from({ length: strips }, (_, k) =>
    k === strips - 1 ? (k * strip + along) / 2 : k * strip + strip / 2,
  );
  return {
    horizontal,
    along,
    across,
    strip,
    centres,
    su: horizontal ? 1 : width,
    sv: horizontal ? width : 1,
  };
}
