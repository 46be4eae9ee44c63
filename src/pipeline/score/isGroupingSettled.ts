import { SETTLED_BLOB_HEIGHT, SETTLED_BLOB_WIDTH, SETTLED_GROUPING_MARGIN } from '../tuning.ts';
import type { Candidate } from './Candidate.ts';

/**
 * Whether a chosen symbol's grouping is settled, so that the reject class's share says its
 * ink looks odd (a coarse tablet's steps, a pen's blots) rather than that it is no symbol:
 * every grouping of its line without it totals at least SETTLED_GROUPING_MARGIN less
 * (`margin`, bestWithout), and, in a picture, it is no larger than one symbol. A blob that
 * joins two (an exponent and its base, a root's sign and a digit) is one part with no other
 * grouping to lose to, and its size and reject share are the only signs of the join.
 */
export function isGroupingSettled(c: Candidate, margin: number): boolean {
  if (!(margin >= SETTLED_GROUPING_MARGIN)) return false;
  if (c.drawn === true) return true;
  return (
    c.box.w <= SETTLED_BLOB_WIDTH * c.lineHeight && c.box.h <= SETTLED_BLOB_HEIGHT * c.lineHeight
  );
}
