import type { Candidate } from './Candidate.ts';
import { partDotChances } from './partDotChances.ts';
import { DOTS_IN } from './symbolClasses.ts';

/**
 * Whether reading a candidate as `symbol` swallows a dot: it holds more free dot-sized
 * parts (none of them Parts.noDot) than that symbol is drawn with, as a `3` read with
 * the decimal point tucked under it. The point is then not read, so the reading must be
 * flagged for checking rather than trusted. A pen stroke that segmentation never offered
 * alone (the short bar of a `=`, stacked on the long one) could not have been read as a
 * dot, so it is no dot lost; in a picture such a fleck may be what the paper left (a ruled
 * line's remnant), and a reading holding one stays doubtful.
 */
export function swallowsDot(c: Candidate, symbol: string): boolean {
  if (c.parts.length < 2) return false;
  const dots = partDotChances(c).filter(
    (p, i) => p >= 0.5 && !(c.drawn === true && c.standsAlone?.[i] === false),
  ).length;
  return dots > (DOTS_IN[symbol] ?? 0);
}
