import { inkBox, type InkBox } from '../types.ts';
import type { PlacedSymbol } from './Candidate.ts';

/**
 * For tests: a one-piece candidate of box `[x, y, w, h]` on a line whose digits stand from
 * y 0 to 100,
 * alone on its line, with anything else given in `over`.
 */
export function testCandidate(
  [x, y, w, h]: readonly [number, number, number, number],
  over: Partial<PlacedSymbol> = {},
): PlacedSymbol {
  const box: InkBox = inkBox(x, y, w, h);
  return {
    parts: [box],
    pieces: 1,
    box,
    lineHeight: 100,
    line: { top: 0, bottom: 100, height: 100, fromDigits: true },
    cutCrossings: 0,
    overGap: 0,
    inLine: false,
    ...over,
  };
}
