import { TALL_FROM, TALL_SOFTNESS } from '../../tuning.ts';
import type { Adjustment, PlacedSymbol } from '../Candidate.ts';
import { logistic } from '../logistic.ts';
import { TALL_SYMBOLS } from '../symbolClasses.ts';

/**
 * Digits and brackets stand as tall as the line's digits. The model sees each symbol alone,
 * scaled to 20 px, so it cannot know that a stroke a third of a digit's height is too small
 * to be a `1` or a bracket; this adds that, softly, so a confident model still wins.
 */
export const tallHeight: Adjustment<PlacedSymbol> = {
  name: 'tall-height',
  sparesTaught: true,
  applies: (c) => c.inLine,
  odds: (label, c) =>
    TALL_SYMBOLS.has(label) ? logistic((c.box.h / c.lineHeight - TALL_FROM) / TALL_SOFTNESS) : 1,
};
