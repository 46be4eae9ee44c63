import { bandPlace } from '../../geometry/bandPlace.ts';
import { MINUS_JOIN_COST, MINUS_MID, MINUS_THIN, MINUS_WIDTH } from '../../tuning.ts';
import type { Candidate, SegmentCost } from '../Candidate.ts';
import type { InkBox } from '../../types.ts';
import { unionBox } from '../../geometry/unionBox.ts';

/**
 * A flat bar at mid-height wholly beside the rest of a grouping, when that rest is digit-tall,
 * is a `-` before or after a digit (`8-9`), not part of one: a `7`'s or `4`'s bar crosses its
 * stem, a `5`'s hat and a `√`'s bar stand on top. Reading such a grouping as one symbol is
 * charged.
 */
export const minusJoin: SegmentCost = {
  name: 'minus-join',
  cost: (c) => {
    const charged = c.parts.length >= 2 && c.parts.some((p) => minusBeside(p, c));
    return () => (charged ? MINUS_JOIN_COST : 0);
  },
};

function minusBeside(bar: InkBox, c: Candidate): boolean {
  const size = c.line.height > 0 ? c.line.height : c.lineHeight;
  const place = bandPlace(bar, c.line);
  const flat = bar.w >= MINUS_WIDTH * size && bar.h <= MINUS_THIN * size && bar.h < bar.w;
  if (!flat || place === null || place < MINUS_MID[0] || place > MINUS_MID[1]) return false;
  // The rest of the grouping stands wholly to one side of the bar, as a digit beside it.
  const rest = unionBox(c.parts.filter((p) => p !== bar));
  return rest.h >= 0.5 * size && (rest.x >= bar.x + bar.w || rest.x + rest.w <= bar.x);
}
