import { FLAT_BELOW, FLAT_SOFTNESS } from '../../tuning.ts';
import type { Adjustment, Candidate } from '../Candidate.ts';
import { logistic } from '../logistic.ts';
import { TALL_SYMBOLS } from '../symbolClasses.ts';

const aspect = (c: Candidate): number => c.box.h / Math.max(c.box.w, Number.MIN_VALUE);

/**
 * Very flat ink is rarely a digit or a bracket; the model keeps the aspect ratio too, but a
 * flat scrawl it cannot place often still leans to `0`, `5` or `7`.
 */
export const flat: Adjustment = {
  name: 'flat',
  sparesTaught: true,
  // Beyond twice FLAT_BELOW the odds are 1 to the last digit: ordinary ink is left untouched.
  applies: (c) => aspect(c) < 2 * FLAT_BELOW,
  odds: (label, c) =>
    TALL_SYMBOLS.has(label) ? logistic((aspect(c) - FLAT_BELOW) / FLAT_SOFTNESS) : 1,
};
