import { DESCENDS_TO_ROOT_ODDS, RISES_TO_ROOT_ODDS } from '../../tuning.ts';
import type { Adjustment } from '../Candidate.ts';
import { ROOT } from '../symbolClasses.ts';

/**
 * One stroke drawn as a root's sign without a bar is that sign far more often than a `1`
 * with a foot, though the model sees one picture: rising from low on its left to its top
 * right (risesFromFoot), or the same sign traced backwards from the top (descendsToTick),
 * a zigzag no `1` of the evaluation's writers makes, so the likelier still. A picture's
 * component shaped as the sign (bareRootShape) counts as much as the sign drawn forwards.
 */
export const bareRootStroke: Adjustment = {
  name: 'bare-root-stroke',
  sparesTaught: true,
  applies: (c) => c.rootStroke !== undefined,
  odds: (label, c) =>
    label !== ROOT ? 1 : c.rootStroke === 'descends' ? DESCENDS_TO_ROOT_ODDS : RISES_TO_ROOT_ODDS,
};
