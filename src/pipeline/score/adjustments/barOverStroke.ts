import { BAR_FLATNESS, BAR_GAP, BAR_OVER_STROKE_ODDS, BAR_OVERLAP } from '../../tuning.ts';
import type { Adjustment } from '../Candidate.ts';
import { partDotChances } from '../partDotChances.ts';

/**
 * A flat bar over a second stroke that stands clear below it is a `=` whose lower bar was
 * led in from above (drawn as a `z`'s diagonal and foot), which the model reads as a `2`: a
 * `2`, `5` or `7` drawn in two strokes joins its bar to the rest. Neither part is a dot (the
 * dots of a `:`). Two bars this far apart are a `=` the more surely: both rules apply.
 */
export const barOverStroke: Adjustment = {
  name: 'bar-over-stroke',
  sparesTaught: false,
  applies: (c) => {
    if (c.parts.length !== 2 || partDotChances(c).some((p) => p >= 0.5)) return false;
    const [a, b] = c.parts[0]!.y <= c.parts[1]!.y ? c.parts : [c.parts[1]!, c.parts[0]!];
    const across = Math.min(a!.x + a!.w, b!.x + b!.w) - Math.max(a!.x, b!.x);
    return (
      a!.h <= BAR_FLATNESS * a!.w &&
      b!.y - (a!.y + a!.h) >= BAR_GAP * c.lineHeight &&
      across >= BAR_OVERLAP * Math.min(a!.w, b!.w)
    );
  },
  odds: (label) => (label === '=' ? BAR_OVER_STROKE_ODDS : 1),
};
