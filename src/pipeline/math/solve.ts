// Entry point of the parsing and evaluation stage: recognised text in, answer out.
//
// It never throws. Whatever the recogniser (or a caller typing text) hands over, the
// answer comes back as data, because a half-recognised drawing is the normal case, not
// an exceptional one, and every client has to show something for it.
//
// Forms accepted:
//   `12+7×3`    → value 33
//   `12+7×3=`   → value 33 (a trailing '=' just asks for the answer)
//   `2+2=4`     → value 4, check true: the left side is the answer, the right side is
//                 what the user claims it to be, compared exactly
//   `0.1+0.2`   → value 0.3: decimals are exact
//   `200+10%`   → value 220: the right operand of + or - as a share of the left side, as
//                 everyday calculators read it; `200×92%` → 184: elsewhere `%` is ÷100
//   `√16`       → value 4; `√2` → value null, approx 1.414213562 (no exact form);
//   `2^10`      → value 1024; `10^-3` → 0.001; `-3^2` → -9 (a raised exponent is written
//                 `^` in the text, its brackets marks of the layout: see TextOrigin)
// Error codes (ResultErrorCode, see errors.ts): `unreadable-symbol` (a '?' in the text),
// `syntax`, `division-by-zero`, `percent-without-number`, `too-large`, `not-real`, and `internal` for a bug in this stage (which should never
// happen, but must not escape).

import { resultError, type ResultError, type ResultErrorCode } from '../errors.ts';
import { evaluate } from './evaluate.ts';
import { formatValue } from './formatValue.ts';
import { sameNum } from './Real.ts';
import { parse } from './parse.ts';
import { ExpressionError, tokenize, type TextOrigin } from './tokenize.ts';

export interface Solution {
  /**
   * Canonical exact value of the left-hand side (see formatValue), or null: when there is
   * no answer (see `error`), or when the answer has no exact form (`√2`; see `approx`).
   */
  readonly value: string | null;
  /**
   * Ten significant digits of the answer when `value` is a fraction `n/d` or when the
   * answer is inexact (`value` null, `√2` ≈ 1.414213562), else null.
   */
  readonly approx: string | null;
  /** For `a=b`: whether a equals b exactly; null when there is no right-hand side. */
  readonly check: boolean | null;
  readonly error: ResultError | null;
}

function failure(code: ResultErrorCode, message: string): Solution {
  return { value: null, approx: null, check: null, error: resultError(code, message) };
}

/**
 * Parses and evaluates recognised text. Never throws; failures come back in `error`.
 * `origins` says which drawn symbol each character of the text is (by default character
 * i is symbol i), so that messages count symbols when the text holds layout marks.
 */
export function solve(text: string, origins?: readonly TextOrigin[]): Solution {
  // The signature says string, but this sits behind network and UI boundaries.
  if (typeof text !== 'string') {
    return failure('syntax', 'The recognised text is missing; draw the calculation again.');
  }
  if (text.length === 0) return { value: null, approx: null, check: null, error: null };
  try {
    const statement = parse(tokenize(text, origins));
    const left = evaluate(statement.left);
    const check = statement.right === null ? null : sameNum(left, evaluate(statement.right));
    const { value, approx } = formatValue(left);
    return { value, approx, check, error: null };
  } catch (err) {
    if (err instanceof ExpressionError) return failure(err.code, err.message);
    // Includes RangeError from the engine (e.g. a BigInt too large to allocate).
    const detail = err instanceof Error ? err.message : String(err);
    return failure('internal', `The calculation could not be completed (${detail}); try again.`);
  }
}
