import { describe, expect, it } from 'vitest';
import { applyAdjustments } from './applyAdjustments.ts';
import type { Adjustment, Candidate } from './Candidate.ts';
import { testCandidate } from './testCandidate.ts';

const labels = ['a', 'b', 'c'];
const row = Float32Array.from([0.5, 0.3, 0.2]);
const plain = testCandidate([0, 0, 10, 10]);
const times = (name: string, label: string, odds: number, spares = false): Adjustment => ({
  name,
  sparesTaught: spares,
  applies: () => true,
  odds: (l) => (l === label ? odds : 1),
});
const silent: Adjustment = { ...times('silent', 'a', 0), applies: () => false };

describe('applyAdjustments', () => {
  it('returns the model row itself when no adjustment applies', () => {
    expect(applyAdjustments(row, labels, [], plain)).toBe(row);
    expect(applyAdjustments(row, labels, [silent], plain)).toBe(row);
  });

  it('multiplies every applying odds and renormalises once', () => {
    const p = applyAdjustments(row, labels, [times('x', 'a', 2), times('y', 'c', 3)], plain);
    const total = 0.5 * 2 + 0.3 + 0.2 * 3;
    expect([...p].map((v) => Number(v.toFixed(6)))).toEqual(
      [1 / total, 0.3 / total, 0.6 / total].map((v) => Number(v.toFixed(6))),
    );
    expect([...row]).toEqual([...Float32Array.from([0.5, 0.3, 0.2])]);
  });

  it('spares the taught label only from adjustments that say so', () => {
    const taught: Candidate = { ...plain, taught: { label: 'a', similarity: 0.9 } };
    const spared = applyAdjustments(row, labels, [times('x', 'a', 0.01, true)], taught);
    expect(spared).toEqual(applyAdjustments(row, labels, [], plain));
    const hit = applyAdjustments(row, labels, [times('x', 'a', 0.01, false)], taught);
    expect(hit[0]).toBeLessThan(0.5);
  });

  it('keeps the model row when the odds would zero every label', () => {
    const zero: Adjustment = { ...times('z', 'a', 0), odds: () => 0 };
    expect(applyAdjustments(row, labels, [zero], plain)).toBe(row);
  });
});
