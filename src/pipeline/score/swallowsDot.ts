import type { Candidate } from './Candidate.ts';
import { partDotChances } from './partDotChances.ts';
import { DOTS_IN } from './symbolClasses.ts';

/**
 * Whether reading a candidate as `symbol` swallows a dot: it holds more free dot-sized
 * parts (none of them Parts.noDot) than that symbol is drawn with, as a `3` read with
 * the decimal point tucked under it. The point is then not read, so the reading must be
 * flagged for checking rather than trusted.
 */
export function swallowsDot(c: Candidate, symbol: string): boolean {
  if (c.parts.length < 2) return false;
  const dots = partDotChances(c).filter((p) => p >= 0.5).length;
  return dots > (DOTS_IN[symbol] ?? 0);
}
