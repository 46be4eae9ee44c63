import { ANSWER_UNSURE_BELOW, SETTLED_UNSURE_BELOW } from '../tuning.ts';
import { isUnsureSymbol } from './isUnsureSymbol.ts';

/**
 * Whether a symbol's reading puts its line's answer in doubt: unreadable, or below
 * ANSWER_UNSURE_BELOW, or below SETTLED_UNSURE_BELOW for a `=` or a `%` of several pieces,
 * which their shape settles more than the model's word does. A `%` of one or two pieces may
 * be two digits a thick pen joined, and a lone `-` in a photo a scrap of a ruled line.
 */
export function isDoubtfulSymbol(s: {
  readonly symbol: string;
  readonly confidence: number;
  /** Strokes or picture parts it is made of (one if not given). */
  readonly pieces?: number;
}): boolean {
  const pieces = s.pieces ?? 1;
  const settled = (s.symbol === '=' && pieces > 1) || (s.symbol === '%' && pieces > 2);
  return isUnsureSymbol(s, settled ? SETTLED_UNSURE_BELOW : ANSWER_UNSURE_BELOW);
}
