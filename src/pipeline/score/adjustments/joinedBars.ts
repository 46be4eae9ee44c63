import { JOINED_BARS_ODDS } from '../../tuning.ts';
import type { Adjustment } from '../Candidate.ts';

/**
 * A picture's component that is still two bars, joined by a lead-in or a thick pen (`ε`, `z`),
 * is a `=` the model takes for a `2` or `5`: one-piece spares it, and this makes `=` likelier.
 */
export const joinedBars: Adjustment = {
  name: 'joined-bars',
  sparesTaught: false,
  applies: (c) => c.joinedBars === true,
  odds: (label) => (label === '=' ? JOINED_BARS_ODDS : 1),
};
