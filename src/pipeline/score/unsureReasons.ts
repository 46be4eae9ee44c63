import { ANSWER_UNSURE_BELOW } from '../tuning.ts';
import type { Doubt } from '../types.ts';
import { isDoubtfulSymbol } from './isDoubtfulSymbol.ts';

export interface ReadingDoubts {
  readonly symbols: readonly {
    readonly symbol: string;
    readonly confidence: number;
    /** Strokes or picture parts it is made of (one if not given). */
    readonly pieces?: number;
  }[];
  /** The sequence step swapped a symbol for a second reading to make the text valid. */
  readonly repaired: boolean;
  /** A free dot was read into another symbol (swallowsDot). */
  readonly swallowedDot: boolean;
  /** A dot or a minus was read that may be a touch of the pen in passing (isSpeckDot). */
  readonly speckDot?: boolean;
  /**
   * Context read a symbol other than the model's convinced favourite, and the favourite would
   * read as a calculation too (overruledLabel).
   */
  readonly overruled: boolean;
  /** The structure (an exponent or not) would read otherwise if written a little otherwise. */
  readonly layout: boolean;
  /** A number reads with a leading zero, as no one writes it (hasLeadingZero). */
  readonly leadingZero?: boolean;
  /** The reading asks for the value of a number alone (isBareNumber). */
  readonly bareNumber?: boolean;
  /**
   * A picture reads as a number alone (isLoneNumber) with a blob read whole that splitRaised
   * offered as base and exponent: the exponent may be lost in it.
   */
  readonly lostExponent?: boolean;
  /** A number alone led by a `1` that may be a root's sign drawn without a bar (isRootAsOne). */
  readonly rootAsOne?: boolean;
  /** The reading has two operators in a row, as no one writes them (hasOperatorRun). */
  readonly operatorRun?: boolean;
  /** The reading holds a number alone in brackets, as no one writes it (hasBracketedNumber). */
  readonly bracketedNumber?: boolean;
  /**
   * The share of the doubtful symbols' readings that calculate and give this answer
   * (answerShare), asked for only when no other doubt settles the question, since weighing
   * the readings parses each; without it, any doubtful symbol doubts the answer.
   */
  readonly answerShare?: () => number;
}

/**
 * Why an answer rests on a reading to check rather than a fact, in this order: a repaired
 * reading, a dot read into another symbol or a dot that may be a speck, a symbol that context
 * read against the model's word where that word reads too, a structure near its limits, or
 * what no one writes: a number with a leading zero, a number alone asked for its value, a
 * number alone read from a picture's blob that was offered as base and exponent, or led by a
 * `1` the model also took for a root's sign, two operators in a row, a number alone in
 * brackets; and last, doubtful symbols (isDoubtfulSymbol) whose readings that calculate give
 * this answer less than ANSWER_UNSURE_BELOW of the time, weighed only when nothing before has
 * doubted the answer. Empty: the answer is sure.
 * The page's per-symbol marks (isUnsureSymbol) are stricter: they point at what to check, and
 * marking a symbol costs less than doubting an answer.
 */
export function unsureReasons(d: ReadingDoubts): Doubt[] {
  const found: Doubt[] = [];
  const flags: [boolean | undefined, Doubt][] = [
    [d.repaired, 'repaired'],
    [d.swallowedDot, 'swallowed-dot'],
    [d.speckDot, 'speck-dot'],
    [d.overruled, 'overruled'],
    [d.layout, 'layout'],
    [d.leadingZero, 'leading-zero'],
    [d.bareNumber, 'bare-number'],
    [d.lostExponent, 'lost-exponent'],
    [d.rootAsOne, 'root-as-one'],
    [d.operatorRun, 'operator-run'],
    [d.bracketedNumber, 'bracketed-number'],
  ];
  for (const [on, doubt] of flags) if (on === true) found.push(doubt);
  if (
    found.length === 0 &&
    d.symbols.some(isDoubtfulSymbol) &&
    (d.answerShare?.() ?? 0) < ANSWER_UNSURE_BELOW
  )
    found.push('symbols');
  return found;
}
