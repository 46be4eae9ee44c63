import { describe, expect, it } from 'vitest';
import { mixTrajectory } from './mixTrajectory.ts';

const row = (...p: number[]): Float32Array => Float32Array.from(p);
const sum = (p: Float32Array): number => p.reduce((a, b) => a + b, 0);

describe('mixTrajectory', () => {
  it('leaves the image row alone without a trajectory row or at weight 0', () => {
    const image = row(0.6, 0.4);
    expect(mixTrajectory(image, undefined)).toBe(image);
    expect(mixTrajectory(image, row(0.1, 0.9), 0)).toBe(image);
  });

  it('grows surer where both models agree, and doubtful where they disagree', () => {
    const image = row(0.6, 0.3, 0.1);
    const agree = mixTrajectory(image, row(0.8, 0.1, 0.1), 0.5);
    const disagree = mixTrajectory(image, row(0.1, 0.8, 0.1), 0.5);
    expect(agree[0]).toBeGreaterThan(0.6);
    expect(disagree[0]).toBeLessThan(0.6);
    expect(sum(agree)).toBeCloseTo(1);
    expect(sum(disagree)).toBeCloseTo(1);
  });

  it('at weight 1 is the normalised product', () => {
    const p = mixTrajectory(row(0.5, 0.5), row(0.75, 0.25), 1);
    expect(p[0]).toBeCloseTo(0.75);
    expect(p[1]).toBeCloseTo(0.25);
  });

  it('never lets a zero from the trajectory model veto the image model outright', () => {
    const p = mixTrajectory(row(0.9, 0.1), row(0, 1), 0.3);
    expect(p[0]).toBeGreaterThan(0);
  });
});
