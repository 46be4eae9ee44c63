import {
  CROSSING_COST,
  EXPONENT_JOIN_COST,
  FAR_GAP_COST,
  RING_JOIN_COST,
  SYMBOL_COST,
} from '../../tuning.ts';
import { RINGED } from '../symbolClasses.ts';
import type { SegmentCost } from '../Candidate.ts';

/** Each extra symbol costs a little, so a clear `4` is not read as its two strokes. */
export const symbolCost: SegmentCost = { name: 'symbol-cost', cost: () => () => SYMBOL_COST };

/**
 * Strokes that cross belong to one symbol (the bars of `+`, the strokes of a `4`) unless the
 * model says otherwise strongly enough: each crossing cut is charged half here and half to
 * the symbol on its other side.
 */
export const crossingCost: SegmentCost = {
  name: 'crossing-cost',
  cost: (c) => () => c.cutCrossings * (CROSSING_COST / 2),
};

/**
 * A far join (an open `4`'s corner beside its stem) needs the model's conviction; one that
 * only a `%`'s rings allow is dear as anything else, or a `-` beside a `1` would join.
 */
export const farGapCost: SegmentCost = {
  name: 'far-gap-cost',
  cost: (c) => {
    const gap = FAR_GAP_COST * c.overGap;
    return (label) => (c.ringJoin === true && !RINGED.has(label) ? gap + RING_JOIN_COST : gap);
  },
};

/**
 * An exponent raised after its base is its own symbol (`2³`, not a `2` with a flourish):
 * a grouping that joins them needs the model's strong conviction.
 */
export const exponentJoinCost: SegmentCost = {
  name: 'exponent-join',
  cost: (c) => () => (c.acrossLevels === true ? EXPONENT_JOIN_COST : 0),
};
