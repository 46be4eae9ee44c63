import type { Span } from './segmentCandidates.ts';

/**
 * For each span, the highest total of a grouping of positions 0..n that does not use it
 * (-Infinity where every grouping does): how close the line came to being read otherwise
 * around that symbol. A grouping without a span must cover the span's positions with some
 * other span that overlaps them, and the best grouping through that other span cannot use
 * the first, so the best over the overlapping spans of (best way in + score + best way out)
 * is exact. `score[i]` belongs to `spans[i]`, as in bestSegmentations.
 */
export function bestWithout(n: number, spans: readonly Span[], score: readonly number[]): number[] {
  const into = new Array<number>(n + 1).fill(-Infinity);
  const out = new Array<number>(n + 1).fill(-Infinity);
  into[0] = 0;
  out[n] = 0;
  const byFrom = [...spans.keys()].sort((a, b) => spans[a]!.from - spans[b]!.from);
  for (const i of byFrom) {
    const s = spans[i]!;
    into[s.to] = Math.max(into[s.to]!, into[s.from]! + score[i]!);
  }
  for (const i of [...byFrom].reverse()) {
    const s = spans[i]!;
    out[s.from] = Math.max(out[s.from]!, score[i]! + out[s.to]!);
  }
  const through = spans.map((s, i) => into[s.from]! + score[i]! + out[s.to]!);
  return spans.map((s, i) => {
    let best = -Infinity;
    spans.forEach((t, j) => {
      if (j !== i && t.from < s.to && s.from < t.to) best = Math.max(best, through[j]!);
    });
    return best;
  });
}
