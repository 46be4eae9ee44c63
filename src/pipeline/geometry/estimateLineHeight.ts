import type { InkBox } from '../types.ts';

/**
 * The height of a digit on this line: the median height of the parts that are tall enough
 * to be digits. "Tall enough" is half the height at the 75th percentile (so a `-` or the
 * dots of `÷` do not shrink it), and never less than a quarter of the tallest part. Not
 * half the tallest: one overlong stroke (a `4`'s stem drawn 2.6 digits tall, seen in real
 * ink) would then leave only itself, and lines stacked under each other would not split.
 */
export function estimateLineHeight(boxes: readonly InkBox[]): number {
  if (boxes.length === 0) return 0;
  const heights = boxes.map((b) => b.h).sort((a, b) => a - b);
  const tallest = heights[heights.length - 1]!;
  const p75 = heights[Math.floor(0.75 * (heights.length - 1))]!;
  const tall = heights.filter((h) => h >= Math.max(p75 / 2, tallest / 4));
  const median = tall[Math.floor(tall.length / 2)] ?? tallest;
  // A line of only flat parts (`-`, `=`): their width is the better measure of size.
  return Math.max(median, ...boxes.map((b) => b.w / 2), 1e-9);
}
