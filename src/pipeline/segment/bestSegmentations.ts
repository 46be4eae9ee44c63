import type { Span } from './segmentCandidates.ts';

/**
 * The `k` groupings of parts into symbols with the highest total scores, best first, each
 * with its total (a sum of per-symbol log-confidences): the best paths through the spans,
 * left to right, keeping the k best ways to reach each position. `score[i]` belongs to
 * `spans[i]`.
 */
export function bestSegmentations(
  n: number,
  spans: readonly Span[],
  score: readonly number[],
  k: number,
): { readonly spans: Span[]; readonly total: number }[] {
  interface Way {
    readonly total: number;
    readonly last: number;
    readonly before: Way | null;
  }
  const ways: Way[][] = Array.from({ length: n + 1 }, () => []);
  ways[0] = [{ total: 0, last: -1, before: null }];
  const byFrom = [...spans.keys()].sort((a, b) => spans[a]!.from - spans[b]!.from);
  for (const i of byFrom) {
    const s = spans[i]!;
    const into = ways[s.to]!;
    for (const w of ways[s.from]!) {
      const total = w.total + score[i]!;
      // A span the model rules out (-Infinity) makes no way at all.
      if (total > -Infinity) into.push({ total, last: i, before: w });
    }
    into.sort((a, b) => b.total - a.total);
    into.length = Math.min(into.length, k);
  }
  return ways[n]!.map((w) => {
    const chosen: Span[] = [];
    for (let at: Way | null = w; at && at.last >= 0; at = at.before)
      chosen.unshift(spans[at.last]!);
    return { spans: chosen, total: w.total };
  });
}
