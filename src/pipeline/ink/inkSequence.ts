import { SEQUENCE_FEATURES, SEQUENCE_POINTS, type Ink, type InkSequence } from '../types.ts';

/** Scales the step to the next point up to about the coordinates' range. */
const STEP_GAIN = 8;

/**
 * A symbol's ink as the trajectory model reads it: SEQUENCE_POINTS points spaced evenly
 * along its path (each stroke at least one, the rest shared by length, in drawing order),
 * centred on the ink's box and scaled by its longer side so that a `1` stays thin. Per point,
 * channel-major: x, y, the step to the next point (across a lift too), and 1 where a stroke
 * after the first begins. Where the image model sees shape, this sees how the pen moved.
 */
export function inkSequence(ink: Ink): InkSequence {
  const strokes = ink.filter((s) => s.length > 0).slice(0, SEQUENCE_POINTS);
  const out = new Float32Array(SEQUENCE_FEATURES * SEQUENCE_POINTS) as InkSequence;
  if (strokes.length === 0) return out;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const s of strokes)
    for (const [x, y] of s) {
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  const scale = Math.max(x1 - x0, y1 - y0, 1e-6);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const lengths = strokes.map(arcLengths);
  const total = lengths.reduce((sum, c) => sum + c[c.length - 1]!, 0);
  const spare = SEQUENCE_POINTS - strokes.length;
  const counts = lengths.map(
    (c) => 1 + (total > 0 ? Math.floor((spare * c[c.length - 1]!) / total) : 0),
  );
  for (let i = 0, left = SEQUENCE_POINTS - sum(counts); left > 0; i++, left--)
    counts[i % counts.length]!++;

  const points: [number, number, number][] = [];
  strokes.forEach((s, k) => {
    const cum = lengths[k]!;
    const length = cum[cum.length - 1]!;
    const n = counts[k]!;
    let j = 0;
    for (let m = 0; m < n; m++) {
      const d = n === 1 ? 0 : (length * m) / (n - 1);
      while (j < s.length - 2 && cum[j + 1]! < d) j++;
      const a = s[j]!;
      const b = s[Math.min(j + 1, s.length - 1)]!;
      const seg = cum[Math.min(j + 1, s.length - 1)]! - cum[j]!;
      const u = seg > 0 ? Math.min(1, Math.max(0, (d - cum[j]!) / seg)) : 0;
      const x = (a[0] + (b[0] - a[0]) * u - cx) / scale;
      const y = (a[1] + (b[1] - a[1]) * u - cy) / scale;
      points.push([x, y, m === 0 && k > 0 ? 1 : 0]);
    }
  });
  const N = SEQUENCE_POINTS;
  points.forEach(([x, y, lift], i) => {
    const next = points[Math.min(i + 1, points.length - 1)]!;
    out[i] = x;
    out[N + i] = y;
    out[2 * N + i] = (next[0] - x) * STEP_GAIN;
    out[3 * N + i] = (next[1] - y) * STEP_GAIN;
    out[4 * N + i] = lift;
  });
  return out;
}

function arcLengths(s: Ink[number]): number[] {
  const cum = [0];
  for (let i = 1; i < s.length; i++)
    cum.push(cum[i - 1]! + Math.hypot(s[i]![0] - s[i - 1]![0], s[i]![1] - s[i - 1]![1]));
  return cum;
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
