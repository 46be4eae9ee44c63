import type { InkPoint, Stroke } from '../pipeline/types.ts';
import type { Rng } from './rng.ts';

/** A pen line from `a` to `b` with a little wobble (`jitter`, in ink units) on its points. */
export function penLine(
  a: readonly [number, number],
  b: readonly [number, number],
  jitter: number,
  rng: Rng,
): Stroke {
  const steps = 10;
  const out: InkPoint[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const j = i === 0 || i === steps ? 0 : rng.normal(0, jitter);
    out.push([a[0] + (b[0] - a[0]) * t + j, a[1] + (b[1] - a[1]) * t + j]);
  }
  return out;
}
