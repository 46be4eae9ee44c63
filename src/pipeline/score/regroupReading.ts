import { isOpenEnded } from './isOpenEnded.ts';

/** A grouping of a line's parts into symbols, and its total score (bestSegmentations). */
export interface Way<S> {
  readonly spans: readonly S[];
  readonly total: number;
}

/** What reading a grouping gave: its symbols once repaired, and whether they calculate. */
export interface WayReading {
  readonly picked: readonly string[];
  readonly valid: boolean;
}

/**
 * The sequence step's second half: when the best grouping (`ways[0]`) reads as no
 * calculation even once repaired (`··` for a `:`), the next best that does is likelier what
 * was written, if it keeps `minRatio` of the best one's probability. Only a grouping that
 * joins parts: splitting a symbol makes digits of any operator alone. A reading still being
 * written (isOpenEnded) is left as it stands. `read` reads a grouping; `regrouped` says
 * whether another one than the best was taken (the answer is then unsure).
 */
export function regroupReading<S, R extends WayReading>(
  ways: readonly Way<S>[],
  read: (way: Way<S> | undefined) => R,
  minRatio: number,
): { readonly reading: R; readonly regrouped: boolean } {
  const best = read(ways[0]);
  if (best.valid || isOpenEnded(best.picked)) return { reading: best, regrouped: false };
  for (const way of ways.slice(1)) {
    if (way.total < ways[0]!.total + Math.log(minRatio)) break;
    if (way.spans.length > ways[0]!.spans.length) continue;
    const other = read(way);
    if (other.valid) return { reading: other, regrouped: true };
  }
  return { reading: best, regrouped: false };
}
