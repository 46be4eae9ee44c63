import {
  SERIF_BELOW,
  SERIF_FLATNESS,
  SERIF_OVERLAP,
  SERIF_STEM,
  SERIF_TWO_ODDS,
} from '../../tuning.ts';
import type { Adjustment } from '../Candidate.ts';
import { stackedPair } from '../stackedPair.ts';

/**
 * A digit-tall stroke standing on a flat bar drawn apart under its foot is a `1` with a base
 * serif, which the model, seeing a flag above and a bar below, often reads as a `2`; writers
 * draw a `2`'s base on from its diagonal in the same stroke. Pen strokes only: in a picture a
 * `2`'s base may be a part of its own, cut from a fraction bar it touched.
 */
export const baseSerif: Adjustment = {
  name: 'base-serif',
  sparesTaught: true,
  applies: (c) => {
    const pair = c.drawn === true && c.pieces === 2 ? stackedPair(c.parts) : null;
    if (!pair) return false;
    const { upper: stem, lower: bar, across } = pair;
    const foot = stem.y + stem.h;
    const middle = bar.y + bar.h / 2;
    return (
      stem.h >= SERIF_STEM * c.lineHeight &&
      bar.h <= SERIF_FLATNESS * bar.w &&
      middle >= foot - SERIF_BELOW * stem.h &&
      bar.y <= foot + SERIF_BELOW * stem.h &&
      across >= SERIF_OVERLAP * Math.min(stem.w, bar.w)
    );
  },
  odds: (label) => (label === '2' ? SERIF_TWO_ODDS : 1),
};
