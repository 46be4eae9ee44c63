import { TWO_DIGITS_ALIKE, TWO_DIGITS_PERCENT_ODDS } from '../../tuning.ts';
import type { Adjustment } from '../Candidate.ts';
import { PERCENT } from '../symbolClasses.ts';

/** Each of the two parts stands at least this share of the line's digit height. */
const DIGIT_TALL = 0.5;

/**
 * Two parts of about one height, both digit-tall, are two digits side by side, hardly a `%`:
 * a `%`'s rings are smaller than its slash. The model, shown a `9` and a `0` as one picture,
 * sees a ring, a stroke and a ring.
 */
export const twoDigits: Adjustment = {
  name: 'two-digits',
  sparesTaught: true,
  applies: (c) => {
    if (c.parts.length !== 2) return false;
    const [short, tall] = c.parts.map((p) => p.h).sort((a, b) => a - b) as [number, number];
    return short >= TWO_DIGITS_ALIKE * tall && short >= DIGIT_TALL * c.lineHeight;
  },
  odds: (label) => (label === PERCENT ? TWO_DIGITS_PERCENT_ODDS : 1),
};
