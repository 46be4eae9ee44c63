import { STACKED_BARS_ODDS } from '../../tuning.ts';
import type { Adjustment } from '../Candidate.ts';
import { isStackedBars } from '../isStackedBars.ts';
import { partDotChances } from '../partDotChances.ts';

/**
 * Two flat parts one above the other are a `=`, whatever the model makes of their picture,
 * unless both are dots: two small dashes stacked are as likely the dots of a `:`.
 */
export const stackedBars: Adjustment = {
  name: 'stacked-bars',
  sparesTaught: false,
  applies: (c) => isStackedBars(c.parts) && !partDotChances(c).every((p) => p >= 0.5),
  odds: (label) => (label === '=' ? STACKED_BARS_ODDS : 1),
};
