import { CROSSING_COST, DOT_JOIN_COST, FAR_GAP_COST, SYMBOL_COST } from '../../tuning.ts';
import { dotChance } from '../dotChance.ts';
import type { SegmentCost } from '../Candidate.ts';

/** Each extra symbol costs a little, so a clear `4` is not read as its two strokes. */
export const symbolCost: SegmentCost = { name: 'symbol-cost', cost: () => SYMBOL_COST };

/**
 * Strokes that cross belong to one symbol (the bars of `+`, the strokes of a `4`) unless the
 * model says otherwise strongly enough: each crossing cut is charged half here and half to
 * the symbol on its other side.
 */
export const crossingCost: SegmentCost = {
  name: 'crossing-cost',
  cost: (c) => c.cutCrossings * (CROSSING_COST / 2),
};

/** A far join (an open `4`'s corner beside its stem) needs the model's conviction. */
export const farGapCost: SegmentCost = {
  name: 'far-gap-cost',
  cost: (c) => FAR_GAP_COST * c.overGap,
};

/**
 * A dot is its own symbol: a grouping that joins a dot-sized part to a digit-tall one (the
 * decimal point tucked under a `3`) is charged by how surely that part is a dot, so the
 * point is read, not swallowed. The dots of `÷` and `:` stand with no tall part, and a
 * small mark attached to the digit (attachedMarks) is part of it.
 */
export const dotJoinCost: SegmentCost = {
  name: 'dot-join',
  cost: (c) => {
    if (c.parts.length < 2 || !c.parts.some((p) => p.h >= 0.5 * c.line.height)) return 0;
    const dots = c.parts.map((p, i) => (c.attached?.[i] ? 0 : dotChance(p, c.line)));
    return DOT_JOIN_COST * Math.max(...dots);
  },
};
