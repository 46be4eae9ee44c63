import { describe, expect, it } from 'vitest';
import type { Stroke } from '../types.ts';
import { descendsToTick } from './descendsToTick.ts';

const stroke = (...points: [number, number][]): Stroke => points;
const scaled = (s: Stroke, k: number, dx = 0): Stroke => s.map(([x, y]) => [x * k + dx, y * k]);

describe('descendsToTick', () => {
  const backwards = stroke([30, 0], [24, 93], [10, 77], [0, 100]);

  it('holds for a bare root sign traced from its top: down, up and left along the tick, down', () => {
    expect(descendsToTick(backwards)).toBe(true);
    expect(descendsToTick(scaled(backwards, 3.7, 500))).toBe(true);
    // A tall tick, a short one, and a sign leaning less.
    expect(descendsToTick(stroke([40, 0], [30, 90], [12, 60], [4, 100]))).toBe(true);
    expect(descendsToTick(stroke([20, 0], [18, 96], [10, 84], [2, 100]))).toBe(true);
  });

  it('fails for a `1` from the top, ending at its foot, turning right, or up without a tail', () => {
    expect(descendsToTick(stroke([10, 0], [12, 100]))).toBe(false);
    expect(descendsToTick(stroke([20, 0], [20, 100], [40, 100]))).toBe(false);
    expect(descendsToTick(stroke([30, 0], [8, 100], [0, 60]))).toBe(false);
  });

  it('fails for a sign drawn forwards, a flagged `1`, and wide strokes', () => {
    expect(descendsToTick(stroke([0, 80], [8, 100], [30, 0]))).toBe(false);
    expect(descendsToTick(stroke([0, 20], [20, 0], [20, 100]))).toBe(false);
    expect(descendsToTick(stroke([90, 0], [60, 93], [30, 77], [0, 100]))).toBe(false);
    expect(descendsToTick(stroke([3, 3], [3, 3]))).toBe(false);
  });

  it('needs the tick to climb and turn left far enough', () => {
    expect(descendsToTick(stroke([30, 0], [24, 95], [22, 90], [10, 100]))).toBe(false);
    expect(descendsToTick(stroke([30, 0], [24, 93], [23, 70], [20, 100]))).toBe(false);
  });
});
