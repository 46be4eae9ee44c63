import type { GreyImage } from '../types.ts';
import { LEVELS, upperMedian } from './histogram.ts';
import { MIN_CONTRAST, type Peaks } from './stripPeaks.ts';
import { MIN_STRIPS, type StripAxis } from './stripProfiles.ts';

/** One printed line of ruled or squared paper: its middle is at v = at + slope · u. */
export interface RuledLine {
  readonly horizontal: boolean;
  readonly at: number;
  readonly slope: number;
  /** The line's run across itself (pixels at least half its level), median over its length. */
  readonly thickness: number;
  /** The difference map's value at the line's core, median over its length. */
  readonly level: number;
}

export interface VerifiedLine {
  readonly line: RuledLine;
  /** The share of the strips on the page that hold it. */
  readonly cover: number;
}

/** Peaks further than this from the fitted line (px) are not the line: it is straight. */
export const MATCH_TOLERANCE = 1.5;
/**
 * Under this share of the strips on the page holding it, a candidate is no line at all:
 * a stroke may run along half of a line in a picture cropped close to the writing, no more.
 */
const MIN_COVER = 0.4;
/** Each end of a line's span (this share of it) must hold the line: it runs off the page. */
const END_SHARE = 0.03;
/** Runs across the line are counted up to this length: longer ones are strokes along it. */
const LONGEST_RUN = 128;

/**
 * The candidate at v = at + slope · u refitted to the strips' peaks, measured on the
 * pixels, and the share of the strips it is on that hold it; or null when it is no line:
 * bent, held by under MIN_COVER of its strips, stopping short of the page's ends (a bar of
 * a `-` or `=`: the writing has a margin) or thicker than `gap` allows (a stroke right
 * across a small picture: printed lines are thin for the page's size).
 *
 * `page` (pageMask's) bounds the page in a photo of a sheet on a desk: strips off it do
 * not count, and the sheet's own edge is not a line, since paper lies on one side only.
 */
export function verifyRuledLine(
  diff: GreyImage,
  page: Uint8Array | null,
  axis: StripAxis,
  peaks: Peaks,
  candidate: { at: number; slope: number },
  gap: number,
): VerifiedLine | null {
  const { centres } = axis;
  let line = candidate;
  let hits = matches(peaks, centres, line, MATCH_TOLERANCE + 0.5);
  for (let pass = 0; pass < 2; pass++) {
    if (hits.length < 3) return null;
    line = fit(hits, centres);
    hits = matches(peaks, centres, line, MATCH_TOLERANCE);
  }
  const onPage = (u: number, v: number): boolean => {
    const c = Math.round(v);
    if (c < 0 || c >= axis.across) return false;
    if (!page) return true;
    const o = Math.round(u) * axis.su;
    for (let w = c - gap; w <= c + gap; w += gap) {
      if (w >= 0 && w < axis.across && !page[o + w * axis.sv]) return false;
    }
    return true;
  };
  const hit = new Uint8Array(centres.length);
  for (const { k } of hits) hit[k] = 1;
  let on = 0;
  let held = 0;
  for (let k = 0; k < centres.length; k++) {
    if (!onPage(centres[k]!, line.at + line.slope * centres[k]!)) continue;
    on++;
    held += hit[k]!;
  }
  if (on < MIN_STRIPS / 2 || held < MIN_COVER * on) return null;
  const measured = measure(diff, axis, line, onPage, gap);
  return measured && { line: measured, cover: held / on };
}

interface Hit {
  readonly k: number;
  readonly v: number;
}

/** In each strip, its peak nearest to the line if within `tolerance` of it. */
function matches(
  peaks: Peaks,
  centres: Float64Array,
  { at, slope }: { at: number; slope: number },
  tolerance: number,
): Hit[] {
  const out: Hit[] = [];
  for (let k = 0; k < centres.length; k++) {
    const want = at + slope * centres[k]!;
    let near = -1;
    for (let i = peaks.start[k]!; i < peaks.start[k + 1]!; i++) {
      const d = Math.abs(peaks.v[i]! - want);
      if (d <= tolerance && (near < 0 || d < Math.abs(peaks.v[near]! - want))) near = i;
    }
    if (near >= 0) out.push({ k, v: peaks.v[near]! });
  }
  return out;
}

/** Least squares v = at + slope · u through the hits. */
function fit(hits: readonly Hit[], centres: Float64Array): { at: number; slope: number } {
  let su = 0;
  let sv = 0;
  let suu = 0;
  let suv = 0;
  for (const { k, v } of hits) {
    const u = centres[k]!;
    su += u;
    sv += v;
    suu += u * u;
    suv += u * v;
  }
  const n = hits.length;
  const slope = (n * suv - su * sv) / (n * suu - su * su);
  return { at: (sv - slope * su) / n, slope };
}

/**
 * The line's level and thickness from its pixels, or null when either end of its span on
 * the page lacks it (unless the line leaves the picture there), or it is too thick.
 */
function measure(
  diff: GreyImage,
  axis: StripAxis,
  line: { at: number; slope: number },
  onPage: (u: number, v: number) => boolean,
  gap: number,
): RuledLine | null {
  // No thicker than the gap its profile's peak was measured against, and a pixel.
  const thickest = gap + 1;
  const edge = gap;
  const { data } = diff;
  const { along, across, su, sv } = axis;
  const reach = Math.ceil(MATCH_TOLERANCE) + 1;
  // The darkest pixel near the line at each u on the page (-1 off it), and where it is.
  const core = new Int16Array(along).fill(-1);
  const centre = new Int32Array(along);
  const levels = new Uint32Array(LEVELS);
  let first = -1;
  let last = -1;
  for (let u = 0; u < along; u++) {
    const v = line.at + line.slope * u;
    if (!onPage(u, v)) continue;
    if (first < 0) first = u;
    last = u;
    let best = -1;
    const to = Math.min(across - 1, Math.round(v) + reach);
    for (let w = Math.max(0, Math.round(v) - reach); w <= to; w++) {
      const d = data[u * su + w * sv]!;
      if (d > best) [best, centre[u]] = [d, w];
    }
    core[u] = best;
    levels[best]!++;
  }
  if (first < 0) return null;
  const level = upperMedian(levels);
  if (level < MIN_CONTRAST) return null;
  const half = level / 2;
  const span = Math.max(3, Math.ceil(END_SHARE * (last - first + 1)));
  const holds = (from: number, to: number): boolean => {
    let n = 0;
    let dark = 0;
    for (let u = from; u < to; u++) {
      if (core[u]! < 0) continue;
      n++;
      if (core[u]! >= half) dark++;
    }
    return n > 0 && dark * 2 >= n;
  };
  // A tilted line may leave the picture across its top or bottom edge: there it ends early.
  const leaves = (u: number): boolean => {
    const v = line.at + line.slope * u;
    return v < edge || v > across - 1 - edge;
  };
  if (!leaves(first) && !holds(first, first + span)) return null;
  if (!leaves(last) && !holds(last + 1 - span, last + 1)) return null;

  const runs = new Uint32Array(LONGEST_RUN + 1);
  for (let u = first; u <= last; u++) {
    if (core[u]! < half) continue;
    let run = 1;
    const o = u * su;
    for (let w = centre[u]! - 1; w >= 0 && run < LONGEST_RUN && data[o + w * sv]! >= half; w--)
      run++;
    for (let w = centre[u]! + 1; w < across && run < LONGEST_RUN && data[o + w * sv]! >= half; w++)
      run++;
    runs[run]!++;
  }
  const thickness = upperMedian(runs);
  return thickness <= thickest ? { horizontal: axis.horizontal, ...line, thickness, level } : null;
}
