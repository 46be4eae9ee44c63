import type { InkBox } from '../types.ts';
import { holds } from './holds.ts';
import { fractionBar } from './fractionBar.ts';

/**
 * The height of a digit on this line: the median height of the parts that are tall enough
 * to be digits. "Tall enough" is half the height at the 75th percentile (so a `-` or the
 * dots of `÷` do not shrink it), and never less than a quarter of the tallest part. Not
 * half the tallest: one overlong stroke (a `4`'s stem drawn 2.6 digits tall, seen in real
 * ink) would then leave only itself, and lines stacked under each other would not split.
 */
/** Upright writing is at least this many times as tall as it is wide (a `÷`'s dots are not). */
const UPRIGHT = 1.3;

export function estimateLineHeight(boxes: readonly InkBox[]): number {
  if (boxes.length === 0) return 0;
  const heights = boxes.map((b) => b.h).sort((a, b) => a - b);
  const tallest = heights[heights.length - 1]!;
  const p75 = heights[Math.floor(0.75 * (heights.length - 1))]!;
  const tall = heights.filter((h) => h >= Math.max(p75 / 2, tallest / 4));
  const median = tall[Math.floor(tall.length / 2)] ?? tallest;
  // A line of flat parts (`-`, `=`, a `÷`'s bar and dots): their width is the better
  // measure of size; beside writing that stands upright (three parts or more, as digits do: not the two dots of a `÷`), a
  // long bar (a root's, a fraction's) says nothing of it.
  const upright = boxes.filter((b) => b.h >= UPRIGHT * b.w).length >= 3;
  // A root's sign holding what follows, or a fraction's bar, is wide for its bar, not for
  // its digits.
  const sizes = upright
    ? []
    : boxes.filter(
        (b) => !boxes.some((p) => p !== b && holds(b, p, boxes)) && fractionBar(b, boxes) === null,
      );
  return Math.max(median, ...sizes.map((b) => b.w / 2), 1e-9);
}
