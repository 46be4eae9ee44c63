import { OPERATOR_SOFTNESS, OPERATOR_UNDER, SPECK_ODDS, SPECK_SIZE } from '../../tuning.ts';
import type { Adjustment, PlacedSymbol } from '../Candidate.ts';
import { logistic } from '../logistic.ts';
import { OPERATORS } from '../symbolClasses.ts';

/**
 * Operators stand lower than the line's digits, and a speck is no operator but a `-`'s
 * stub. Soft, so a confident model still wins.
 */
export const operatorSize: Adjustment<PlacedSymbol> = {
  name: 'operator-size',
  sparesTaught: true,
  applies: (c) => c.inLine,
  odds: (label, c) => {
    if (!OPERATORS.has(label)) return 1;
    const relHeight = c.box.h / c.lineHeight;
    const tooTall = logistic((OPERATOR_UNDER - relHeight) / OPERATOR_SOFTNESS);
    const size = Math.max(relHeight, c.box.w / c.lineHeight);
    return label !== '-' && size < SPECK_SIZE ? SPECK_ODDS * tooTall : tooTall;
  },
};
