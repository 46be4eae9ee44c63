import type { InkBox } from './types.ts';

/**
 * The height of a digit on this line: the median height of the parts that are at least
 * half as tall as the tallest, so that `-` and dots do not shrink it.
 */
export function estimateLineHeight(boxes: readonly InkBox[]): number {
  if (boxes.length === 0) return 0;
  const tallest = Math.max(...boxes.map((b) => b.h));
  const tall = boxes
    .map((b) => b.h)
    .filter((h) => h >= tallest / 2)
    .sort((a, b) => a - b);
  const median = tall[Math.floor(tall.length / 2)] ?? tallest;
  // A line of only flat parts (`-`, `=`): their width is the better measure of size.
  return Math.max(median, ...boxes.map((b) => b.w / 2), 1e-9);
}
