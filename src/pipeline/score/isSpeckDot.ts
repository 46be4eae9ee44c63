import { SPECK_DOT } from '../tuning.ts';
import type { Candidate } from './Candidate.ts';
import { DOT, MINUS, RAISED_DOT } from './symbolClasses.ts';

/**
 * Whether a candidate read as a dot, or as a minus no longer than a dot, is so small that it
 * may be where the pen touched the paper in passing rather than a mark written: the answer
 * then rests on a mark to check.
 */
export function isSpeckDot(c: Candidate, symbol: string): boolean {
  return (
    (symbol === DOT || symbol === RAISED_DOT || symbol === MINUS) &&
    Math.max(c.box.w, c.box.h) < SPECK_DOT * c.lineHeight
  );
}
