import { DOT_JOIN_COST } from '../../tuning.ts';
import type { Candidate, SegmentCost } from '../Candidate.ts';
import { dotChance } from '../dotChance.ts';
import { DOTS_IN } from '../symbolClasses.ts';

/** How many of a candidate's parts are free dots (soft: each counts its chance of being one). */
const dotsIn = (c: Candidate): number =>
  c.parts.length < 2
    ? 0
    : c.parts.reduce((n, p, i) => n + (c.noDot?.[i] ? 0 : dotChance(p, c.line)), 0);

/**
 * A dot is its own symbol: reading a grouping as a label that swallows more dots than it
 * is drawn with (the decimal point tucked under a `3`, read as part of the `3`) is charged
 * per dot too many, so the point is read, not lost. `÷`, `:` and the small circles of `%`
 * hold their own.
 */
export const dotJoin: SegmentCost = {
  name: 'dot-join',
  cost: (c, label) => DOT_JOIN_COST * Math.max(0, dotsIn(c) - (DOTS_IN[label] ?? 0)),
};
