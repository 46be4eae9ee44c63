import type { Alternative } from './types.ts';

export const REJECT = 'reject';
export const UNREADABLE = '?';

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

const DIGITS = new Set(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

/**
 * Chooses a symbol from the model's probabilities and the symbol's size on the line.
 * The model sees each symbol alone, scaled to 20 px, so it cannot know that a stroke a
 * third of a digit's height is too small to be a digit or a bracket; the priors add that.
 */
export function decideSymbol(
  probs: Float32Array,
  labels: readonly string[],
  geometry: SymbolGeometry,
  minConfidence = 0,
): Decision {
  const p = Float32Array.from(probs);
  if (geometry.inLine) {
    for (let i = 0; i < labels.length; i++) p[i]! *= prior(labels[i]!, geometry);
    let sum = 0;
    for (const v of p) sum += v;
    if (sum > 0) for (let i = 0; i < p.length; i++) p[i]! /= sum;
    else p.set(probs);
  }
  const ranked = [...p.keys()].sort((a, b) => p[b]! - p[a]!);
  const readable = ranked.filter((i) => labels[i] !== REJECT);
  const top = ranked[0]!;
  const unreadable = labels[top] === REJECT || p[top]! < minConfidence;
  const choice = unreadable ? UNREADABLE : labels[top]!;
  const alternatives = (unreadable ? readable : readable.filter((i) => i !== top))
    .slice(0, 3)
    .map((i) => ({ symbol: labels[i]!, p: p[i]! }));
  return { symbol: choice, confidence: p[top]!, alternatives, probabilities: p };
}

/** A soft multiplier per label from the symbol's size relative to the line's digits. */
function prior(label: string, g: SymbolGeometry): number {
  const size = Math.max(g.relHeight, g.relWidth);
  if (DIGITS.has(label) || label === '(' || label === ')') {
    // Digits and brackets are as tall as the line; a small flat mark is an operator.
    if (g.relHeight < 0.3) return 0.05;
    if (g.relHeight < 0.45) return 0.4;
    return 1;
  }
  if (label === '-' && g.relHeight > 0.6 && g.relWidth < g.relHeight) return 0.1;
  if ((label === '+' || label === '×' || label === '÷' || label === '=') && size < 0.15) return 0.2;
  return 1;
}
