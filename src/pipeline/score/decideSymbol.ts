import type { Alternative } from '../types.ts';

export const REJECT = 'reject';
export const UNREADABLE = '?';
/**
 * Tuned on the even-position items of the real-ink sets (npm run eval reports odd ones).
 * Re-measured with model v10: 0.99 would read 6 more of those 6,006 items right, but would
 * show 87 % of the scribbles of an unseen render of the reject set (src/dataset, seed 2) as
 * a symbol instead of `?`, where 0.9 shows 19 %.
 */
export const REJECT_ABOVE = 0.9;

export interface SymbolGeometry {
  /** Symbol height / the line's digit height. */
  readonly relHeight: number;
  /** Symbol width / the line's digit height. */
  readonly relWidth: number;
  /** True when the drawing has more than this one symbol (so relative size means something). */
  readonly inLine: boolean;
}

export interface Decision {
  readonly symbol: string;
  readonly confidence: number;
  readonly alternatives: readonly Alternative[];
  /** Probabilities after the geometric priors, in label order. */
  readonly probabilities: Float32Array;
}

export interface DecideOptions {
  /** Below this top probability the symbol is shown as `?`. */
  readonly minConfidence?: number;
  /** The reject class makes a symbol `?` only at or above this probability. */
  readonly rejectAbove?: number;
  /** The label the user taught for look-alikes (Classifier.taught): spared the priors. */
  readonly taught?: string | undefined;
}

/** The symbols that stand as tall as the line's digits. */
export const TALL_SYMBOLS: ReadonlySet<string> = new Set([...'0123456789', '(', ')']);

/**
 * Chooses a symbol from the model's probabilities and the symbol's size on the line.
 * The model sees each symbol alone, scaled to 20 px, so it cannot know that a stroke a
 * third of a digit's height is too small to be a digit or a bracket; the priors add that.
 * A `taught` label (Classifier.taught) is spared them.
 */
export function decideSymbol(
  probs: Float32Array,
  labels: readonly string[],
  geometry: SymbolGeometry,
  { minConfidence = 0, rejectAbove = REJECT_ABOVE, taught }: DecideOptions = {},
): Decision {
  const p = Float32Array.from(probs);
  if (geometry.inLine) {
    for (let i = 0; i < labels.length; i++) {
      if (labels[i] !== taught) p[i]! *= prior(labels[i]!, geometry);
    }
    let sum = 0;
    for (const v of p) sum += v;
    if (sum > 0) for (let i = 0; i < p.length; i++) p[i]! /= sum;
    else p.set(probs);
  }
  const ranked = [...p.keys()].sort((a, b) => p[b]! - p[a]!);
  const readable = ranked.filter((i) => labels[i] !== REJECT);
  // The reject class speaks only when it is sure: real ink from coarse tablets (a
  // stair-stepped `-`) can look odd enough to lean that way and still be a symbol.
  const rejected = labels[ranked[0]!] === REJECT && p[ranked[0]!]! >= rejectAbove;
  const top = rejected ? ranked[0]! : (readable[0] ?? ranked[0]!);
  const unreadable = rejected || labels[top] === REJECT || p[top]! < minConfidence;
  const choice = unreadable ? UNREADABLE : labels[top]!;
  const alternatives = (unreadable ? readable : readable.filter((i) => i !== top))
    .slice(0, 3)
    .map((i) => ({ symbol: labels[i]!, p: p[i]! }));
  return { symbol: choice, confidence: p[top]!, alternatives, probabilities: p };
}

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * A soft multiplier per label from the symbol's height relative to the line's digits.
 * Digits and brackets stand as tall as the line; operators are smaller (on the even
 * half of the real-ink expressions, 99 % of digits are ≥ 0.86 of the line height and
 * 99 % of `+ = ÷ -` are ≤ 0.78; handwritten numbers vary more). Soft, so that a confident model still wins.
 */
function prior(label: string, g: SymbolGeometry): number {
  if (TALL_SYMBOLS.has(label)) return logistic((g.relHeight - 0.65) / 0.07);
  if (label === '+' || label === '×' || label === '÷' || label === '=' || label === '-') {
    const tooTall = logistic((0.95 - g.relHeight) / 0.07);
    // A speck is not an operator either.
    const size = Math.max(g.relHeight, g.relWidth);
    return label !== '-' && size < 0.15 ? 0.2 * tooTall : tooTall;
  }
  return 1;
}
