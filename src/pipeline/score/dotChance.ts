import { bandPlace } from '../geometry/bandPlace.ts';
import type { LineBand } from '../geometry/digitBand.ts';
import { DOT_SIZE, DOT_SOFTNESS, DOT_TOP, RAISED_SOFTNESS } from '../tuning.ts';
import type { InkBox } from '../types.ts';
import { logistic } from './logistic.ts';

/**
 * How likely a mark is a dot, from its size and place against its line's digits.
 * Normalised to the model's 28×28 box a dot is a blob like an `o`, so its picture says
 * little; its size says nearly everything. A mark above the digits' top caps one (a
 * `5`'s hat); a line with no digits to measure against (nothing but the mark, or a `-`
 * and its fragments) says nothing: 0.
 */
export function dotChance(box: InkBox, line: LineBand): number {
  if (!line.fromDigits || !(line.height > 0)) return 0;
  const size = Math.max(box.w, box.h) / line.height;
  const place = bandPlace(box, line) ?? 1;
  return logistic((DOT_SIZE - size) / DOT_SOFTNESS) * logistic((place - DOT_TOP) / RAISED_SOFTNESS);
}
