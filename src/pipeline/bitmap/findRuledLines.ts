import type { GreyImage } from '../types.ts';
import { stripPeaks, type Peaks } from './stripPeaks.ts';
import { stripProfiles, type StripProfile } from './stripProfiles.ts';
import {
  MATCH_TOLERANCE,
  verifyRuledLine,
  type RuledLine,
  type VerifiedLine,
} from './verifyRuledLine.ts';

export type { RuledLine } from './verifyRuledLine.ts';

/** The steepest tilt looked for (tan 3.4°): photos are aimed at the page, not exactly. */
const MAX_TILT = 0.06;
/**
 * A line's profile is compared with the paper this share of the image away on each side,
 * MIN_GAP to MAX_GAP px; a line may be a pixel thicker than that gap, a stroke is thicker.
 * (A notebook's line is about a 1000th of the page, a pen's stroke a few times that.)
 */
const GAP_SHARE = 1 / 200;
const MIN_GAP = 3;
const MAX_GAP = 16;
/** The tilt is looked for first in steps and bins this many times a pixel's. */
const COARSE = 4;
/** A candidate needs a peak in this share of all strips to be looked at ... */
const MIN_VOTES = 0.4;
/**
 * ... and is a line where this share of the strips it is on hold it, or where fewer do but
 * it falls in step with the others: in a picture cropped close to the writing, a stroke
 * may run along half a line's length.
 */
const MIN_COVER = 0.8;
/** In step: the distance from the others a multiple of their spacing, give or take 2 %. */
const STEP_SLACK = 0.02;

/**
 * The straight lines printed on ruled or squared paper (a margin line too), found on an
 * ink-coverage difference map (0 = paper): long, thin and straight, running from one edge
 * of the page to the other, horizontal or vertical give or take MAX_TILT.
 *
 * Each strip of the image along the lines gives a profile across them (stripProfiles), in
 * which a line is a thin peak and the handwriting a peak in a few strips (stripPeaks); a
 * Hough vote over the peaks finds the tilt all lines share, and a row of peaks at that tilt
 * in nearly every strip on the page is a line if its pixels agree (verifyRuledLine).
 * `page` (pageMask's) bounds the page in a photo of a sheet on a desk.
 */
export function findRuledLines(diff: GreyImage, page: Uint8Array | null): RuledLine[] {
  const profiles = stripProfiles(diff);
  if (!profiles) return [];
  const flat = linesAlong(diff, page, profiles[0]);
  const upright = linesAlong(diff, page, profiles[1]);
  // Squared paper repeats one spacing both ways: one way may show too few lines to tell it.
  const [flatStep, uprightStep] = [spacing(flat), spacing(upright)];
  return [...inStep(flat, flatStep ?? uprightStep), ...inStep(upright, uprightStep ?? flatStep)];
}

/** The lines along one axis, with the share of their strips that hold each. */
function linesAlong(
  diff: GreyImage,
  page: Uint8Array | null,
  profile: StripProfile,
): VerifiedLine[] {
  const { axis } = profile;
  const gap = Math.min(MAX_GAP, Math.max(MIN_GAP, Math.round(axis.across * GAP_SHARE)));
  const peaks = stripPeaks(profile, gap);
  const minVotes = Math.ceil(MIN_VOTES * axis.centres.length);
  if (peaks.v.length < minVotes) return [];
  const { slope, votes } = tilt(peaks, axis.centres, axis.along, axis.across, minVotes);
  if (!votes) return [];

  // Each pile of votes highest within the gap is a candidate; its v is at the middle.
  const found: VerifiedLine[] = [];
  const window = (b: number): number => votes[b - 1]! + votes[b]! + votes[b + 1]!;
  const offset = Math.ceil(MAX_TILT * (axis.along / 2)) + 2;
  for (let b = 1; b < votes.length - 1; b++) {
    const w = window(b);
    if (w < minVotes) continue;
    let top = true;
    for (let o = Math.max(1, b - gap); o <= Math.min(votes.length - 2, b + gap) && top; o++) {
      top = o === b || window(o) < w || (window(o) === w && o > b);
    }
    if (!top) continue;
    const at = b - offset - (axis.along / 2) * slope;
    const line = verifyRuledLine(diff, page, axis, peaks, { at, slope }, gap);
    if (line) found.push(line);
  }
  return found;
}

/**
 * The tilt whose votes pile up highest in rows of a line's worth (minVotes), and the votes
 * at it, one bin a pixel; null votes when no tilt has such a row. Coarse to fine: every
 * tilt at a pixel's step, as a Hough transform would, would cost as much as the profiles.
 */
function tilt(
  peaks: Peaks,
  centres: Float64Array,
  along: number,
  across: number,
  minVotes: number,
): { slope: number; votes: Int32Array | null } {
  const mid = along / 2;
  // One step moves the ends of the span by a pixel against its middle.
  const step = 2 / along;
  const offset = Math.ceil(MAX_TILT * mid) + 2;
  const acc = new Int32Array(across + 2 * offset + 2);
  const vote = (slope: number, bin: number): number => {
    acc.fill(0);
    for (let i = 0; i < peaks.v.length; i++) {
      const v = peaks.v[i]! - (centres[peaks.k[i]!]! - mid) * slope + offset;
      acc[Math.round(v / bin)]!++;
    }
    let score = 0;
    for (let b = 1; b < Math.ceil(acc.length / bin); b++) {
      const w = acc[b - 1]! + acc[b]! + acc[b + 1]!;
      if (w >= minVotes) score += w * w;
    }
    return score;
  };
  let best = 0;
  let bestScore = 0;
  const search = (from: number, to: number, by: number, bin: number): void => {
    bestScore = 0;
    for (let j = Math.ceil(from / by); j * by <= to; j++) {
      const score = vote(j * by, bin);
      if (score > bestScore) [best, bestScore] = [j * by, score];
    }
  };
  search(-MAX_TILT, MAX_TILT, COARSE * step, COARSE);
  if (bestScore === 0) return { slope: 0, votes: null };
  search(best - COARSE * step, best + COARSE * step, step, 1);
  if (bestScore === 0) return { slope: 0, votes: null };
  vote(best, 1);
  return { slope: best, votes: acc };
}

/**
 * The median distance between neighbouring lines, or null under two. The weak ones count:
 * where the strong are every third line, the spacing is still a third of their distance.
 */
function spacing(found: readonly VerifiedLine[]): number | null {
  const ats = found.map((f) => f.line.at).sort((a, b) => a - b);
  if (ats.length < 2) return null;
  const gaps = ats.slice(1).map((a, i) => a - ats[i]!);
  return gaps.sort((a, b) => a - b)[gaps.length >> 1]!;
}

/**
 * The lines held by MIN_COVER of their strips, and those held by fewer that fall in step
 * with them, `step` apart: ruled and squared paper repeat one spacing.
 */
function inStep(found: readonly VerifiedLine[], step: number | null): RuledLine[] {
  const strong = found.filter((f) => f.cover >= MIN_COVER).map((f) => f.line);
  if (strong.length === found.length || strong.length === 0 || step === null) return strong;
  const from = strong[0]!.at;
  const inLine = (at: number): boolean => {
    const steps = (at - from) / step;
    return Math.abs(steps - Math.round(steps)) * step <= MATCH_TOLERANCE + 1 + STEP_SLACK * step;
  };
  return found.filter((f) => f.cover >= MIN_COVER || inLine(f.line.at)).map((f) => f.line);
}
