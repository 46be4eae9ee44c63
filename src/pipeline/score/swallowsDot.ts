import type { Candidate } from './Candidate.ts';
import { partDotChances } from './partDotChances.ts';
import { DOTS_IN } from './symbolClasses.ts';
import { SWALLOWED_DOT_MAX } from '../tuning.ts';

/**
 * Whether reading a candidate as `symbol` swallows a dot: it holds more free dot-sized
 * parts (none of them Parts.noDot) than that symbol is drawn with, as a `3` read with
 * the decimal point tucked under it. The point is then not read, so the reading must be
 * flagged for checking rather than trusted. A mark longer than SWALLOWED_DOT_MAX of the
 * line's digit height is a piece of the symbol's own strokes (a `+`'s stem drawn in two,
 * the short lower bar of a `=`), no dot it swallowed.
 */
export function swallowsDot(c: Candidate, symbol: string): boolean {
  if (c.parts.length < 2) return false;
  const longest = SWALLOWED_DOT_MAX * c.line.height;
  const dots = partDotChances(c).filter(
    (p, i) => p >= 0.5 && Math.max(c.parts[i]!.w, c.parts[i]!.h) <= longest,
  ).length;
  return dots > (DOTS_IN[symbol] ?? 0);
}
