import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SPECK_ODDS } from '../../tuning.ts';
import { applyAdjustments } from '../applyAdjustments.ts';
import type { Adjustment, PlacedSymbol } from '../Candidate.ts';
import { decideSymbol } from '../decideSymbol.ts';
import { SCORING_STAGE } from '../scoringStage.ts';
import { REJECT, UNREADABLE } from '../symbolClasses.ts';
import { testCandidate } from '../testCandidate.ts';
import { operatorSize } from './operatorSize.ts';
import { tallHeight } from './tallHeight.ts';

const LABELS = [...'0123456789', '+', '-', '×', '÷', '=', '(', ')', REJECT];

/** A probability row: the given labels get their p, the rest share what is left. */
function probs(given: Record<string, number>): Float32Array {
  const named = Object.values(given).reduce((a, b) => a + b, 0);
  const rest = LABELS.filter((l) => !(l in given));
  return Float32Array.from(LABELS, (l) => given[l] ?? (1 - named) / rest.length);
}
const sum = (p: Float32Array): number => p.reduce((a, b) => a + b, 0);
const at = (l: string): number => LABELS.indexOf(l);

/** A symbol `relHeight` and `relWidth` of its line's digit height. */
const symbol = (relHeight: number, relWidth: number, inLine = true): PlacedSymbol =>
  testCandidate([0, 0, relWidth * 100, relHeight * 100], { inLine });
const phase2 = (p: Float32Array, c: PlacedSymbol): Float32Array =>
  applyAdjustments(p, LABELS, SCORING_STAGE.symbol, c);
const read = (p: Float32Array, c: PlacedSymbol): string =>
  decideSymbol(phase2(p, c), LABELS).symbol;

const digit = symbol(1, 0.6);
const flatMark = symbol(0.05, 0.45);
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** Each case: an adjustment, a symbol, whether it applies, and odds it gives labels. */
const cases: [string, Adjustment<PlacedSymbol>, PlacedSymbol, boolean, Record<string, number>][] = [
  ['tall, a digit-high symbol', tallHeight, digit, true, { '3': logistic(0.35 / 0.07), '+': 1 }],
  ['tall, at TALL_FROM', tallHeight, symbol(0.65, 0.5), true, { '1': 0.5, '(': 0.5 }],
  ['tall, a flat mark', tallHeight, flatMark, true, { '1': logistic(-0.6 / 0.07), '-': 1 }],
  ['tall, alone on its line', tallHeight, symbol(0.05, 0.45, false), false, {}],
  [
    'operator, half a digit high',
    operatorSize,
    symbol(0.5, 0.5),
    true,
    { '+': logistic(0.45 / 0.07), '7': 1 },
  ],
  ['operator, at OPERATOR_UNDER', operatorSize, symbol(0.95, 0.5), true, { '=': 0.5, '-': 0.5 }],
  [
    'operator, a speck',
    operatorSize,
    symbol(0.08, 0.1),
    true,
    { '×': SPECK_ODDS * logistic(0.87 / 0.07), '-': logistic(0.87 / 0.07) },
  ],
  ['operator, alone on its line', operatorSize, symbol(0.08, 0.1, false), false, {}],
];

describe('phase 2 adjustments (each chosen symbol in its line)', () => {
  it.each(cases)('%s', (_, adjustment, candidate, applies, odds) => {
    expect(adjustment.applies(candidate)).toBe(applies);
    for (const [label, expected] of Object.entries(odds))
      expect(adjustment.odds(label, candidate)).toBeCloseTo(expected, 6);
  });

  it('makes a small flat mark in a line an operator, not a digit', () => {
    // The model, seeing the mark alone at 20 px, thinks it is a 1.
    const p = probs({ '1': 0.6, '-': 0.3, '7': 0.05 });
    expect(read(p, digit)).toBe('1');
    const d = decideSymbol(phase2(p, flatMark), LABELS);
    expect(d.symbol).toBe('-');
    expect(d.confidence).toBeGreaterThan(0.5);
    // A bracket is as tall as the line too.
    expect(read(probs({ '(': 0.6, '-': 0.3 }), flatMark)).toBe('-');
  });

  it('spares a label the user taught for look-alikes from the size odds', () => {
    // This writer's `1` is a small flat mark: they corrected it once.
    const taught = { label: '1', similarity: 0.9 };
    expect(read(probs({ '1': 0.6, '-': 0.3, '7': 0.05 }), { ...flatMark, taught })).toBe('1');
    // Only that label: the `7` still pays for being a small flat mark.
    expect(read(probs({ '7': 0.6, '-': 0.3 }), { ...flatMark, taught })).toBe('-');
  });

  // Alone, only the slash rule speaks (a lone slash is no calculation); these labels have none.
  const unchanged = (q: Float32Array, p: Float32Array): void =>
    q.forEach((v, i) => expect(v).toBeCloseTo(p[i]!, 6));

  it('does not apply to a drawing of a single symbol, but for the slash rule', () => {
    const p = probs({ '1': 0.6, '-': 0.3, '7': 0.05 });
    unchanged(phase2(p, { ...flatMark, inLine: false }), p);
    expect(read(p, { ...flatMark, inLine: false })).toBe('1');
  });

  it('does not read a tall thin stroke in a line as -', () => {
    expect(read(probs({ '-': 0.5, '1': 0.4 }), symbol(1, 0.1))).toBe('1');
  });

  it('does not read a tiny speck in a line as an operator', () => {
    // Alone, the model's 0.8 for reject is not sure enough to say `?`…
    const p = probs({ '×': 0.15, [REJECT]: 0.8 });
    expect(read(p, symbol(0.08, 0.1, false))).toBe('×');
    // …but a speck in a line cannot be an operator, and then it is.
    expect(read(p, symbol(0.08, 0.1))).toBe(UNREADABLE);
  });

  it('keeps the model ranking among digits for a digit-sized symbol in a line', () => {
    const p = probs({ '3': 0.5, '8': 0.3 });
    const q = phase2(p, digit);
    expect(decideSymbol(q, LABELS).symbol).toBe('3');
    expect(q[at('3')]! / q[at('8')]!).toBeCloseTo(0.5 / 0.3, 5);
    expect(q[at('3')]).toBeGreaterThanOrEqual(p[at('3')]!);
    // Only `-` is discouraged for a tall, narrow symbol.
    expect(q[at('-')]).toBeLessThan(p[at('-')]!);
  });

  it('does not modify the probabilities it was given', () => {
    const p = probs({ '1': 0.6, '-': 0.3 });
    const copy = Float32Array.from(p);
    phase2(p, flatMark);
    expect(Array.from(p)).toEqual(Array.from(copy));
  });

  it('falls back to the model probabilities when the odds would zero everything', () => {
    const p = new Float32Array(LABELS.length);
    p[at('2')] = 1;
    const q = phase2(p, flatMark);
    expect(decideSymbol(q, LABELS).symbol).toBe('2');
    expect(sum(q)).toBeCloseTo(1, 5);
  });

  it('keeps probabilities summing to 1, within [0, 1] (property)', () => {
    const row = fc
      .array(fc.double({ min: 0.001, max: 1, noNaN: true }), {
        minLength: LABELS.length,
        maxLength: LABELS.length,
      })
      .map((v) => {
        const s = v.reduce((a, b) => a + b, 0);
        return Float32Array.from(v.map((x) => x / s));
      });
    const size = fc.double({ min: 0, max: 2, noNaN: true });
    fc.assert(
      fc.property(row, size, size, fc.boolean(), (p, h, w, inLine) => {
        const q = phase2(p, symbol(h, w, inLine));
        expect(sum(q)).toBeCloseTo(1, 4);
        expect(q.every((v) => v >= 0 && v <= 1 + 1e-6)).toBe(true);
        if (!inLine) unchanged(q, p);
      }),
      { numRuns: 300 },
    );
  });
});
