import { REJECT_ABOVE } from '../tuning.ts';
import type { Alternative } from '../types.ts';
import { REJECT, UNREADABLE } from './symbolClasses.ts';

export interface Decision {
  readonly symbol: string;
  readonly confidence: number;
  /** The next likeliest readable symbols, at most three, best first. */
  readonly alternatives: readonly Alternative[];
}

export interface DecideOptions {
  /** Below this top probability the symbol is shown as `?`. */
  readonly minConfidence?: number;
  /** The reject class makes a symbol `?` only at or above this probability. */
  readonly rejectAbove?: number;
  /**
   * No other grouping of the ink came close (isGroupingSettled): the reject class's share then
   * says the ink looks odd, not that it is no symbol, and the readable labels share the whole
   * in the confidence and the alternatives. Whether the symbol is `?` is decided as before.
   */
  readonly groupingSettled?: boolean;
}

/**
 * Chooses a symbol from its final probabilities (after both phases of the scoring stage):
 * the likeliest readable label, unless the reject class is sure or nothing reaches
 * `minConfidence`, when the symbol is `?` with the readable labels as its alternatives.
 */
export function decideSymbol(
  p: Float32Array,
  labels: readonly string[],
  { minConfidence = 0, rejectAbove = REJECT_ABOVE, groupingSettled = false }: DecideOptions = {},
): Decision {
  const ranked = [...p.keys()].sort((a, b) => p[b]! - p[a]!);
  const readable = ranked.filter((i) => labels[i] !== REJECT);
  // The reject class speaks only when it is sure: real ink from coarse tablets (a
  // stair-stepped `-`) can look odd enough to lean that way and still be a symbol.
  const rejected = labels[ranked[0]!] === REJECT && p[ranked[0]!]! >= rejectAbove;
  const top = rejected ? ranked[0]! : (readable[0] ?? ranked[0]!);
  const unreadable = rejected || labels[top] === REJECT || p[top]! < minConfidence;
  const choice = unreadable ? UNREADABLE : labels[top]!;
  const reject = labels.indexOf(REJECT);
  const whole = groupingSettled && !unreadable && reject >= 0 ? 1 - p[reject]! : 1;
  const alternatives = (unreadable ? readable : readable.filter((i) => i !== top))
    .slice(0, 3)
    .map((i) => ({ symbol: labels[i]!, p: p[i]! / whole }));
  return { symbol: choice, confidence: p[top]! / whole, alternatives };
}
