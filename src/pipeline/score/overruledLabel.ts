import { OVERRULED_FROM } from '../tuning.ts';

/**
 * Whether context turned a symbol from the label the model held likeliest (with at least
 * OVERRULED_FROM of its probability) to another: a steep stroke the model took for `/`, read
 * as `1` because slashes are rare in numbers, is a guess that the answer must own up to.
 */
export function isOverruled(
  before: ArrayLike<number>,
  labels: readonly string[],
  read: string,
): boolean {
  let top = 0;
  for (let i = 1; i < before.length; i++) if (before[i]! > before[top]!) top = i;
  return labels[top] !== read && before[top]! >= OVERRULED_FROM;
}
