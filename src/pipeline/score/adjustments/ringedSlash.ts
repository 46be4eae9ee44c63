import { RINGED_SLASH_ODDS, RING_CORNER, RING_SMALL } from '../../tuning.ts';
import type { InkBox } from '../../types.ts';
import type { Adjustment } from '../Candidate.ts';
import { PERCENT } from '../symbolClasses.ts';

/** The slash stands at least this share of the line's digit height. */
const SLASH_TALL = 0.5;
/** The lower mark stands right of the upper by at least this share of the slash's width. */
const ACROSS = 0.25;

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
    const midX = (b: InkBox): number => b.x + b.w / 2;
    const midY = (b: InkBox): number => b.y + b.h / 2;
    // Left or right of the slash where the mark stands: a slash leans, its foot at the left.
    const slashAt = (y: number): number =>
      slash.x + slash.w * (1 - Math.min(1, Math.max(0, (y - slash.y) / slash.h)));
    const side = (m: InkBox): number => midX(m) - slashAt(midY(m));
    const corner = RING_CORNER * slash.h;
    const topLeft = marks.some((m) => side(m) <= 0 && midY(m) <= slash.y + corner);
    const bottomRight = marks.some((m) => side(m) >= 0 && midY(m) >= slash.y + slash.h - corner);
    // Beside the slash, or across it from each other: not over and under it in line, as the
    // dots of a `÷` whose bar slants.
    const beside = marks.every((m) => m.y < slash.y + slash.h && m.y + m.h > slash.y);
    const [a, b] = [...marks].sort((p, q) => midY(p) - midY(q)) as [InkBox, InkBox];
    const across = midX(b) - midX(a) >= ACROSS * slash.w;
    return topLeft && bottomRight && (beside || across);
  },
  odds: (label) => (label === PERCENT ? RINGED_SLASH_ODDS : 1),
};
