import {
  SLASH_ALONE_ODDS,
  SLASH_IN_LINE_ODDS,
  SLASH_LEAN_LEAST,
  SLASH_LEAN_PAST,
  SLASH_LEANING_ODDS,
} from '../../tuning.ts';
import type { Adjustment, PlacedSymbol } from '../Candidate.ts';
import { SLASH } from '../symbolClasses.ts';

/**
 * A leaning `1` and a steep `/` are the same picture, so the model's word between them is
 * weighed by context: alone, a slash is no calculation and a `1` is a number; in a line a
 * slash divides, but `1`s in numbers far outnumber slashes, so the slash needs the model's
 * conviction, less of it where the stroke leans well past the writer's other `1`s in the line.
 */
export const slashOrOne: Adjustment<PlacedSymbol> = {
  name: 'slash-or-one',
  sparesTaught: true,
  applies: () => true,
  odds: (label, c) => {
    if (label !== SLASH) return 1;
    if (!c.inLine) return SLASH_ALONE_ODDS;
    return leansApart(c) ? SLASH_LEANING_ODDS : SLASH_IN_LINE_ODDS;
  },
};

/** A steep stroke leaning further than every other `1` of its line: unlike the writer's `1`s. */
function leansApart(c: PlacedSymbol): boolean {
  return (
    c.leanPast !== undefined &&
    c.leanPast >= SLASH_LEAN_PAST &&
    c.lean !== undefined &&
    c.lean >= SLASH_LEAN_LEAST
  );
}
