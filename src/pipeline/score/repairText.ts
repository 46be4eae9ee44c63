export interface Choice {
  readonly symbol: string;
  readonly p: number;
}

export interface RepairOptions {
  /** Most symbols that may be swapped for an alternative. */
  readonly maxChanges?: number;
  /**
   * A repair must keep at least this share of the first reading's joint probability:
   * a confident `(` in an unfinished `(1+2` is what the user drew and stays.
   */
  readonly minRatio?: number;
}

/**
 * When the most likely symbols do not make a valid expression (`0)23` for `0123`), the
 * reading that does, among the next most likely ones, is often the one the writer meant.
 * Searches readings that swap up to `maxChanges` symbols for their alternatives, and
 * returns the index of the choice to use per symbol (0 = the first choice), keeping the
 * first reading when it is valid or when no valid one is close enough in probability.
 * `isValid` judges the symbols of a reading, so that it can read their layout too.
 */
export function repairText(
  options: readonly (readonly Choice[])[],
  isValid: (symbols: readonly string[]) => boolean,
  { maxChanges = 2, minRatio = 0.05 }: RepairOptions = {},
): number[] {
  const first = options.map(() => 0);
  const text = (pick: readonly number[]): string[] => pick.map((k, i) => options[i]![k]!.symbol);
  if (options.length < 2 || isValid(text(first))) return first;

  // log p of swapping symbol i to choice k, relative to its first choice.
  const cost = options.map((o) =>
    o.map((c) => Math.log(Math.max(c.p, 1e-12) / Math.max(o[0]!.p, 1e-12))),
  );
  const floor = Math.log(minRatio);
  let best = first;
  let bestCost = -Infinity;
  const visit = (from: number, pick: number[], total: number, changes: number): void => {
    if (total < floor || total <= bestCost) return;
    if (changes > 0 && isValid(text(pick))) {
      best = [...pick];
      bestCost = total;
      return; // further swaps only lower the probability
    }
    if (changes === maxChanges) return;
    for (let i = from; i < options.length; i++) {
      for (let k = 1; k < options[i]!.length; k++) {
        pick[i] = k;
        visit(i + 1, pick, total + cost[i]![k]!, changes + 1);
        pick[i] = 0;
      }
    }
  };
  visit(0, [...first], 0, 0);
  return best;
}
