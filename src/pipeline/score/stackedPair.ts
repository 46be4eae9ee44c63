import type { InkBox } from '../types.ts';

/**
 * Two parts as one above the other, as the bars of a `=` stand: the upper (the one starting
 * higher), the lower, and how far they overlap across (negative when they stand apart).
 */
export function stackedPair(
  parts: readonly InkBox[],
): { upper: InkBox; lower: InkBox; across: number } | null {
  if (parts.length !== 2) return null;
  const [upper, lower] =
    parts[0]!.y <= parts[1]!.y ? [parts[0]!, parts[1]!] : [parts[1]!, parts[0]!];
  const across = Math.min(upper.x + upper.w, lower.x + lower.w) - Math.max(upper.x, lower.x);
  return { upper, lower, across };
}
