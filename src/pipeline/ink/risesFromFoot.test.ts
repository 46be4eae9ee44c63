import { describe, expect, it } from 'vitest';
import type { Stroke } from '../types.ts';
import { risesFromFoot } from './risesFromFoot.ts';

const stroke = (...points: [number, number][]): Stroke => points;

describe('risesFromFoot', () => {
  it('holds for a bare root sign: a tick down, then the rise to the top right', () => {
    expect(risesFromFoot(stroke([0, 60], [8, 100], [30, 0]))).toBe(true);
    expect(risesFromFoot(stroke([0, 90], [5, 100], [25, 3]))).toBe(true);
  });

  it('fails for a `1` written from the top, with or without a foot', () => {
    expect(risesFromFoot(stroke([10, 0], [12, 100]))).toBe(false);
    expect(risesFromFoot(stroke([25, 0], [5, 100], [0, 80]))).toBe(false);
  });

  it('fails for a stroke drawn straight up from its foot (no tick), or the reverse of a root', () => {
    expect(risesFromFoot(stroke([0, 100], [20, 0]))).toBe(false);
    expect(risesFromFoot(stroke([30, 0], [8, 100], [0, 60]))).toBe(false);
  });

  it('fails for wide or empty strokes (a rising bar, a dot)', () => {
    expect(risesFromFoot(stroke([0, 60], [8, 100], [130, 0]))).toBe(false);
    expect(risesFromFoot(stroke([3, 3]))).toBe(false);
  });
});
