import { describe, expect, it } from 'vitest';
import { stripPeaks } from './stripPeaks.ts';
import type { StripProfile } from './stripProfiles.ts';

/** One strip's profile across 60 px. */
function profile(at: (v: number) => number): StripProfile {
  const axis = {
    horizontal: true,
    along: 32,
    across: 60,
    strip: 32,
    centres: Float64Array.of(16),
    su: 1,
    sv: 32,
  };
  return { axis, means: Float32Array.from({ length: 60 }, (_, v) => at(v)) };
}

describe('stripPeaks', () => {
  it('finds a thin line once, at its middle, also when it is 2 px thick', () => {
    expect(
      stripPeaks(
        profile((v) => (v === 20 ? 70 : 2)),
        3,
      ).v,
    ).toEqual([20]);
    expect(
      stripPeaks(
        profile((v) => (v === 20 || v === 21 ? 70 : 2)),
        3,
      ).v,
    ).toEqual([20.5]);
    expect(
      stripPeaks(
        profile((v) => (v >= 20 && v < 25 ? 70 : 2)),
        8,
      ).v,
    ).toEqual([22]);
  });

  it('finds no peak in a stroke broader than the gap, nor at its edges, nor in the light', () => {
    expect(
      stripPeaks(
        profile((v) => (v >= 10 && v < 40 ? 150 : 0)),
        3,
      ).v,
    ).toEqual([]);
    expect(
      stripPeaks(
        profile((v) => 100 + v * 2),
        3,
      ).v,
    ).toEqual([]);
  });

  it('finds no line fainter than MIN_CONTRAST above the paper', () => {
    expect(
      stripPeaks(
        profile((v) => (v === 30 ? 14 : 0)),
        3,
      ).v,
    ).toEqual([]);
  });

  it('keeps the peaks strip by strip', () => {
    const two = profile((v) => (v === 20 ? 70 : 0));
    const axis = { ...two.axis, along: 64, centres: Float64Array.of(16, 48) };
    const means = new Float32Array(120);
    means[20] = 70;
    means[60 + 10] = 50;
    means[60 + 40] = 50;
    const peaks = stripPeaks({ axis, means }, 3);
    expect(peaks.k).toEqual([0, 1, 1]);
    expect(peaks.v).toEqual([20, 10, 40]);
    expect(Array.from(peaks.start)).toEqual([0, 1, 3]);
  });
});
