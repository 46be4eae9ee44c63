import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideSymbol } from './decideSymbol.ts';
import { REJECT, UNREADABLE } from './symbolClasses.ts';

const LABELS = [
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '+',
  '-',
  '×',
  '÷',
  '=',
  '(',
  ')',
  REJECT,
];

/** A probability row: the given labels get their p, the rest share what is left. */
function probs(given: Record<string, number>): Float32Array {
  const p = new Float32Array(LABELS.length);
  const named = Object.values(given).reduce((a, b) => a + b, 0);
  const rest = LABELS.filter((l) => !(l in given));
  LABELS.forEach((l, i) => {
    p[i] = given[l] ?? (1 - named) / rest.length;
  });
  return p;
}

describe('decideSymbol', () => {
  it('chooses the most probable symbol with its probability as confidence', () => {
    const d = decideSymbol(probs({ '7': 0.8, '1': 0.1 }), LABELS);
    expect(d.symbol).toBe('7');
    expect(d.confidence).toBeCloseTo(0.8, 6);
  });

  it('gives three alternatives, best first, without the choice or reject', () => {
    const d = decideSymbol(
      probs({ '4': 0.5, '9': 0.2, [REJECT]: 0.15, '1': 0.1, '7': 0.04 }),
      LABELS,
    );
    expect(d.symbol).toBe('4');
    expect(d.alternatives.map((a) => a.symbol)).toEqual(['9', '1', '7']);
    expect(d.alternatives[0]!.p).toBeCloseTo(0.2, 6);
    expect(d.alternatives[1]!.p).toBeCloseTo(0.1, 6);
  });

  it('shows reject as ? and offers the readable symbols as alternatives', () => {
    const d = decideSymbol(probs({ [REJECT]: 0.93, '8': 0.04, '3': 0.02 }), LABELS);
    expect(d.symbol).toBe(UNREADABLE);
    expect(d.confidence).toBeCloseTo(0.93, 6);
    expect(d.alternatives.map((a) => a.symbol)).toEqual(['8', '3', expect.any(String)]);
    expect(d.alternatives.map((a) => a.symbol)).not.toContain(REJECT);
  });

  it('shows a symbol below minConfidence as ?, keeping it among the alternatives', () => {
    const p = probs({ '5': 0.4, '6': 0.35, '8': 0.1 });
    expect(decideSymbol(p, LABELS, { minConfidence: 0.3 }).symbol).toBe('5');
    const d = decideSymbol(p, LABELS, { minConfidence: 0.5 });
    expect(d.symbol).toBe(UNREADABLE);
    expect(d.alternatives.map((a) => a.symbol)).toEqual(['5', '6', '8']);
  });

  it('reads `?` only when the reject class is sure, else the best readable symbol', () => {
    const row = (reject: number): Float32Array => {
      const p = new Float32Array(LABELS.length).fill((1 - reject) / (LABELS.length - 1));
      p[LABELS.indexOf('-')] = p[LABELS.indexOf('-')]! + 0.01;
      p[LABELS.indexOf(REJECT)] = reject - 0.01;
      return p;
    };
    expect(decideSymbol(row(0.45), LABELS).symbol).toBe('-');
    expect(decideSymbol(row(0.95), LABELS).symbol).toBe(UNREADABLE);
  });

  it('sets the reject share aside where the grouping is settled', () => {
    // A stair-stepped `×` the model half rejects: its readable labels say `×` alone.
    const p = probs({ [REJECT]: 0.74, '×': 0.24, '8': 0.01 });
    expect(decideSymbol(p, LABELS).confidence).toBeCloseTo(0.24, 6);
    const d = decideSymbol(p, LABELS, { groupingSettled: true });
    expect(d.symbol).toBe('×');
    expect(d.confidence).toBeCloseTo(0.24 / 0.26, 5);
    expect(d.alternatives[0]).toEqual({ symbol: '8', p: expect.closeTo(0.01 / 0.26, 5) });
    const sum = d.confidence + d.alternatives.reduce((a, b) => a + b.p, 0);
    expect(sum).toBeLessThanOrEqual(1 + 1e-6);
  });

  it('still reads `?` where the grouping is settled but the reject class or minConfidence says so', () => {
    const sure = decideSymbol(probs({ [REJECT]: 0.95, '7': 0.04 }), LABELS, {
      groupingSettled: true,
    });
    expect(sure.symbol).toBe(UNREADABLE);
    expect(sure.confidence).toBeCloseTo(0.95, 6);
    const faint = decideSymbol(probs({ [REJECT]: 0.8, '7': 0.15 }), LABELS, {
      groupingSettled: true,
      minConfidence: 0.2,
    });
    expect(faint.symbol).toBe(UNREADABLE);
    expect(faint.alternatives[0]).toEqual({ symbol: '7', p: expect.closeTo(0.15, 5) });
  });

  it('keeps the decision consistent with the probabilities (property)', () => {
    const row = fc
      .array(fc.double({ min: 0.001, max: 1, noNaN: true }), {
        minLength: LABELS.length,
        maxLength: LABELS.length,
      })
      .map((v) => {
        const s = v.reduce((a, b) => a + b, 0);
        return Float32Array.from(v.map((x) => x / s));
      });
    fc.assert(
      fc.property(row, fc.double({ min: 0, max: 1, noNaN: true }), (p, minConfidence) => {
        const d = decideSymbol(p, LABELS, { minConfidence });
        expect(Array.from(p)).toContain(d.confidence);
        expect(d.alternatives).toHaveLength(3);
        const names = d.alternatives.map((a) => a.symbol);
        expect(names).not.toContain(REJECT);
        expect(names).not.toContain(d.symbol);
        expect(new Set(names).size).toBe(3);
        for (let i = 1; i < 3; i++)
          expect(d.alternatives[i - 1]!.p).toBeGreaterThanOrEqual(d.alternatives[i]!.p);
        if (d.symbol !== UNREADABLE) {
          expect(d.confidence).toBeGreaterThanOrEqual(minConfidence);
          expect(p[LABELS.indexOf(d.symbol)]).toBe(d.confidence);
        }
      }),
      { numRuns: 300 },
    );
  });
});
