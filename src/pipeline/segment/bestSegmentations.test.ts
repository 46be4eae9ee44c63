import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestSegmentations } from './bestSegmentations.ts';
import type { Span } from './segmentCandidates.ts';
import { allSegmentations, lineOfSpans } from './testSegmentations.ts';

const total = (chosen: readonly Span[], spans: readonly Span[], score: readonly number[]): number =>
  chosen.reduce((sum, s) => sum + score[spans.indexOf(s)]!, 0);

/** Checks that `chosen` tiles 0..n in order, using the caller's span objects. */
function expectTiling(chosen: readonly Span[], spans: readonly Span[], n: number): void {
  let at = 0;
  for (const s of chosen) {
    expect(spans).toContain(s);
    expect(s.from).toBe(at);
    at = s.to;
  }
  expect(at).toBe(n);
}

/** The best grouping alone. */
const chooseSegmentation = (n: number, spans: readonly Span[], score: readonly number[]): Span[] =>
  bestSegmentations(n, spans, score, 1)[0]?.spans ?? [];

describe('bestSegmentations', () => {
  it('picks the highest total, not the greedy best first span', () => {
    const spans: Span[] = [
      { from: 0, to: 1 },
      { from: 1, to: 3 },
      { from: 0, to: 2 },
      { from: 2, to: 3 },
    ];
    // Greedy would take [0,2) (-0.1) then [2,3) (-5); [0,1)+[1,3) totals -0.5.
    const chosen = chooseSegmentation(3, spans, [-0.3, -0.2, -0.1, -5]);
    expect(chosen).toEqual([spans[0], spans[1]]);
    expect(chosen[0]).toBe(spans[0]);
  });

  it('prefers one confident symbol over two doubtful ones', () => {
    const spans: Span[] = [
      { from: 0, to: 1 },
      { from: 1, to: 2 },
      { from: 0, to: 2 },
    ];
    expect(chooseSegmentation(2, spans, [Math.log(0.6), Math.log(0.6), Math.log(0.9)])).toEqual([
      spans[2],
    ]);
    expect(chooseSegmentation(2, spans, [Math.log(0.99), Math.log(0.99), Math.log(0.9)])).toEqual([
      spans[0],
      spans[1],
    ]);
  });

  it('accepts spans in any order and returns them in reading order', () => {
    const spans: Span[] = [
      { from: 2, to: 3 },
      { from: 1, to: 2 },
      { from: 0, to: 1 },
    ];
    expect(chooseSegmentation(3, spans, [0, 0, 0])).toEqual([spans[2], spans[1], spans[0]]);
  });

  it('returns nothing for no parts, and nothing when the spans cannot reach the end', () => {
    expect(chooseSegmentation(0, [], [])).toEqual([]);
    expect(chooseSegmentation(3, [{ from: 0, to: 1 }], [0])).toEqual([]);
  });

  it('handles -Infinity scores (a span the model rules out)', () => {
    const spans: Span[] = [
      { from: 0, to: 2 },
      { from: 0, to: 1 },
      { from: 1, to: 2 },
    ];
    expect(chooseSegmentation(2, spans, [-Infinity, -30, -30])).toEqual([spans[1], spans[2]]);
  });

  it('finds the best total that enumerating every segmentation finds (property)', () => {
    const input = lineOfSpans(7, 4);
    fc.assert(
      fc.property(input, ({ n, spans, score }) => {
        const scores = score.slice(0, spans.length);
        const options = allSegmentations(n, spans);
        const chosen = chooseSegmentation(n, spans, scores);
        if (options.length === 0) {
          expect(chosen).toEqual([]);
          return;
        }
        const best = Math.max(...options.map((o) => o.reduce((sum, i) => sum + scores[i]!, 0)));
        expectTiling(chosen, spans, n);
        expect(total(chosen, spans, scores)).toBe(best);
      }),
      { numRuns: 500 },
    );
  });

  it('always returns a tiling when the singletons are offered (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.double({ min: -50, max: 0, noNaN: true }), { minLength: 60, maxLength: 60 }),
        (n, raw) => {
          const spans: Span[] = [];
          for (let from = 0; from < n; from++)
            for (let to = from + 1; to <= Math.min(n, from + 5); to++) spans.push({ from, to });
          const score = spans.map((_, i) => raw[i % raw.length]!);
          const chosen = chooseSegmentation(n, spans, score);
          expectTiling(chosen, spans, n);
          const options = allSegmentations(n, spans);
          const best = Math.max(...options.map((o) => o.reduce((sum, i) => sum + score[i]!, 0)));
          expect(total(chosen, spans, score)).toBeCloseTo(best, 9);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('lists the k best groupings, best first, each once (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: -40, max: 0 }), { minLength: 30, maxLength: 30 }),
        (n, k, raw) => {
          const spans: Span[] = [];
          for (let from = 0; from < n; from++)
            for (let to = from + 1; to <= Math.min(n, from + 4); to++) spans.push({ from, to });
          const score = spans.map((_, i) => raw[i % raw.length]! / 4);
          const ways = bestSegmentations(n, spans, score, k);
          const totals = allSegmentations(n, spans)
            .map((o) => o.reduce((sum, i) => sum + score[i]!, 0))
            .sort((a, b) => b - a);
          expect(ways.map((w) => w.total)).toEqual(totals.slice(0, k));
          for (const w of ways) {
            expectTiling(w.spans, spans, n);
            expect(total(w.spans, spans, score)).toBe(w.total);
          }
          const keys = ways.map((w) => w.spans.map((s) => spans.indexOf(s)).join(' '));
          expect(new Set(keys).size).toBe(keys.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
