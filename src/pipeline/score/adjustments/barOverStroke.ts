import {
  BAR_FLATNESS,
  BAR_GAP,
  BAR_LONG,
  BAR_OVER_STROKE_ODDS,
  BAR_OVERLAP,
  BAR_SPREAD,
} from '../../tuning.ts';
import type { Adjustment } from '../Candidate.ts';
import { partDotChances } from '../partDotChances.ts';
import { stackedPair } from '../stackedPair.ts';

/**
 * A long flat bar over a second stroke that stands clear below it is a `=` whose lower bar
 * was led in from above (drawn as a `z`'s diagonal and foot), which the model reads as a `2`:
 * a `2`, `5` or `7` drawn in two strokes joins its bar to the rest, and a `5`'s body is
 * taller than its hat is long. Neither part is a dot, and the two stand no further apart
 * than a `=`'s bars (the dots or dashes of a `:`). Two bars this far apart are a `=` the more
 * surely: stacked-bars applies too.
 */
export const barOverStroke: Adjustment = {
  name: 'bar-over-stroke',
  sparesTaught: false,
  applies: (c) => {
    const pair = stackedPair(c.parts);
    if (!pair || partDotChances(c).some((p) => p >= 0.5)) return false;
    const { upper: a, lower: b, across } = pair;
    const gap = b.y - (a.y + a.h);
    return (
      a.h <= BAR_FLATNESS * a.w &&
      a.w >= BAR_LONG * c.lineHeight &&
      gap >= BAR_GAP * c.lineHeight &&
      gap <= BAR_SPREAD * Math.max(a.w, b.w) &&
      b.h <= a.w &&
      across >= BAR_OVERLAP * Math.min(a.w, b.w)
    );
  },
  odds: (label) => (label === '=' ? BAR_OVER_STROKE_ODDS : 1),
};
