import type { GreyImage } from '../types.ts';
import { findRuledLines, type RuledLine } from './findRuledLines.ts';
import { MIN_INK_THRESHOLD } from './minInkThreshold.ts';

/**
 * A run across the line may be this much longer than the line's own thickness and still
 * be the line alone (JPEG and the tilt widen it here and there) ...
 */
const SLACK = 0.5;
/** ... but never less than this many pixels. */
const MIN_SLACK = 2;
/**
 * A run this many times darker than the line is ink, however short: a fine pen's stroke
 * along the line or across it. (Printed lines are mostly fainter than ink; where they are
 * not, the run's length alone tells.)
 */
const INKIER = 1.4;
/** The line's anti-aliased fringe beside its run, erased with it. */
const FRINGE = 1;
/** Ruled paper shows at least this many lines one way; fewer may be the writing itself... */
const MANY_LINES = 3;
/**
 * ... and are only taken for printed lines when this share of the ink is left once they
 * are gone: a `-` or `=` cropped to its own edges (as a caller that cuts out symbols sends
 * it) is long, thin and straight from edge to edge too, and must not be erased to nothing.
 */
const MIN_LEFT = 0.05;

/**
 * The ink-coverage difference map (0 = paper) with the lines of ruled or squared paper
 * erased, or null when there are none, so that plain paper keeps the map it had.
 *
 * Printed lines otherwise join every symbol on the page into one component. At each point
 * along a line only a run across it about the line's thickness is erased: where a stroke
 * crosses or lies on the line the run is longer and stays, so the crossing keeps its ink.
 * Horizontal lines go first: a grid's vertical line then finds the crossings short again.
 */
export function removeRuledLines(diff: GreyImage, page: Uint8Array | null): Uint8Array | null {
  const lines = findRuledLines(diff, page);
  if (lines.length === 0) return null;
  const out = Uint8Array.from(diff.data);
  const flat = lines.filter((l) => l.horizontal);
  const upright = lines.filter((l) => !l.horizontal);
  for (const line of [...flat, ...upright]) erase(out, diff.width, diff.height, line);
  if (Math.max(flat.length, upright.length) < MANY_LINES) {
    if (inkIn(out) < MIN_LEFT * inkIn(diff.data)) return null;
  }
  return out;
}

/** Pixels that count as ink for MIN_LEFT: at inkMap's least threshold or above. */
function inkIn(data: Uint8Array | Uint8ClampedArray): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) if (data[i]! >= MIN_INK_THRESHOLD) n++;
  return n;
}

function erase(data: Uint8Array, width: number, height: number, line: RuledLine): void {
  const along = line.horizontal ? width : height;
  const across = line.horizontal ? height : width;
  const su = line.horizontal ? 1 : width;
  const sv = line.horizontal ? width : 1;
  const half = line.level / 2;
  const longest = line.thickness + Math.max(MIN_SLACK, Math.ceil(SLACK * line.thickness));
  const inky = INKIER * line.level;
  for (let u = 0; u < along; u++) {
    const o = u * su;
    const c = Math.round(line.at + line.slope * u);
    // The line's darkest pixel here, within the fit's tolerance.
    let core = -1;
    let best = half;
    for (let w = Math.max(0, c - 2); w <= Math.min(across - 1, c + 2); w++) {
      if (data[o + w * sv]! >= best) {
        best = data[o + w * sv]!;
        core = w;
      }
    }
    if (core < 0) continue;
    let lo = core;
    let hi = core;
    while (lo > 0 && core - lo <= longest && data[o + (lo - 1) * sv]! >= half) lo--;
    while (hi < across - 1 && hi - core <= longest && data[o + (hi + 1) * sv]! >= half) hi++;
    if (hi - lo + 1 > longest) continue;
    let darkest = 0;
    for (let w = lo; w <= hi; w++) darkest = Math.max(darkest, data[o + w * sv]!);
    if (darkest >= inky) continue;
    const end = Math.min(across - 1, hi + FRINGE);
    for (let w = Math.max(0, lo - FRINGE); w <= end; w++) data[o + w * sv] = 0;
  }
}
