import { describe, expect, it } from 'vitest';
import { ONE_PIECE_ODDS, shapePrior } from './shapePrior.ts';
import { STACKED_BARS_ODDS } from './stackedBars.ts';
import { inkBox } from '../types.ts';

const labels = ['0', '1', '5', '7', '-', '=', '÷', '(', 'reject'];
const probs = (entries: Record<string, number>): Float32Array =>
  Float32Array.from(labels, (l) => entries[l] ?? 0);
const top = (p: Float32Array): string => labels[p.indexOf(Math.max(...p))]!;
const sum = (p: Float32Array): number => p.reduce((a, b) => a + b, 0);

const flatBar = inkBox(0, 0, 100, 15); // height / width 0.15
const square = inkBox(0, 0, 60, 60);
/** A box's left and right halves, side by side: two parts that are not stacked bars. */
const halves = (b: ReturnType<typeof inkBox>) => [
  inkBox(b.x, b.y, b.w / 2, b.h),
  inkBox(b.x + b.w / 2, b.y, b.w / 2, b.h),
];

describe('shapePrior', () => {
  it('leaves a candidate of several pieces, not flat, exactly as the model read it', () => {
    const p = probs({ '=': 0.6, '5': 0.4 });
    expect(shapePrior(p, labels, { parts: halves(square), pieces: 2, box: square })).toBe(p);
  });

  it('reads a one-stroke flat scrawl that the model leans to `=` as `-`', () => {
    const p = probs({ '=': 0.5, '-': 0.2, '7': 0.2, reject: 0.1 });
    const q = shapePrior(p, labels, { parts: [flatBar], pieces: 1, box: flatBar });
    expect(top(q)).toBe('-');
    expect(sum(q)).toBeCloseTo(1, 5);
  });

  it('keeps a one-piece `=` the model is sure of (a `z`-like `=` in one motion)', () => {
    const p = probs({ '=': 0.998, '-': 0.001, '7': 0.001 });
    expect(
      top(
        shapePrior(p, labels, {
          parts: [inkBox(0, 0, 60, 30)],
          pieces: 1,
          box: inkBox(0, 0, 60, 30),
        }),
      ),
    ).toBe('=');
  });

  it('never makes a label the user taught for look-alikes less likely', () => {
    const p = probs({ '=': 0.5, '-': 0.2, '7': 0.2, reject: 0.1 });
    const shape = { parts: [flatBar], pieces: 1, box: flatBar };
    expect(top(shapePrior(p, labels, shape, '='))).toBe('=');
    // A taught digit on flat ink is spared the flatness prior; other digits are not.
    const d = probs({ '7': 0.5, '0': 0.3, '-': 0.2 });
    const q = shapePrior(d, labels, { parts: halves(flatBar), pieces: 2, box: flatBar }, '7');
    expect(top(q)).toBe('7');
    expect(q[labels.indexOf('0')]!).toBeLessThan(q[labels.indexOf('-')]!);
  });

  it('makes a one-piece `=` or `÷` ONE_PIECE_ODDS as likely against the rest', () => {
    const p = probs({ '÷': 0.5, '-': 0.5 });
    const q = shapePrior(p, labels, {
      parts: [inkBox(0, 0, 60, 40)],
      pieces: 1,
      box: inkBox(0, 0, 60, 40),
    });
    expect(q[labels.indexOf('÷')]! / q[labels.indexOf('-')]!).toBeCloseTo(ONE_PIECE_ODDS, 5);
  });

  it('turns a very flat shape away from digits and brackets, but not a square one', () => {
    const p = probs({ '0': 0.6, '(': 0.1, '-': 0.3 });
    expect(top(shapePrior(p, labels, { parts: halves(flatBar), pieces: 2, box: flatBar }))).toBe(
      '-',
    );
    expect(top(shapePrior(p, labels, { parts: halves(square), pieces: 2, box: square }))).toBe('0');
  });

  it('never divides by zero, even for a box of no width', () => {
    const p = probs({ '1': 1 });
    const q = shapePrior(p, labels, {
      parts: [inkBox(0, 0, 0, 50)],
      pieces: 1,
      box: inkBox(0, 0, 0, 50),
    });
    expect(top(q)).toBe('1');
    expect([...q].every(Number.isFinite)).toBe(true);
  });

  it('makes `=` STACKED_BARS_ODDS likelier for two stacked bars', () => {
    const bars = [inkBox(0, 0, 60, 6), inkBox(5, 30, 55, 8)];
    const p = probs({ '=': 0.2, '5': 0.8 });
    const q = shapePrior(p, labels, { parts: bars, pieces: 2, box: inkBox(0, 0, 60, 38) });
    const odds = q[labels.indexOf('=')]! / q[labels.indexOf('5')]!;
    expect(odds).toBeCloseTo((0.2 * STACKED_BARS_ODDS) / 0.8, 4);
  });
});
