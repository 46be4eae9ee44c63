import { UNSURE_BELOW } from '../tuning.ts';
import { UNREADABLE } from './symbolClasses.ts';

/**
 * Whether a read symbol needs the user's eye: unreadable, or read with less confidence than
 * `below` (the page marks symbols under UNSURE_BELOW). A symbol the sequence step swapped
 * for a second reading is below it too, since a second reading is never above one half.
 */
export function isUnsureSymbol(
  s: { readonly symbol: string; readonly confidence: number },
  below = UNSURE_BELOW,
): boolean {
  return s.symbol === UNREADABLE || s.confidence < below;
}
