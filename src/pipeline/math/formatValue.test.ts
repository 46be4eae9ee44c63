import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { APPROX_DIGITS, formatValue } from './formatValue.ts';
import { Real } from './Real.ts';
import { Rational } from './Rational.ts';

const r = (n: bigint | number, d: bigint | number = 1n): Rational => Rational.of(n, d);

// Reads back any of the three canonical forms (and approximations, which are decimals).
function readBack(text: string): Rational {
  let m = /^(-?)(\d+)\/(\d+)$/.exec(text);
  if (m) return r(BigInt(`${m[1]}${m[2]}`), BigInt(m[3] ?? ''));
  m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new Error(`not a formatted value: ${text}`);
  const frac = m[3] ?? '';
  return r(BigInt(`${m[1]}${m[2]}${frac}`), 10n ** BigInt(frac.length));
}

describe('formatValue', () => {
  it.each([
    [r(33), '33'],
    [r(-4), '-4'],
    [r(0), '0'],
    [r(0).neg(), '0'],
    [r(7, 1), '7'],
    [r(5, 2), '2.5'],
    [r(-1, 8), '-0.125'],
    [r(1, 10_000), '0.0001'],
    [r(25, 2), '12.5'],
    [r(-7, 20), '-0.35'],
    [r(1n, 2n ** 70n), (Number(1) / 2 ** 70).toFixed(70).replace(/0+$/, '')],
    [r(10n ** 40n + 1n, 5n ** 3n), '80000000000000000000000000000000000000.008'],
  ])('writes %s exactly as %j', (value, text) => {
    expect(formatValue(value)).toEqual({ value: text, approx: null });
  });

  it.each([
    [r(1, 3), '1/3', '0.3333333333'],
    [r(2, 3), '2/3', '0.6666666667'],
    [r(-262, 3), '-262/3', '-87.33333333'],
    [r(10, 7), '10/7', '1.428571429'],
    [r(-2, 3), '-2/3', '-0.6666666667'],
    [r(1, 30_000_000), '1/30000000', '0.00000003333333333'],
    [r(10n ** 30n, 3n), `${10n ** 30n}/3`, '333333333300000000000000000000'],
    [r(12_345_678_901, 3), '12345678901/3', '4115226300'],
    // Rounding carries into a new digit.
    [r(999_999_999_999, 1_000_000_000_001), '999999999999/1000000000001', '1.000000000'],
    [r(-99_999_999_998, 3), '-99999999998/3', '-33333333330'],
  ])('writes %s as %j ≈ %j', (value, text, approx) => {
    expect(formatValue(value)).toEqual({ value: text, approx });
  });

  it('rounds to nearest; ties cannot occur since only non-terminating values get one', () => {
    expect(
      formatValue(
        r(1, 3)
          .add(r(1, 6 * 10 ** 10))
          .neg(),
      ).approx,
    ).toBeNull();
    // Just below and just above the half-way point 0.33333333335.
    const below = r(33_333_333_335n * 3n - 1n, 3n * 10n ** 11n);
    const above = r(33_333_333_335n * 3n + 1n, 3n * 10n ** 11n);
    expect(formatValue(below).approx).toBe('0.3333333333');
    expect(formatValue(above).approx).toBe('0.3333333334');
    expect(formatValue(above.neg()).approx).toBe('-0.3333333334');
  });

  it('formats huge values from bigints without going through floating point', () => {
    const huge = r(10n ** 400n + 1n, 3n);
    const { approx } = formatValue(huge);
    expect(approx).toBe('3333333333' + '0'.repeat(390));
    const tiny = formatValue(r(1n, 3n * 10n ** 400n)).approx;
    expect(tiny).toBe(`0.${'0'.repeat(400)}3333333333`);
  });

  const rationals = fc
    .tuple(
      fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
      fc.oneof(
        fc.bigInt({ min: 1n, max: 10n ** 30n }),
        fc
          .tuple(fc.nat({ max: 60 }), fc.nat({ max: 60 }))
          .map(([a, b]) => 2n ** BigInt(a) * 5n ** BigInt(b)),
      ),
    )
    .map(([n, d]) => r(n, d));

  it('round-trips: reading the value back gives the same Rational (property)', () => {
    fc.assert(
      fc.property(rationals, (value) => {
        const { value: text } = formatValue(value);
        expect(text).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9]|\/[1-9]\d*)?$/);
        expect(readBack(text!).equals(value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('approximates to 10 significant digits, within half a unit of the last (property)', () => {
    fc.assert(
      fc.property(rationals, (value) => {
        const { value: text, approx } = formatValue(value);
        expect(approx === null).toBe(!text!.includes('/'));
        if (approx === null) return;
        const digits = approx.replace(/^-?0*\.?0*/, '').replace('.', '');
        const significant = approx.includes('.') ? digits : digits.slice(0, APPROX_DIGITS);
        expect(significant).toMatch(new RegExp(`^[1-9]\\d{${APPROX_DIGITS - 1}}$`));
        if (!approx.includes('.')) expect(digits.slice(APPROX_DIGITS)).toMatch(/^0*$/);
        expect(approx.startsWith('-')).toBe(value.sign() < 0);
        // |approx - value| ≤ ½·10^(e-9) where 10^e ≤ |approx|, checked exactly.
        const a = readBack(approx);
        const intLength = approx.replace(/^-/, '').split('.')[0]?.replace(/^0$/, '').length ?? 0;
        const leadingZeros = /^-?0\.(0*)/.exec(approx)?.[1]?.length ?? 0;
        const e = intLength > 0 ? intLength - 1 : -1 - leadingZeros;
        const ulp =
          e - (APPROX_DIGITS - 1) >= 0 ? r(10n ** BigInt(e - 9)) : r(1n, 10n ** BigInt(9 - e));
        const err = a.sub(value);
        const absErr = err.sign() < 0 ? err.neg() : err;
        expect(absErr.compare(ulp.mul(r(1, 2)))).toBeLessThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('gives an inexact value no exact string, only its ten digits', () => {
    expect(formatValue(new Real(2).sqrt())).toEqual({ value: null, approx: '1.414213562' });
    expect(formatValue(new Real(2).sqrt().neg())).toEqual({ value: null, approx: '-1.414213562' });
    expect(formatValue(new Real('1e40').plus(1).sqrt().minus('1e20'))).toEqual({
      value: null,
      approx: '0.000000000000000000005000000000',
    });
    expect(formatValue(new Real(10).pow(30).times(new Real(2).sqrt()))).toEqual({
      value: null,
      approx: '1414213562000000000000000000000',
    });
  });
});
