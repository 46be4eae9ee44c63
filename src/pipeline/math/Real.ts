import Decimal from 'decimal.js';
import { Rational } from './Rational.ts';

/**
 * Inexact values (`√2`, `2^0.5`), computed with arbitrary-precision decimals rather than
 * doubles, which lose the digits of `√(10^40+1)-10^20` and overflow past 1e308. Sixty
 * significant digits leave the ten the answer shows correct through such cancellations.
 */
export const Real = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
export type Real = InstanceType<typeof Real>;

/** A value of a calculation: exact while the arithmetic allows, else a Real. */
export type Num = Rational | Real;

export function toReal(v: Num): Real {
  return v instanceof Rational ? new Real(v.num.toString()).div(v.den.toString()) : v;
}

/** Significant digits two inexact values must share to count as equal (`√2×√2=2`). */
export const EQUAL_DIGITS = 12;

/** Whether two values are equal: exactly when both are exact, else to EQUAL_DIGITS. */
export function sameNum(a: Num, b: Num): boolean {
  if (a instanceof Rational && b instanceof Rational) return a.equals(b);
  const [x, y] = [toReal(a), toReal(b)];
  const scale = Real.max(x.abs(), y.abs());
  return x
    .minus(y)
    .abs()
    .lte(scale.times(`1e-${EQUAL_DIGITS}`));
}

/** The integer r with r^n = x (x >= 0), or null when there is none. */
export function exactRoot(x: bigint, n: number): bigint | null {
  if (x < 0n) return null;
  if (x < 2n) return x;
  const k = BigInt(n);
  // Newton's method from above: a start past the root, then monotone descent.
  let r = 1n << BigInt(Math.ceil(x.toString(2).length / n));
  for (;;) {
    const next = ((k - 1n) * r + x / r ** (k - 1n)) / k;
    if (next >= r) break;
    r = next;
  }
  return r ** k === x ? r : null;
}
