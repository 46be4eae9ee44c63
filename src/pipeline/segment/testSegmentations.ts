import fc from 'fast-check';
import type { Span } from './segmentCandidates.ts';

/** For tests: every way to tile 0..n with the given spans, as lists of span indexes. */
export function allSegmentations(n: number, spans: readonly Span[]): number[][] {
  const out: number[][] = [];
  const walk = (at: number, path: number[]): void => {
    if (at === n) {
      out.push(path);
      return;
    }
    spans.forEach((s, i) => {
      if (s.from === at) walk(s.to, [...path, i]);
    });
  };
  walk(0, []);
  return out;
}

/**
 * For tests: a line of 1..maxParts parts, some of the spans up to `longest` parts long in a
 * shuffled order, and a score per span (`score` may run longer than `spans`: slice it).
 * Scores are log-probabilities in quarters, so that sums are exact and ties real ties.
 */
export function lineOfSpans(
  maxParts: number,
  longest: number,
): fc.Arbitrary<{ n: number; spans: Span[]; score: number[] }> {
  return fc.integer({ min: 1, max: maxParts }).chain((n) => {
    const all: Span[] = [];
    for (let from = 0; from < n; from++)
      for (let to = from + 1; to <= Math.min(n, from + longest); to++) all.push({ from, to });
    return fc.record({
      n: fc.constant(n),
      spans: fc
        .subarray(all, { minLength: 1 })
        .chain((subset) => fc.shuffledSubarray(subset, { minLength: subset.length })),
      score: fc.array(
        fc.integer({ min: -40, max: 0 }).map((v) => v / 4),
        { minLength: all.length, maxLength: all.length },
      ),
    });
  });
}
