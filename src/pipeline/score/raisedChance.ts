import { bandPlace } from '../geometry/bandPlace.ts';
import type { LineBand } from '../geometry/digitBand.ts';
import { RAISED_BELOW, RAISED_SOFTNESS } from '../tuning.ts';
import type { InkBox } from '../types.ts';
import { logistic } from './logistic.ts';

/**
 * How likely a dot stands raised, at the middle of the line (a multiplication dot `·`)
 * rather than on its baseline (a decimal point), from where its centre falls in the
 * band of the line's digits.
 */
export function raisedChance(box: InkBox, line: LineBand): number {
  const place = bandPlace(box, line);
  if (place === null) return 0;
  return logistic((RAISED_BELOW - place) / RAISED_SOFTNESS);
}
