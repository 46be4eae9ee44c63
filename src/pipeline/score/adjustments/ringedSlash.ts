import { RINGED_SLASH_ODDS, RING_CORNER, RING_SMALL } from '../../tuning.ts';
import type { Adjustment } from '../Candidate.ts';

/**
 * A tall part with a smaller mark by its top left and another by its bottom right is a `%`,
 * however small its rings: shrunk to dots, the model sees a slash and reads a `1`, `4` or `/`.
 */
export const ringedSlash: Adjustment = {
  name: 'ringed-slash',
  sparesTaught: false,
  applies: (c) => {
    if (c.parts.length !== 3) return false;
    const bySize = [...c.parts].sort((a, b) => Math.max(b.w, b.h) - Math.max(a.w, a.h));
    const [slash, ...marks] = bySize as [(typeof c.parts)[0], ...(typeof c.parts)[0][]];
    if (slash.h < 0.5 * c.lineHeight) return false;
    if (marks.some((m) => Math.max(m.w, m.h) > RING_SMALL * slash.h)) return false;
    const cx = slash.x + slash.w / 2;
    const corner = RING_CORNER * slash.h;
    const centre = (m: (typeof marks)[0]): [number, number] => [m.x + m.w / 2, m.y + m.h / 2];
    const topLeft = marks.some((m) => {
      const [x, y] = centre(m);
      return x <= cx && y <= slash.y + corner;
    });
    const bottomRight = marks.some((m) => {
      const [x, y] = centre(m);
      return x >= cx && y >= slash.y + slash.h - corner;
    });
    return topLeft && bottomRight;
  },
  odds: (label) => (label === '%' ? RINGED_SLASH_ODDS : 1),
};
