import { ANSWER_UNSURE_BELOW, SETTLED_UNSURE_BELOW } from '../tuning.ts';
import { isUnsureSymbol } from './isUnsureSymbol.ts';

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
}

/**
 * Whether an answer rests on a reading to check rather than a fact: a symbol unreadable or below
 * ANSWER_UNSURE_BELOW (SETTLED_UNSURE_BELOW where its shape settles it), a repaired reading, a dot
 * read into another symbol or a dot that may be a speck, a symbol that context read against the
 * model's word where that word reads too, a structure near its limits, a number with a
 * leading zero, or a number alone asked for its value. The page's per-symbol
 * marks (isUnsureSymbol) are stricter: they point at what to check, and marking a symbol costs
 * less than doubting an answer.
 */
export function isUnsureReading(d: ReadingDoubts): boolean {
  return (
    d.repaired ||
    d.swallowedDot ||
    d.speckDot === true ||
    d.overruled ||
    d.layout ||
    d.leadingZero === true ||
    d.bareNumber === true ||
    d.symbols.some((s) =>
      isUnsureSymbol(s, settled(s) ? SETTLED_UNSURE_BELOW : ANSWER_UNSURE_BELOW),
    )
  );
}

/**
 * A `=` or a `%` of several pieces is settled by its shape more than by the model's word; a
 * `%` of one or two pieces may be two digits a thick pen joined, and a lone `-` in a photo a
 * scrap of a ruled line.
 */
function settled(s: { readonly symbol: string; readonly pieces?: number }): boolean {
  const pieces = s.pieces ?? 1;
  return (s.symbol === '=' && pieces > 1) || (s.symbol === '%' && pieces > 2);
}
