import { DOT_ENCLOSED, DOT_TOUCH } from '../tuning.ts';
import type { InkBox, Stroke } from '../types.ts';
import { inkDistance } from './inkDistance.ts';

/**
 * Per part, whether it is a small mark attached to a larger part, and so no dot: its ink
 * touches or crosses the larger part's (the short bar of a `+`, the hat of a `5`, a loop
 * finished in a second stroke), or it stands inside the larger part's box above its foot
 * (where a pen that lands before it writes leaves a tap). A decimal point stands clear of
 * the digits, or tucked under one at the baseline. Only marks smaller than `small` (ink
 * units) are measured; `pieces` absent (a picture, whose components never touch), only
 * the place counts.
 */
export function attachedMarks(
  boxes: readonly InkBox[],
  height: number,
  small: number,
  pieces?: readonly (readonly Stroke[])[],
): boolean[] {
  const reach = DOT_TOUCH * height;
  const size = (b: InkBox): number => Math.max(b.w, b.h);
  return boxes.map((box, i) => {
    if (size(box) >= small) return false;
    const cx = box.x + box.w / 2;
    const cy = box.y + box.h / 2;
    return boxes.some((other, j) => {
      if (j === i || size(other) < 2 * size(box)) return false;
      const inside =
        cx > other.x &&
        cx < other.x + other.w &&
        cy > other.y &&
        cy < other.y + DOT_ENCLOSED * other.h;
      if (inside) return true;
      if (!pieces) return false;
      // Boxes further apart than the reach cannot hold ink within it.
      if (
        other.x > box.x + box.w + reach ||
        box.x > other.x + other.w + reach ||
        other.y > box.y + box.h + reach ||
        box.y > other.y + other.h + reach
      )
        return false;
      return pieces[i]!.some((s) => pieces[j]!.some((t) => inkDistance(s, t) <= reach));
    });
  });
}
