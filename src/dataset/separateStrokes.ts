import { inkBounds } from '../pipeline/geometry/inkBounds.ts';
import type { Ink, InkPoint } from '../pipeline/types.ts';
import type { Rng } from './rng.ts';

/**
 * Moves every stroke after the first by one shared offset, so that the parts of a
 * multi-stroke digit no longer meet: the open `4` whose stem stands apart from its `L`, the
 * `5` with a floating hat, the `7` whose bar misses the stem. Pendigits' writers closed
 * their joins; many real writers do not, and an open `4` unseen in training reads as `-1`.
 * `dx` is a share of the ink's larger side, rightwards or leftwards;
 * a little vertical drift comes with it. One-stroke ink is returned unchanged.
 */
export function separateStrokes(
  ink: Ink,
  rng: Rng,
  dx: readonly [number, number] = [0.08, 0.3],
): Ink {
  if (ink.length < 2) return ink;
  const b = inkBounds(ink);
  const size = Math.max(b.w, b.h);
  const ox = (rng.chance(0.5) ? 1 : -1) * rng.uniform(dx[0], dx[1]) * size;
  const oy = rng.normal(0, 0.04) * size;
  return ink.map((s, i) =>
    i === 0
      ? s
      : s.map((p): InkPoint =>
          p.length > 2 ? [p[0] + ox, p[1] + oy, p[2]!] : [p[0] + ox, p[1] + oy],
        ),
  );
}
