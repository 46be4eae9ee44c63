import { SAME_SHAPE, SAME_SHAPE_ODDS, TAUGHT_ODDS } from '../../tuning.ts';
import type { Adjustment } from '../Candidate.ts';

/**
 * A candidate drawn like a symbol the user corrected leans to the label they chose: writers
 * repeat their own shapes, and those shapes are where a general model is unsure. The same
 * shape again is the user's word, final.
 */
export const taught: Adjustment = {
  name: 'taught',
  sparesTaught: false,
  applies: (c) => c.taught !== undefined,
  odds: (label, c) =>
    label !== c.taught?.label
      ? 1
      : c.taught.similarity >= SAME_SHAPE
        ? SAME_SHAPE_ODDS
        : TAUGHT_ODDS,
};
