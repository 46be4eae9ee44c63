import { ONE_PIECE_ODDS } from '../../tuning.ts';
import type { Adjustment } from '../Candidate.ts';

const TWO_PIECE_SYMBOLS: ReadonlySet<string> = new Set(['=', '÷']);

/**
 * A `=` or `÷` is hardly ever one stroke (or one connected component), while a bar drawn
 * stair-stepped by a coarse tablet or with hooked ends can look like two bars to the model.
 * A picture's component that is still two bars (joined-bars) is spared.
 */
export const onePiece: Adjustment = {
  name: 'one-piece',
  sparesTaught: true,
  applies: (c) => c.pieces === 1 && c.joinedBars !== true,
  odds: (label) => (TWO_PIECE_SYMBOLS.has(label) ? ONE_PIECE_ODDS : 1),
};
