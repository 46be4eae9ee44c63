import { describe, expect, it } from 'vitest';
import type { Ink } from '../types.ts';
import { strokeLean } from './strokeLean.ts';

/** A straight stroke from (0, 0) by (dx, dy), y growing downwards. */
const line = (dx: number, dy: number): Ink => [
  Array.from({ length: 11 }, (_, k) => [(k * dx) / 10, (k * dy) / 10] as [number, number]),
];

describe('strokeLean', () => {
  it('measures the lean from upright, positive with the top to the right', () => {
    expect(strokeLean(line(0, 100))).toBeCloseTo(0);
    expect(strokeLean(line(30, -100))).toBeCloseTo(16.7, 1);
    expect(strokeLean(line(-30, 100))).toBeCloseTo(16.7, 1);
    expect(strokeLean(line(30, 100))).toBeCloseTo(-16.7, 1);
    expect(strokeLean(line(100, -100))).toBeCloseTo(45);
  });

  it('gives none for a dot or a stroke wider than tall', () => {
    expect(strokeLean([[[5, 5]]])).toBeNull();
    expect(strokeLean(line(100, 10))).toBeNull();
  });
});
