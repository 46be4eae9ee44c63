import type { StripProfile } from './stripProfiles.ts';

/**
 * A line stands at least this many levels above the paper beside it in a strip's profile.
 * Fainter lines stay under inkMap's smallest threshold (MIN_INK_THRESHOLD) and never become ink anyway.
 */
export const MIN_CONTRAST = 16;

/** Every strip's peaks, strip after strip. */
export interface Peaks {
  /** The strip of each peak, and where across it its middle is (sub-pixel). */
  readonly k: readonly number[];
  readonly v: readonly number[];
  /** Where strip k's peaks start in k and v; one more entry, at the end, for the last. */
  readonly start: Int32Array;
}

/**
 * In each strip's profile, the places that stand MIN_CONTRAST above the profile `gap`
 * away on both sides: a thin line does; a stroke's broad body, its edge or the light do
 * not. One peak a line (the highest within a third of the gap), at the centroid of its
 * upper half: on a flat top (a line 2 px thick or more) the highest pixel is anywhere.
 */
export function stripPeaks({ axis, means }: StripProfile, gap: number): Peaks {
  const n = axis.across;
  const strips = axis.centres.length;
  const k: number[] = [];
  const v: number[] = [];
  const start = new Int32Array(strips + 1);
  const contrast = new Float32Array(n);
  const near = Math.max(1, Math.floor(gap / 3));
  for (let s = 0; s < strips; s++) {
    start[s] = v.length;
    const p = means.subarray(s * n, (s + 1) * n);
    for (let i = 0; i < n; i++) {
      const before = i >= gap ? p[i - gap]! : -Infinity;
      const after = i + gap < n ? p[i + gap]! : -Infinity;
      contrast[i] = p[i]! - Math.max(before, after);
    }
    for (let i = 0; i < n; i++) {
      const c = contrast[i]!;
      if (c < MIN_CONTRAST) continue;
      let top = true;
      for (let j = Math.max(0, i - near); j <= Math.min(n - 1, i + near) && top; j++) {
        top = j < i ? contrast[j]! <= c : j === i || contrast[j]! < c;
      }
      if (!top) continue;
      let sum = i * c;
      let mass = c;
      for (let j = i - 1; j >= Math.max(0, i - gap) && contrast[j]! * 2 >= c; j--) {
        sum += j * contrast[j]!;
        mass += contrast[j]!;
      }
      for (let j = i + 1; j <= Math.min(n - 1, i + gap) && contrast[j]! * 2 >= c; j++) {
        sum += j * contrast[j]!;
        mass += contrast[j]!;
      }
      k.push(s);
      v.push(sum / mass);
    }
  }
  start[strips] = v.length;
  return { k, v, start };
}
