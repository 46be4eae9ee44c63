import { RISES_TO_ROOT_ODDS } from '../../tuning.ts';
import type { Adjustment } from '../Candidate.ts';
import { ROOT } from '../symbolClasses.ts';

/**
 * A stroke that rises from low on its left to its top right is a root's sign written
 * without a bar far more often than a `1` with a foot, though the model sees one picture.
 */
export const risesToRoot: Adjustment = {
  name: 'rises-to-root',
  sparesTaught: true,
  applies: (c) => c.rises === true,
  odds: (label) => (label === ROOT ? RISES_TO_ROOT_ODDS : 1),
};
