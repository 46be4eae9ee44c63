import { describe, expect, it } from 'vitest';
import { inkBox } from '../types.ts';
import { dotChance } from './dotChance.ts';
import { mixDot } from './mixDot.ts';
import { raisedChance } from './raisedChance.ts';
import { readingLabels } from './readingLabels.ts';
import { testCandidate } from './testCandidate.ts';

// Every case stands on a line whose digits run from y 0 to 100 (testCandidate's line),
// at sizes, heights and places well beyond what any evaluation set holds.
const line = { top: 0, bottom: 100, height: 100, fromDigits: true };

describe('dotChance', () => {
  it.each([
    ['a tap: no extent at all', [0, 95, 0, 0], 0.99, 1],
    ['a touch of a pen, 3 % of the digits', [0, 90, 3, 3], 0.99, 1],
    ['a small circle, 15 %', [0, 85, 15, 14], 0.9, 1],
    ['a flat dab, 20 % wide and 5 % tall', [0, 90, 20, 5], 0.6, 0.99],
    ['a large dot, 25 %: even odds', [0, 75, 25, 25], 0.4, 0.6],
    ['a small zero, 40 %', [0, 60, 30, 40], 0, 0.01],
    ['a minus half the digits wide', [0, 50, 50, 4], 0, 0.01],
    ['a digit', [0, 0, 50, 100], 0, 0.01],
  ] as const)('%s', (_, [x, y, w, h], lo, hi) => {
    const p = dotChance(inkBox(x, y, w, h), line);
    expect(p).toBeGreaterThanOrEqual(lo);
    expect(p).toBeLessThanOrEqual(hi);
  });

  it('scales with the line, not with the units of the ink', () => {
    const small = dotChance(inkBox(0, 9, 1, 1), {
      top: 0,
      bottom: 10,
      height: 10,
      fromDigits: true,
    });
    const large = dotChance(inkBox(0, 900, 100, 100), {
      top: 0,
      bottom: 1000,
      height: 1000,
      fromDigits: true,
    });
    expect(small).toBeCloseTo(large, 12);
  });

  it('says nothing on a line with no height, or with no digits to measure against', () => {
    expect(dotChance(inkBox(0, 0, 0, 0), { top: 0, bottom: 0, height: 0, fromDigits: false })).toBe(
      0,
    );
    // A `-` and a fragment of it: tiny against the bar's height, but no digit says so.
    expect(dotChance(inkBox(0, 95, 3, 3), { ...line, fromDigits: false })).toBe(0);
  });
});

describe('raisedChance', () => {
  it.each([
    ['on the baseline', 95, 0, 0.05],
    ['just below the baseline', 110, 0, 0.01],
    ['three quarters down: even odds', 75, 0.45, 0.55],
    ['at the middle of the line', 50, 0.95, 1],
    ['high, at a third', 33, 0.99, 1],
  ] as const)('a dot %s', (_, y, lo, hi) => {
    const p = raisedChance(inkBox(0, y - 2, 4, 4), line);
    expect(p).toBeGreaterThanOrEqual(lo);
    expect(p).toBeLessThanOrEqual(hi);
  });
});

describe('mixDot', () => {
  const model = ['0', '1', '-', 'reject'];
  const labels = readingLabels(model);
  const row = Float32Array.from([0.7, 0.1, 0.1, 0.1]);
  const prob = (p: Float32Array, label: string): number => p[labels.indexOf(label)]!;

  it('adds the two dots to the model labels, once', () => {
    expect(labels).toEqual(['0', '1', '-', 'reject', '.', '·']);
    expect(readingLabels(['0', '.'])).toEqual(['0', '.', '·']);
  });

  it('reads a tiny mark on the baseline as a decimal point, whatever the model saw', () => {
    const p = mixDot(row, labels, testCandidate([0, 93, 4, 4]));
    expect(prob(p, '.')).toBeGreaterThan(0.95);
    expect(prob(p, '·')).toBeLessThan(0.03);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    // The model's own reading stays, scaled, as the alternative a tap can choose.
    expect(prob(p, '0')).toBeGreaterThan(prob(p, '1'));
  });

  it('reads a tiny mark at mid-height as a multiplication dot', () => {
    const p = mixDot(row, labels, testCandidate([0, 48, 4, 4]));
    expect(prob(p, '·')).toBeGreaterThan(0.95);
  });

  it('leaves a digit-sized mark to the model', () => {
    const p = mixDot(row, labels, testCandidate([0, 0, 50, 100]));
    expect(prob(p, '0')).toBeCloseTo(0.7, 3);
    expect(prob(p, '.') + prob(p, '·')).toBeLessThan(1e-3);
  });

  it('is no dot when it holds three strokes, or when switched off', () => {
    const tiny = testCandidate([0, 93, 4, 4]);
    expect(prob(mixDot(row, labels, { ...tiny, pieces: 3 }), '.')).toBe(0);
    expect(prob(mixDot(row, labels, tiny, false), '.')).toBe(0);
  });
});
