import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DivisionByZeroError, Rational } from './Rational.ts';

const bigints = fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n });
const nonZero = bigints.filter((n) => n !== 0n);
const rationals = fc.tuple(bigints, nonZero).map(([n, d]) => Rational.of(n, d));
const nonZeroRationals = rationals.filter((r) => !r.isZero());

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function isNormalised(r: Rational): boolean {
  return r.den > 0n && gcd(r.num, r.den) === 1n && (r.num !== 0n || r.den === 1n);
}

describe('Rational', () => {
  it('reduces to lowest terms with a positive denominator', () => {
    expect(Rational.of(6, 8).toString()).toBe('3/4');
    expect(Rational.of(6, -8).toString()).toBe('-3/4');
    expect(Rational.of(-6, -8).toString()).toBe('3/4');
    expect(Rational.of(0, -5)).toBe(Rational.ZERO);
    expect(Rational.of(10n, 5n).toString()).toBe('2');
  });

  it('rejects a zero denominator and non-integer numbers', () => {
    expect(() => Rational.of(1, 0)).toThrow(DivisionByZeroError);
    expect(() => Rational.of(1.5)).toThrow(RangeError);
    expect(() => Rational.of(2 ** 60)).toThrow(RangeError);
  });

  it('does the four operations exactly', () => {
    const third = Rational.of(1, 3);
    const sixth = Rational.of(1, 6);
    expect(third.add(sixth).toString()).toBe('1/2');
    expect(third.sub(third)).toBe(Rational.ZERO);
    expect(third.sub(sixth).toString()).toBe('1/6');
    expect(third.mul(Rational.of(3)).equals(Rational.ONE)).toBe(true);
    expect(Rational.of(-2, 3).div(Rational.of(-4, 9)).toString()).toBe('3/2');
    expect(Rational.of(2, 3).div(Rational.of(-4, 9)).toString()).toBe('-3/2');
    expect(Rational.of(5).neg().toString()).toBe('-5');
    expect(Rational.ZERO.neg()).toBe(Rational.ZERO);
  });

  it('throws DivisionByZeroError on division by zero', () => {
    expect(() => Rational.ONE.div(Rational.ZERO)).toThrow(DivisionByZeroError);
    expect(() => Rational.ONE.div(Rational.of(3).sub(Rational.of(3)))).toThrow(DivisionByZeroError);
  });

  it('compares, tests equality, sign and integrality', () => {
    expect(Rational.of(1, 3).compare(Rational.of(1, 2))).toBe(-1);
    expect(Rational.of(-1, 3).compare(Rational.of(-1, 2))).toBe(1);
    expect(Rational.of(2, 4).compare(Rational.of(1, 2))).toBe(0);
    expect(Rational.of(2, 4).equals(Rational.of(1, 2))).toBe(true);
    expect(Rational.of(-7, 2).sign()).toBe(-1);
    expect(Rational.ZERO.sign()).toBe(0);
    expect(Rational.of(4, 2).isInteger()).toBe(true);
    expect(Rational.of(3, 2).isInteger()).toBe(false);
  });

  it('multiplies 200-digit numbers quickly', () => {
    const a = Rational.of(10n ** 200n - 1n, 7n);
    const b = Rational.of(10n ** 200n + 3n, 11n);
    const start = performance.now();
    for (let i = 0; i < 1000; i++) a.mul(b).add(a).div(b);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  describe('laws (property)', () => {
    it('results are always normalised', () => {
      fc.assert(
        fc.property(rationals, rationals, (a, b) => {
          for (const r of [a, b, a.add(b), a.sub(b), a.mul(b), a.neg()]) {
            expect(isNormalised(r)).toBe(true);
          }
          if (!b.isZero()) expect(isNormalised(a.div(b))).toBe(true);
        }),
      );
    });

    it('addition and multiplication commute', () => {
      fc.assert(
        fc.property(rationals, rationals, (a, b) => {
          expect(a.add(b).equals(b.add(a))).toBe(true);
          expect(a.mul(b).equals(b.mul(a))).toBe(true);
        }),
      );
    });

    it('addition and multiplication associate', () => {
      fc.assert(
        fc.property(rationals, rationals, rationals, (a, b, c) => {
          expect(
            a
              .add(b)
              .add(c)
              .equals(a.add(b.add(c))),
          ).toBe(true);
          expect(
            a
              .mul(b)
              .mul(c)
              .equals(a.mul(b.mul(c))),
          ).toBe(true);
        }),
      );
    });

    it('multiplication distributes over addition', () => {
      fc.assert(
        fc.property(rationals, rationals, rationals, (a, b, c) => {
          expect(a.mul(b.add(c)).equals(a.mul(b).add(a.mul(c)))).toBe(true);
        }),
      );
    });

    it('a ÷ b × b = a and a - b + b = a', () => {
      fc.assert(
        fc.property(rationals, nonZeroRationals, (a, b) => {
          expect(a.div(b).mul(b).equals(a)).toBe(true);
          expect(a.sub(b).add(b).equals(a)).toBe(true);
        }),
      );
    });

    it('compare agrees with the sign of the difference', () => {
      fc.assert(
        fc.property(rationals, rationals, (a, b) => {
          expect(a.compare(b)).toBe(a.sub(b).sign());
          expect(a.equals(b)).toBe(a.compare(b) === 0);
        }),
      );
    });
  });

  it('raises to whole powers exactly, negative ones through the reciprocal', () => {
    expect(Rational.of(2).pow(10n).toString()).toBe('1024');
    expect(Rational.of(-2, 3).pow(3n).toString()).toBe('-8/27');
    expect(Rational.of(10).pow(-3n).toString()).toBe('1/1000');
    expect(Rational.of(-2, 3).pow(-1n).toString()).toBe('-3/2');
    expect(Rational.ZERO.pow(0n)).toEqual(Rational.ONE);
    expect(() => Rational.ZERO.pow(-1n)).toThrow(DivisionByZeroError);
  });

  it('keeps powers normalised and agrees with repeated multiplication', () => {
    fc.assert(
      fc.property(nonZeroRationals, fc.integer({ min: -6, max: 6 }), (r, e) => {
        const p = r.pow(BigInt(e));
        expect(isNormalised(p)).toBe(true);
        let product = Rational.ONE;
        for (let k = 0; k < Math.abs(e); k++) product = product.mul(r);
        expect(p.equals(e < 0 ? Rational.ONE.div(product) : product)).toBe(true);
      }),
    );
  });

  it('measures its size in bits of the larger term', () => {
    expect(Rational.ZERO.bits()).toBe(1);
    expect(Rational.of(255, 2).bits()).toBe(8);
    expect(Rational.of(-1, 256).bits()).toBe(9);
  });
});
