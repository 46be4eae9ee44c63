import type { InkBox } from '../types.ts';

/**
 * Whether another part stands above or below part `i`, sharing some of its width (the
 * dots of `÷`, the other bar of `=`, a line of writing above): then part `i` belongs to a
 * stacked symbol or sits under other ink, and is never sliced as a run of touching digits.
 */
export function hasStackedNeighbour(i: number, boxes: readonly InkBox[]): boolean {
  const a = boxes[i]!;
  return boxes.some((b, j) => {
    if (j === i) return false;
    const overlapX = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
    const apart = b.y >= a.y + a.h || a.y >= b.y + b.h;
    return apart && overlapX > 0.3 * Math.min(a.w, b.w);
  });
}
