import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestWithout } from './bestWithout.ts';
import type { Span } from './segmentCandidates.ts';
import { allSegmentations, lineOfSpans } from './testSegmentations.ts';

describe('bestWithout', () => {
  it('gives each span the best total of the groupings that leave it out', () => {
    // `1` `+` read apart (-0.2 and -0.3) or joined as a `4` (-3).
    const spans: Span[] = [
      { from: 0, to: 1 },
      { from: 1, to: 2 },
      { from: 0, to: 2 },
    ];
    expect(bestWithout(2, spans, [-0.2, -0.3, -3])).toEqual([-3, -3, -0.5]);
  });

  it('is -Infinity for a span no other grouping can replace', () => {
    const spans: Span[] = [
      { from: 0, to: 1 },
      { from: 1, to: 2 },
      { from: 1, to: 3 },
      { from: 2, to: 3 },
    ];
    const without = bestWithout(3, spans, [-1, -1, -2, -1]);
    expect(without[0]).toBe(-Infinity);
    expect(without[1]).toBe(-3);
    expect(without[2]).toBe(-3);
  });

  it('counts only groupings that reach the end', () => {
    // [0,2) leads nowhere (no span starts at 2): a dead end is no grouping.
    const spans: Span[] = [
      { from: 0, to: 2 },
      { from: 0, to: 1 },
      { from: 1, to: 3 },
    ];
    expect(bestWithout(3, spans, [-1, -1, -1])).toEqual([-2, -Infinity, -Infinity]);
  });

  it('agrees with enumerating every grouping (property)', () => {
    const input = lineOfSpans(6, 3);
    fc.assert(
      fc.property(input, ({ n, spans, score }) => {
        const scores = score.slice(0, spans.length);
        const ways = allSegmentations(n, spans);
        const got = bestWithout(n, spans, scores);
        spans.forEach((_, i) => {
          const totals = ways
            .filter((w) => !w.includes(i))
            .map((w) => w.reduce((sum, j) => sum + scores[j]!, 0));
          expect(got[i]).toBe(totals.length ? Math.max(...totals) : -Infinity);
        });
      }),
    );
  });
});
