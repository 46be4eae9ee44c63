import { TALL_SYMBOLS } from './decideSymbol.ts';
import { isStackedBars, STACKED_BARS_ODDS } from './stackedBars.ts';
import type { InkBox } from '../types.ts';

/**
 * How much likelier `=` and `÷` are when a candidate is one piece (one stroke, or one
 * connected component of a bitmap). On the even half of ink-dev's symbols none of 248 `=`
 * and none of 109 `÷` is one stroke, while 7 of 281 one-stroke `-` were read as `=`: bars
 * drawn stair-stepped by a coarse tablet or with hooked ends, which the model, seeing only
 * pixels, takes for two bars. Not zero: a `=` written as a `z` in one motion exists (2 of
 * 227 on the odd half), and a confident model still reads it; a writer whose `=` is one
 * stroke can say so with one correction (Classifier.taught), and their look-alikes are spared.
 */
export const ONE_PIECE_ODDS = 0.01;
/**
 * Ink flatter than this (height / width) is rarely a digit or a bracket: 3 of the 3,803
 * even-position digits are flatter than 0.4, 270 of the 281 `-` are. The model keeps the
 * aspect ratio too, but a flat scrawl it cannot place often still leans to `0`, `5` or `7`.
 */
export const FLAT_BELOW = 0.3;
const FLAT_SOFTNESS = 0.05;

const ONE_PIECE_UNLIKELY = new Set(['=', '÷']);

export interface CandidateShape {
  /** The boxes of the parts (strokes, slices, components) grouped into the candidate. */
  readonly parts: readonly InkBox[];
  /** Strokes (or connected components) in the candidate: slices of one stroke are one. */
  readonly pieces: number;
  /** The candidate's box. */
  readonly box: InkBox;
}

/**
 * `probs` reweighted by what a candidate's parts say and its 28×28 image cannot: two
 * stacked bars make `=` likelier (isStackedBars), one piece makes `=` and `÷` less likely,
 * and very flat ink is rarely a digit or bracket. Renormalised; the input is returned as is
 * when nothing applies. Soft, so a confident model still wins. A `taught` label
 * (Classifier.taught) is never made less likely.
 */
export function shapePrior(
  probs: Float32Array,
  labels: readonly string[],
  { parts, pieces, box }: CandidateShape,
  taught?: string,
): Float32Array {
  const stacked = isStackedBars(parts);
  const onePiece = pieces === 1;
  const aspect = box.h / Math.max(box.w, Number.MIN_VALUE);
  // Exactly 1 for anything but flat ink, so ordinary candidates are left untouched.
  const flat =
    aspect < 2 * FLAT_BELOW ? 1 / (1 + Math.exp((FLAT_BELOW - aspect) / FLAT_SOFTNESS)) : 1;
  if (!stacked && !onePiece && flat === 1) return probs;
  const p = Float32Array.from(probs);
  labels.forEach((label, i) => {
    if (stacked && label === '=') p[i]! *= STACKED_BARS_ODDS;
    if (label === taught) return;
    if (onePiece && ONE_PIECE_UNLIKELY.has(label)) p[i]! *= ONE_PIECE_ODDS;
    if (TALL_SYMBOLS.has(label)) p[i]! *= flat;
  });
  let sum = 0;
  for (const v of p) sum += v;
  if (!(sum > 0)) return probs;
  for (let i = 0; i < p.length; i++) p[i]! /= sum;
  return p;
}
