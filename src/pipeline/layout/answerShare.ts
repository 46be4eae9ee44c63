import { isDoubtfulSymbol } from '../score/isDoubtfulSymbol.ts';
import { UNREADABLE } from '../score/symbolClasses.ts';
import { MAX_SHARED_DOUBTS } from '../tuning.ts';
import type { Alternative } from '../types.ts';
import { solveReading, type ReadingOptions } from './solveReading.ts';

export interface ShareSymbol {
  readonly symbol: string;
  readonly confidence: number;
  readonly alternatives: readonly Alternative[];
  readonly box: readonly [number, number, number, number];
  /** Strokes or picture parts it is made of (one if not given). */
  readonly pieces?: number;
}

/** A reading that is a calculation without an answer to compare: an error, or one unfinished. */
const ANOTHER = Symbol('another answer');
/** A reading's answer, ANOTHER, or undefined for no calculation at all. */
type Outcome = string | typeof ANOTHER | undefined;

/**
 * How much of a line's doubt leaves its answer standing: the doubtful symbols' readings
 * (isDoubtfulSymbol; each one's choice and its alternatives, combined) are weighed by their
 * probabilities; those that read as no calculation are set aside, since the writer wrote
 * one; the share of the rest that gives the chosen reading's answer is returned. A `)` that
 * closes nothing thus doubts no answer, and a `*` read for a `×` changes none. Readings
 * still being written (a `(` opened), results that are errors (a division by zero) and what
 * the alternatives leave unnamed count against the answer. 1 when no symbol is doubtful;
 * 0 when the chosen reading has no answer or too many symbols are doubtful to weigh.
 */
export function answerShare(symbols: readonly ShareSymbol[], options: ReadingOptions = {}): number {
  const doubtful = symbols.flatMap((s, j) => (isDoubtfulSymbol(s) ? [j] : []));
  if (doubtful.length === 0) return 1;
  if (doubtful.length > MAX_SHARED_DOUBTS) return 0;
  if (doubtful.some((j) => symbols[j]!.symbol === UNREADABLE)) return 0;
  const chosen = symbols.map((s) => s.symbol);
  const outcome = (read: readonly string[]): Outcome => {
    const solved = solveReading(
      symbols.map((s, j) => ({ symbol: read[j]!, box: s.box })),
      options,
    );
    if (solved.error === null) return `${solved.value} ${solved.approx} ${solved.check}`;
    if (solved.error.code !== 'syntax') return ANOTHER;
    return read.some((symbol, j) => symbol === '(' && chosen[j] !== '(') ? ANOTHER : undefined;
  };
  const answer = outcome(chosen);
  if (answer === undefined || answer === ANOTHER) return 0;
  let same = 0;
  let weighed = 0;
  const weigh = (n: number, read: string[], p: number): void => {
    if (n === doubtful.length) {
      const got = outcome(read);
      if (got !== undefined) weighed += p;
      if (got === answer) same += p;
      return;
    }
    const j = doubtful[n]!;
    const s = symbols[j]!;
    const readings = [{ symbol: s.symbol, p: s.confidence }, ...s.alternatives];
    for (const r of readings) {
      const next = [...read];
      next[j] = r.symbol;
      weigh(n + 1, next, p * r.p);
    }
    // What the alternatives leave unnamed may be anything.
    weighed += p * Math.max(0, 1 - readings.reduce((sum, r) => sum + r.p, 0));
  };
  weigh(0, [...chosen], 1);
  return weighed > 0 ? same / weighed : 0;
}
