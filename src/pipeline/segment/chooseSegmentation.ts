import type { Span } from './segmentCandidates.ts';

/**
 * Picks the grouping of parts into symbols with the highest total score (a sum of
 * per-symbol log-confidences), by dynamic programming over left-to-right positions.
 * Returns the chosen spans in reading order; `score[i]` belongs to `spans[i]`.
 */
export function chooseSegmentation(
  n: number,
  spans: readonly Span[],
  score: readonly number[],
): Span[] {
  const best = new Array<number>(n + 1).fill(-Infinity);
  const via = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  const byFrom = [...spans.keys()].sort((a, b) => spans[a]!.from - spans[b]!.from);
  for (const i of byFrom) {
    const s = spans[i]!;
    const total = best[s.from]! + score[i]!;
    if (total > best[s.to]!) {
      best[s.to] = total;
      via[s.to] = i;
    }
  }
  const chosen: Span[] = [];
  for (let at = n; at > 0;) {
    const i = via[at]!;
    if (i < 0) break; // unreachable end: cannot happen when the spans cover every position
    chosen.unshift(spans[i]!);
    at = spans[i]!.from;
  }
  return chosen;
}
