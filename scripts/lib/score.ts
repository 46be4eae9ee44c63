/** Scoring for `npm run eval`: accuracy on a split, per-class recall, top confusions. */

export interface Outcome {
  readonly truth: string;
  readonly got: string;
  /** Rows scored by value: whether the reply gave a number (`value` or `approx`). */
  readonly answered?: boolean;
  /** Rows scored by value: whether that number is the truth (sameNumber); else got === truth. */
  readonly correct?: boolean;
  /** Rows scored by value: whether the reply said its reading is unsure (`unsure`). */
  readonly flagged?: boolean;
  /** How many lines of writing the reply found (its `lines`). */
  readonly lines?: number;
}

/**
 * How the answers of a row scored by value split: a wrong answer is worse than none, and a
 * wrong answer shown as sure is the worst. `wrongFlagged` of the `wrong` and `rightFlagged`
 * of the `right` came with `unsure` set (flagging everything would be no trust either).
 */
export interface Answers {
  readonly right: number;
  readonly wrong: number;
  readonly unanswered: number;
  readonly wrongFlagged: number;
  readonly rightFlagged: number;
}

export interface SplitScore {
  readonly n: number;
  readonly correct: number;
  readonly accuracy: number;
  /** Only on rows scored by value. */
  readonly answers?: Answers;
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

const isCorrect = (o: Outcome): boolean => o.correct ?? o.got === o.truth;

/**
 * `positions`: each outcome's position in its file, when the outcomes are a subset of it
 * (even and odd are the file's positions, not the subset's); by default 0, 1, 2…
 */
export function score(
  outcomes: readonly Outcome[],
  positions?: readonly number[],
  topConfusions = 8,
): SetScore {
  const valued = outcomes.some((o) => o.answered !== undefined);
  const split = (keep: (i: number) => boolean): SplitScore => {
    let n = 0;
    let correct = 0;
    let answered = 0;
    let wrongFlagged = 0;
    let rightFlagged = 0;
    outcomes.forEach((o, i) => {
      if (!keep(positions?.[i] ?? i)) return;
      n++;
      if (isCorrect(o)) correct++;
      if (o.answered) answered++;
      if (o.flagged && o.answered) {
        if (isCorrect(o)) rightFlagged++;
        else wrongFlagged++;
      }
    });
    const accuracy = n === 0 ? 0 : correct / n;
    if (!valued) return { n, correct, accuracy };
    return {
      n,
      correct,
      accuracy,
      answers: {
        right: correct,
        wrong: answered - correct,
        unanswered: n - answered,
        wrongFlagged,
        rightFlagged,
      },
    };
  };
  const byClass = new Map<string, Outcome[]>();
  const confusions = new Map<string, number>();
  for (const o of outcomes) {
    byClass.set(o.truth, [...(byClass.get(o.truth) ?? []), o]);
    if (!isCorrect(o))
      confusions.set(
        `${o.truth}\u0000${o.got}`,
        (confusions.get(`${o.truth}\u0000${o.got}`) ?? 0) + 1,
      );
  }
  const recall: Record<string, SplitScore> = {};
  for (const [label, list] of [...byClass].sort(([a], [b]) => a.localeCompare(b))) {
    const correct = list.filter(isCorrect).length;
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

/**
 * Whether two numbers written as an integer, a decimal or `n/d` agree to a relative 1e-6,
 * the tolerance of the evaluation sets' rounded values.
 */
export function sameNumber(a: string, b: string): boolean {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x === null || y === null) return false;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return a === b;
  return Math.abs(x - y) <= 1e-6 * Math.max(Math.abs(x), Math.abs(y));
}

function toNumber(s: string): number | null {
  const m = /^(-?\d*\.?\d+)(?:\/(\d+))?$/.exec(s.trim());
  if (!m) return null;
  return Number(m[1]) / (m[2] === undefined ? 1 : Number(m[2]));
}

export const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;
