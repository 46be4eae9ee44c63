import type { Place } from '../types.ts';

interface Placed {
  readonly symbol: string;
  readonly place?: Place | undefined;
}

/**
 * Where the radicand of a `√` with no bar ends: the number right after it, and any
 * exponent raised on that number; the `√` itself when no number follows.
 */
export function bareRootEnd(symbols: readonly Placed[], root: number): number {
  const level = symbols[root]!.place?.level ?? 0;
  let end = root;
  while (/^[0-9.]$/.test(symbols[end + 1]?.symbol ?? '')) end++;
  while (end > root && (symbols[end + 1]?.place?.level ?? 0) > level) end++;
  return end;
}
