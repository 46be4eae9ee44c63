import { STACKED_BARS_ODDS } from '../../tuning.ts';
import type { Adjustment } from '../Candidate.ts';
import { isStackedBars } from '../isStackedBars.ts';

/** Two flat parts one above the other are a `=`, whatever the model makes of their picture. */
export const stackedBars: Adjustment = {
  name: 'stacked-bars',
  sparesTaught: false,
  applies: (c) => isStackedBars(c.parts),
  odds: (label) => (label === '=' ? STACKED_BARS_ODDS : 1),
};
