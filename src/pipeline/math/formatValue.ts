// Turns a value (an exact Rational, or an inexact Real) into the text the user sees.
//
// `value` is canonical (one spelling per number) so clients and tests can compare strings:
//   - an integer: `33`, `-4` (never `007` or `-0`);
//   - a terminating decimal when the denominator is 2^a·5^b: `2.5`, `-0.125`, however many
//     digits it takes, with no trailing zeros and no exponent;
//   - otherwise `n/d` in lowest terms with the sign on the numerator: `-262/3`.
// `approx` is only given for `n/d`, where a decimal reading helps: APPROX_DIGITS
// significant digits, rounded to nearest with ties away from zero (what people expect
// from a calculator; a tie cannot actually occur, as a value that gets an approx never
// terminates), trailing zeros kept, never in exponent notation: 10^30/3 is
// `333333333300000000000000000000`. Everything is done on bigints, since a
// Number would lose digits (or overflow to Infinity) for the huge values exact arithmetic
// can produce.

import { Rational } from './Rational.ts';
import type { Num } from './Real.ts';

export const APPROX_DIGITS = 10;

export interface FormattedValue {
  /** Null when the value is inexact. */
  readonly value: string | null;
  readonly approx: string | null;
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

// Exponent of the largest power of `p` dividing n (n > 0).
function multiplicity(n: bigint, p: bigint): number {
  if (p === 2n) return (n & -n).toString(2).length - 1;
  let count = 0;
  while (n % p === 0n) {
    n /= p;
    count++;
  }
  return count;
}

function terminatingDecimal(num: bigint, den: bigint): string | null {
  const twos = multiplicity(den, 2n);
  const fives = multiplicity(den, 5n);
  if (den !== 2n ** BigInt(twos) * 5n ** BigInt(fives)) return null;
  // num/den = num·2^(k-twos)·5^(k-fives) / 10^k, so the digits are that numerator's.
  const k = Math.max(twos, fives);
  const scaled = abs(num) * 2n ** BigInt(k - twos) * 5n ** BigInt(k - fives);
  const digits = scaled.toString().padStart(k + 1, '0');
  const intPart = digits.slice(0, digits.length - k);
  const fracPart = digits.slice(digits.length - k).replace(/0+$/, '');
  return `${num < 0n ? '-' : ''}${intPart}.${fracPart}`;
}

// floor(log10(n/d)) for n, d > 0.
function decimalExponent(n: bigint, d: bigint): number {
  const guess = n.toString().length - d.toString().length;
  // The digit-count difference is either the exponent or one more than it.
  const reaches = guess >= 0 ? n >= d * 10n ** BigInt(guess) : n * 10n ** BigInt(-guess) >= d;
  return reaches ? guess : guess - 1;
}

function approximate(num: bigint, den: bigint): string {
  const n = abs(num);
  let e = decimalExponent(n, den);
  // q ≈ n/d · 10^(digits-1-e), an integer of exactly APPROX_DIGITS digits after rounding.
  const shift = APPROX_DIGITS - 1 - e;
  const top = shift >= 0 ? n * 10n ** BigInt(shift) : n;
  const bottom = shift >= 0 ? den : den * 10n ** BigInt(-shift);
  let q = top / bottom;
  if (2n * (top % bottom) >= bottom) q++;
  if (q === 10n ** BigInt(APPROX_DIGITS)) {
    // Rounding carried into a new digit (9.9999999999 → 10.00000000).
    q /= 10n;
    e++;
  }
  const digits = q.toString();
  const sign = num < 0n ? '-' : '';
  const pointAt = e + 1; // digits before the decimal point
  if (pointAt >= digits.length) return sign + digits + '0'.repeat(pointAt - digits.length);
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

/**
 * The canonical display string of an exact value, plus a decimal approximation when it is
 * `n/d`; an inexact one has no exact string, only its approximation.
 */
export function formatValue(r: Num): FormattedValue {
  if (!(r instanceof Rational)) {
    // The Real's digits as an exact fraction, rounded as an exact value's are.
    const [digits, places = ''] = r.abs().toFixed().split('.');
    const num = BigInt(digits! + places) * BigInt(r.isNegative() ? -1 : 1);
    if (num === 0n) return { value: null, approx: '0' };
    return { value: null, approx: approximate(num, 10n ** BigInt(places.length)) };
  }
  // Rational keeps zero as 0/1, so `-0` cannot arise here.
  if (r.isInteger()) return { value: r.num.toString(), approx: null };
  const decimal = terminatingDecimal(r.num, r.den);
  if (decimal !== null) return { value: decimal, approx: null };
  return { value: `${r.num}/${r.den}`, approx: approximate(r.num, r.den) };
}
