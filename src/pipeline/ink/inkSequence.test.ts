import { describe, expect, it } from 'vitest';
import { SEQUENCE_FEATURES, SEQUENCE_POINTS, type Ink } from '../types.ts';
import { inkSequence } from './inkSequence.ts';

const N = SEQUENCE_POINTS;
const channel = (s: Float32Array, c: number): number[] =>
  Array.from(s.subarray(c * N, (c + 1) * N));
const [X, Y, DX, DY, LIFT] = [0, 1, 2, 3, 4];

describe('inkSequence', () => {
  it('is SEQUENCE_FEATURES channels of SEQUENCE_POINTS, all zero for no ink', () => {
    const s = inkSequence([]);
    expect(s).toHaveLength(SEQUENCE_FEATURES * N);
    expect(s.every((v) => v === 0)).toBe(true);
  });

  it('spaces the points evenly along a stroke, centred and scaled by the longer side', () => {
    const s = inkSequence([
      [
        [10, 20],
        [10, 60],
        [10, 220],
      ],
    ]);
    expect(channel(s, X).every((v) => v === 0)).toBe(true);
    const ys = channel(s, Y);
    expect(ys[0]).toBeCloseTo(-0.5);
    expect(ys[N - 1]).toBeCloseTo(0.5);
    for (let i = 1; i < N; i++) expect(ys[i]! - ys[i - 1]!).toBeCloseTo(1 / (N - 1));
    expect(
      channel(s, DY)
        .slice(0, N - 1)
        .every((v) => v > 0),
    ).toBe(true);
    expect(channel(s, LIFT).every((v) => v === 0)).toBe(true);
  });

  it('shares the points by length, and marks where each later stroke begins', () => {
    const long: Ink[number] = [
      [0, 0],
      [0, 300],
    ];
    const short: Ink[number] = [
      [-50, 150],
      [50, 150],
    ];
    const s = inkSequence([long, short]);
    const lifts = channel(s, LIFT);
    const at = lifts.indexOf(1);
    expect(lifts.filter((v) => v === 1)).toHaveLength(1);
    // Three times as long, about three times the points.
    expect(at / (N - at)).toBeCloseTo(3, 0);
    // The step at the lift is the pen's travel to the bar's start.
    expect(channel(s, DX)[at - 1]).toBeLessThan(0);
  });

  it('does not change when the ink is moved or scaled', () => {
    const ink: Ink = [
      [
        [0, 0],
        [30, 80],
        [60, 0],
      ],
      [[20, 40]],
    ];
    const moved: Ink = ink.map((st) => st.map(([x, y]) => [3 * x + 500, 3 * y - 7] as const));
    const a = inkSequence(ink);
    const b = inkSequence(moved);
    for (let i = 0; i < a.length; i++) expect(b[i]).toBeCloseTo(a[i]!, 5);
  });

  it('gives a stroke of one point one point, and keeps every value finite', () => {
    const s = inkSequence([[[5, 5]], [[5, 5]]]);
    expect(s.every(Number.isFinite)).toBe(true);
    expect(channel(s, LIFT).filter((v) => v === 1)).toHaveLength(1);
  });
});
