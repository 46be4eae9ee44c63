import type { LineBand } from './digitBand.ts';
import type { InkBox } from '../types.ts';

/**
 * Where a box's centre stands in its line's digit band: 0 at the digits' top, 1 at their
 * baseline (beyond either outside). Null for a band with no height.
 */
export function bandPlace(box: InkBox, line: LineBand): number | null {
  const band = line.bottom - line.top;
  return band > 0 ? (box.y + box.h / 2 - line.top) / band : null;
}
