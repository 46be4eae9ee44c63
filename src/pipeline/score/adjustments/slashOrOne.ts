import { SLASH_IN_LINE_ODDS, SLASH_ALONE_ODDS } from '../../tuning.ts';
import type { Adjustment, PlacedSymbol } from '../Candidate.ts';
import { SLASH } from '../symbolClasses.ts';

/**
 * A leaning `1` and a steep `/` are the same picture, so the model's word between them is
 * weighed by context: alone, a slash is no calculation and a `1` is a number; in a line a
 * slash divides, but `1`s in numbers far outnumber slashes, so the slash needs the model's
 * conviction.
 */
export const slashOrOne: Adjustment<PlacedSymbol> = {
  name: 'slash-or-one',
  sparesTaught: true,
  applies: () => true,
  odds: (label, c) => (label !== SLASH ? 1 : c.inLine ? SLASH_IN_LINE_ODDS : SLASH_ALONE_ODDS),
};
