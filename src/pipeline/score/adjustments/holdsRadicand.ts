import { HOLDS_RADICAND_ODDS, HOLDS_RADICAND_TALL } from '../../tuning.ts';
import type { Adjustment } from '../Candidate.ts';

/**
 * Ink that holds writing under it as a root's sign does (holds), and stands as tall as the
 * line, is a `√`, however its long bar looks to the model once it is shrunk to 28×28 (a
 * `-`, a `7`); a bar alone is flat and left to the model.
 */
export const holdsRadicand: Adjustment = {
  name: 'holds-radicand',
  sparesTaught: true,
  applies: (c) => c.holding === true && c.box.h >= HOLDS_RADICAND_TALL * c.lineHeight,
  odds: (label) => (label === '√' ? HOLDS_RADICAND_ODDS : 1),
};
