import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideSymbol, REJECT, UNREADABLE, type SymbolGeometry } from './decideSymbol.ts';

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

const alone: SymbolGeometry = { relHeight: 1, relWidth: 0.6, inLine: false };
const digitInLine: SymbolGeometry = { relHeight: 1, relWidth: 0.6, inLine: true };
const flatMarkInLine: SymbolGeometry = { relHeight: 0.05, relWidth: 0.45, inLine: true };
const sum = (p: Float32Array): number => p.reduce((a, b) => a + b, 0);

describe('decideSymbol', () => {
  it('chooses the most probable symbol with its probability as confidence', () => {
    const d = decideSymbol(probs({ '7': 0.8, '1': 0.1 }), LABELS, alone);
    expect(d.symbol).toBe('7');
    expect(d.confidence).toBeCloseTo(0.8, 6);
  });

  it('gives three alternatives, best first, without the choice or reject', () => {
    const d = decideSymbol(
      probs({ '4': 0.5, '9': 0.2, [REJECT]: 0.15, '1': 0.1, '7': 0.04 }),
      LABELS,
      alone,
    );
    expect(d.symbol).toBe('4');
    expect(d.alternatives.map((a) => a.symbol)).toEqual(['9', '1', '7']);
    expect(d.alternatives[0]!.p).toBeCloseTo(0.2, 6);
    expect(d.alternatives[1]!.p).toBeCloseTo(0.1, 6);
  });

  it('shows reject as ? and offers the readable symbols as alternatives', () => {
    const d = decideSymbol(probs({ [REJECT]: 0.93, '8': 0.04, '3': 0.02 }), LABELS, alone);
    expect(d.symbol).toBe(UNREADABLE);
    expect(d.confidence).toBeCloseTo(0.93, 6);
    expect(d.alternatives.map((a) => a.symbol)).toEqual(['8', '3', expect.any(String)]);
    expect(d.alternatives.map((a) => a.symbol)).not.toContain(REJECT);
  });

  it('shows a symbol below minConfidence as ?, keeping it among the alternatives', () => {
    const p = probs({ '5': 0.4, '6': 0.35, '8': 0.1 });
    expect(decideSymbol(p, LABELS, alone, { minConfidence: 0.3 }).symbol).toBe('5');
    const d = decideSymbol(p, LABELS, alone, { minConfidence: 0.5 });
    expect(d.symbol).toBe(UNREADABLE);
    expect(d.alternatives.map((a) => a.symbol)).toEqual(['5', '6', '8']);
  });

  it('makes a small flat mark in a line an operator, not a digit', () => {
    // The model, seeing the mark alone at 20 px, thinks it is a 1.
    const p = probs({ '1': 0.6, '-': 0.3, '7': 0.05 });
    expect(decideSymbol(p, LABELS, digitInLine).symbol).toBe('1');
    const d = decideSymbol(p, LABELS, flatMarkInLine);
    expect(d.symbol).toBe('-');
    expect(d.confidence).toBeGreaterThan(0.5);
    // A bracket is as tall as the line too.
    expect(decideSymbol(probs({ '(': 0.6, '-': 0.3 }), LABELS, flatMarkInLine).symbol).toBe('-');
  });

  it('spares a label the user taught for look-alikes from the size priors', () => {
    // This writer's `1` is a small flat mark: they corrected it once.
    const p = probs({ '1': 0.6, '-': 0.3, '7': 0.05 });
    const d = decideSymbol(p, LABELS, flatMarkInLine, { taught: '1' });
    expect(d.symbol).toBe('1');
    // Only that label: the `7` still pays for being a small flat mark.
    const q = decideSymbol(probs({ '7': 0.6, '-': 0.3 }), LABELS, flatMarkInLine, { taught: '1' });
    expect(q.symbol).toBe('-');
  });

  it('does not apply priors to a drawing of a single symbol', () => {
    const p = probs({ '1': 0.6, '-': 0.3, '7': 0.05 });
    const d = decideSymbol(p, LABELS, { ...flatMarkInLine, inLine: false });
    expect(d.symbol).toBe('1');
    expect(Array.from(d.probabilities)).toEqual(Array.from(p));
  });

  it('does not read a tall thin stroke in a line as -', () => {
    const d = decideSymbol(probs({ '-': 0.5, '1': 0.4 }), LABELS, {
      relHeight: 1,
      relWidth: 0.1,
      inLine: true,
    });
    expect(d.symbol).toBe('1');
  });

  it('does not read a tiny speck in a line as an operator', () => {
    // Alone, the model's 0.8 for reject is not sure enough to say `?`…
    const p = probs({ '×': 0.15, [REJECT]: 0.8 });
    expect(decideSymbol(p, LABELS, alone).symbol).toBe('×');
    // …but a speck in a line cannot be an operator, and then it is.
    const d = decideSymbol(p, LABELS, { relHeight: 0.08, relWidth: 0.1, inLine: true });
    expect(d.symbol).toBe(UNREADABLE);
  });

  it('keeps the model ranking among digits for a digit-sized symbol in a line', () => {
    const p = probs({ '3': 0.5, '8': 0.3 });
    const d = decideSymbol(p, LABELS, digitInLine);
    expect(d.symbol).toBe('3');
    const at = (l: string): number => LABELS.indexOf(l);
    expect(d.probabilities[at('3')]! / d.probabilities[at('8')]!).toBeCloseTo(0.5 / 0.3, 5);
    expect(d.probabilities[at('3')]).toBeGreaterThanOrEqual(p[at('3')]!);
    // Only `-` is discouraged for a tall, narrow symbol.
    expect(d.probabilities[at('-')]).toBeLessThan(p[at('-')]!);
  });

  it('does not modify the probabilities it was given', () => {
    const p = probs({ '1': 0.6, '-': 0.3 });
    const copy = Float32Array.from(p);
    decideSymbol(p, LABELS, flatMarkInLine);
    expect(Array.from(p)).toEqual(Array.from(copy));
  });

  it('falls back to the model probabilities when the priors would zero everything', () => {
    const p = new Float32Array(LABELS.length);
    p[LABELS.indexOf('2')] = 1;
    const d = decideSymbol(p, LABELS, flatMarkInLine);
    expect(d.symbol).toBe('2');
    expect(sum(d.probabilities)).toBeCloseTo(1, 5);
  });

  it('reads `?` only when the reject class is sure, else the best readable symbol', () => {
    const row = (reject: number): Float32Array => {
      const p = new Float32Array(LABELS.length).fill((1 - reject) / (LABELS.length - 1));
      p[LABELS.indexOf('-')] = p[LABELS.indexOf('-')]! + 0.01;
      p[LABELS.indexOf(REJECT)] = reject - 0.01;
      return p;
    };
    const alone = { relHeight: 1, relWidth: 1, inLine: false };
    expect(decideSymbol(row(0.45), LABELS, alone).symbol).toBe('-');
    expect(decideSymbol(row(0.95), LABELS, alone).symbol).toBe(UNREADABLE);
  });

  it('keeps probabilities summing to 1 and the decision consistent (property)', () => {
    const row = fc
      .array(fc.double({ min: 0.001, max: 1, noNaN: true }), {
        minLength: LABELS.length,
        maxLength: LABELS.length,
      })
      .map((v) => {
        const s = v.reduce((a, b) => a + b, 0);
        return Float32Array.from(v.map((x) => x / s));
      });
    const geometry = fc.record({
      relHeight: fc.double({ min: 0, max: 2, noNaN: true }),
      relWidth: fc.double({ min: 0, max: 2, noNaN: true }),
      inLine: fc.boolean(),
    });
    fc.assert(
      fc.property(
        row,
        geometry,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (p, g, minConfidence) => {
          const d = decideSymbol(p, LABELS, g, { minConfidence });
          expect(sum(d.probabilities)).toBeCloseTo(1, 4);
          expect(d.probabilities.every((v) => v >= 0 && v <= 1 + 1e-6)).toBe(true);
          expect(Array.from(d.probabilities)).toContain(d.confidence);
          expect(d.alternatives).toHaveLength(3);
          const names = d.alternatives.map((a) => a.symbol);
          expect(names).not.toContain(REJECT);
          expect(names).not.toContain(d.symbol);
          expect(new Set(names).size).toBe(3);
          for (let i = 1; i < 3; i++)
            expect(d.alternatives[i - 1]!.p).toBeGreaterThanOrEqual(d.alternatives[i]!.p);
          if (d.symbol !== UNREADABLE) {
            expect(d.confidence).toBeGreaterThanOrEqual(minConfidence);
            expect(d.probabilities[LABELS.indexOf(d.symbol)]).toBe(d.confidence);
          }
          if (!g.inLine) expect(Array.from(d.probabilities)).toEqual(Array.from(p));
        },
      ),
      { numRuns: 300 },
    );
  });
});
