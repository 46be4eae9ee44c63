/** Scoring for `npm run eval`: accuracy on a split, per-class recall, top confusions. */

export interface Outcome {
  readonly truth: string;
  readonly got: string;
}

export interface SplitScore {
  readonly n: number;
  readonly correct: number;
  readonly accuracy: number;
}

export interface SetScore {
  readonly whole: SplitScore;
  /** Items at even positions (0, 2, 4…): the only ones thresholds may be tuned on. */
  readonly even: SplitScore;
  /** Items at odd positions: never looked at while tuning. */
  readonly odd: SplitScore;
  readonly recall: Record<string, SplitScore>;
  readonly confusions: ReadonlyArray<{ truth: string; got: string; count: number }>;
}

/**
 * `positions`: each outcome's position in its file, when the outcomes are a subset of it
 * (even and odd are the file's positions, not the subset's); by default 0, 1, 2…
 */
export function score(
  outcomes: readonly Outcome[],
  positions?: readonly number[],
  topConfusions = 8,
): SetScore {
  const split = (keep: (i: number) => boolean): SplitScore => {
    let n = 0;
    let correct = 0;
    outcomes.forEach((o, i) => {
      if (!keep(positions?.[i] ?? i)) return;
      n++;
      if (o.got === o.truth) correct++;
    });
    return { n, correct, accuracy: n === 0 ? 0 : correct / n };
  };
  const byClass = new Map<string, Outcome[]>();
  const confusions = new Map<string, number>();
  for (const o of outcomes) {
    byClass.set(o.truth, [...(byClass.get(o.truth) ?? []), o]);
    if (o.got !== o.truth)
      confusions.set(
        `${o.truth}\u0000${o.got}`,
        (confusions.get(`${o.truth}\u0000${o.got}`) ?? 0) + 1,
      );
  }
  const recall: Record<string, SplitScore> = {};
  for (const [label, list] of [...byClass].sort(([a], [b]) => a.localeCompare(b))) {
    const correct = list.filter((o) => o.got === o.truth).length;
    recall[label] = { n: list.length, correct, accuracy: correct / list.length };
  }
  return {
    whole: split(() => true),
    even: split((i) => i % 2 === 0),
    odd: split((i) => i % 2 === 1),
    recall,
    confusions: [...confusions]
      .sort((a, b) => b[1] - a[1])
      .slice(0, topConfusions)
      .map(([k, count]) => {
        const [truth, got] = k.split('\u0000') as [string, string];
        return { truth, got, count };
      }),
  };
}

export const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;
