import type { Ink } from '../types.ts';

/**
 * How far a piece of ink leans from upright, in degrees: its points' principal axis, positive
 * when its top stands to the right (a `/`), negative to the left; null for a piece with no
 * extent or wider than tall, which leans no way that tells a `1` from a slash.
 */
export function strokeLean(ink: Ink): number | null {
  const points = ink.flat();
  if (points.length < 2) return null;
  let [mx, my] = [0, 0];
  for (const [x, y] of points) [mx, my] = [mx + x, my + y];
  [mx, my] = [mx / points.length, my / points.length];
  let [sxx, syy, sxy] = [0, 0, 0];
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
    sxy += (x - mx) * (y - my);
  }
  if (syy < sxx) return null;
  // The axis's angle from the x axis; y grows downwards, so a `/` has a negative covariance.
  const fromX = (0.5 * Math.atan2(2 * sxy, sxx - syy) * 180) / Math.PI;
  return fromX < 0 ? 90 + fromX : fromX - 90;
}
