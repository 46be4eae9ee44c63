import { RINGED_SLASH_ODDS, RING_CORNER, RING_SMALL } from '../../tuning.ts';
import type { InkBox } from '../../types.ts';
import type { Adjustment } from '../Candidate.ts';

/** The slash stands at least this share of the line's digit height. */
const SLASH_TALL = 0.5;

/**
 * A tall part with a smaller mark by its top left and another by its bottom right is a `%`,
 * however small its rings: shrunk to dots, the model sees a slash and reads a `1`, `4` or `/`.
 */
export const ringedSlash: Adjustment = {
  name: 'ringed-slash',
  sparesTaught: false,
  applies: (c) => {
    if (c.parts.length !== 3) return false;
    const size = (b: InkBox): number => Math.max(b.w, b.h);
    const [slash, ...marks] = [...c.parts].sort((a, b) => size(b) - size(a)) as [
      InkBox,
      InkBox,
      InkBox,
    ];
    if (slash.h < SLASH_TALL * c.lineHeight) return false;
    if (marks.some((m) => size(m) > RING_SMALL * slash.h)) return false;
    const cx = slash.x + slash.w / 2;
    const corner = RING_CORNER * slash.h;
    const topLeft = marks.some((m) => m.x + m.w / 2 <= cx && m.y + m.h / 2 <= slash.y + corner);
    const bottomRight = marks.some(
      (m) => m.x + m.w / 2 >= cx && m.y + m.h / 2 >= slash.y + slash.h - corner,
    );
    return topLeft && bottomRight;
  },
  odds: (label) => (label === '%' ? RINGED_SLASH_ODDS : 1),
};
