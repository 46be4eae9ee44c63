import { DOT_JOIN_COST } from '../../tuning.ts';
import type { SegmentCost } from '../Candidate.ts';
import { partDotChances } from '../partDotChances.ts';
import { DOTS_IN } from '../symbolClasses.ts';

/**
 * A dot is its own symbol: reading a grouping as a label that swallows more dots than it
 * is drawn with (the decimal point tucked under a `3`, read as part of the `3`) is charged
 * per dot too many, so the point is read, not lost. `÷`, `:` and the small circles of `%`
 * hold their own. Dots are counted softly: each part counts its chance of being one.
 */
export const dotJoin: SegmentCost = {
  name: 'dot-join',
  cost: (c) => {
    const dots = c.parts.length < 2 ? 0 : partDotChances(c).reduce((n, p) => n + p, 0);
    return (label) => DOT_JOIN_COST * Math.max(0, dots - (DOTS_IN[label] ?? 0));
  },
};
