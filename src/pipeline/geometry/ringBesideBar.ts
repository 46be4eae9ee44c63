import { RING_BAR_THIN, RING_MAX, RING_ROUND, RING_SIZE } from '../tuning.ts';
import type { InkBox } from '../types.ts';

/**
 * Whether one part is a small ring beside a tall thin stroke, as the circles of a `%` stand
 * apart from its bar: the model reads the `%` whole once segmentation offers it, and the
 * span says so (ringJoin) so that the join stays the `%`'s alone.
 */
export function ringBesideBar(a: InkBox, b: InkBox): boolean {
  const [ring, bar] = a.h <= b.h ? [a, b] : [b, a];
  const round = ring.w >= RING_ROUND * ring.h && ring.h >= RING_ROUND * ring.w;
  return (
    round &&
    ring.h <= RING_MAX * bar.h &&
    ring.h >= RING_SIZE * bar.h &&
    bar.w <= RING_BAR_THIN * bar.h
  );
}
