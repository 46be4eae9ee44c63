import { OVERRULED_FROM } from '../tuning.ts';

/**
 * The label the model held likeliest (with at least OVERRULED_FROM of its probability) when
 * context read another, else null: a steep stroke the model took for `/`, read as `1`
 * because slashes are rare in numbers, is a guess that the answer must own up to.
 */
export function overruledLabel(
  before: ArrayLike<number>,
  labels: readonly string[],
  read: string,
): string | null {
  let top = 0;
  for (let i = 1; i < before.length; i++) if (before[i]! > before[top]!) top = i;
  return labels[top] !== read && before[top]! >= OVERRULED_FROM ? labels[top]! : null;
}
