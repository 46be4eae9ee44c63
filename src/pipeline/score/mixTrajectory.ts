import { TRAJECTORY_WEIGHT } from '../tuning.ts';

/**
 * A candidate's image-model row with the trajectory model's row for the same strokes
 * multiplied in (raised to `weight`, then normalised): the two read different evidence
 * (shape against pen movement), so where both agree the reading grows surer and where they
 * disagree it grows doubtful. Without a trajectory row (a picture, or no trajectory model)
 * the image row stands alone.
 */
export function mixTrajectory(
  image: Float32Array,
  trajectory: Float32Array | undefined,
  weight = TRAJECTORY_WEIGHT,
): Float32Array {
  if (!trajectory || weight === 0) return image;
  const p = new Float32Array(image.length);
  let total = 0;
  for (let i = 0; i < p.length; i++) {
    p[i] = image[i]! * Math.pow(Math.max(trajectory[i] ?? 0, 1e-6), weight);
    total += p[i]!;
  }
  if (!(total > 0)) return image;
  for (let i = 0; i < p.length; i++) p[i]! /= total;
  return p;
}
