import type { Ink, InkPoint } from '../types.ts';

/**
 * Slants ink horizontally: x += k · y (positive k leans the top to the left, as y grows
 * downwards). Used to show the model a symbol under a second and third slant, since
 * writers slant far more than MNIST's digits do; normalisation recentres it afterwards.
 */
export function shearInk(ink: Ink, k: number): Ink {
  return ink.map((stroke) =>
    stroke.map((p): InkPoint =>
      p.length > 2 ? [p[0] + k * p[1], p[1], p[2]] : [p[0] + k * p[1], p[1]],
    ),
  );
}
