// Exact rational numbers on bigint. The calculator promises exact answers (1÷3×3 is 1,
// not 0.9999999999), so every value stays a fraction until it is formatted for display.
//
// Invariants, kept by every constructor path: lowest terms, denominator > 0, and zero is
// always 0/1. They let `equals` compare fields directly and keep the formatter simple.

/** Thrown by `Rational.div` (and `Rational.of`) when the divisor is zero. */
export class DivisionByZeroError extends Error {
  constructor() {
    super('Division by zero.');
    this.name = 'DivisionByZeroError';
  }
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

// Plain Euclid is enough: the operations below arrange for one argument to be small
// whenever they can (cross-cancelling in mul, Knuth's trick in add), so the long
// big-by-big case only happens when both operands really are huge.
function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

function toBigInt(n: bigint | number, what: string): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`Rational ${what} must be a safe integer or a bigint, got ${n}.`);
  }
  return BigInt(n);
}

export class Rational {
  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  readonly num: bigint;
  readonly den: bigint;

  // Private so that nothing outside can build a non-normalised value; callers go through
  // `of`, which reduces.
  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  /** num/den in lowest terms. Numbers must be safe integers; a zero denominator throws. */
  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    let n = toBigInt(num, 'numerator');
    let d = toBigInt(den, 'denominator');
    if (d === 0n) throw new DivisionByZeroError();
    if (n === 0n) return Rational.ZERO;
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n, d);
    return new Rational(n / g, d / g);
  }

  add(other: Rational): Rational {
    // Knuth, TAOCP 4.5.1: reducing by gcd(den, den) first keeps the gcds small.
    const d1 = gcd(this.den, other.den);
    if (d1 === 1n) {
      return new Rational(this.num * other.den + other.num * this.den, this.den * other.den);
    }
    const t = this.num * (other.den / d1) + other.num * (this.den / d1);
    if (t === 0n) return Rational.ZERO;
    const d2 = gcd(t, d1);
    return new Rational(t / d2, (this.den / d1) * (other.den / d2));
  }

  sub(other: Rational): Rational {
    return this.add(other.neg());
  }

  mul(other: Rational): Rational {
    if (this.num === 0n || other.num === 0n) return Rational.ZERO;
    // Cross-cancel before multiplying: the product is then already in lowest terms.
    const g1 = gcd(this.num, other.den);
    const g2 = gcd(other.num, this.den);
    return new Rational((this.num / g1) * (other.num / g2), (this.den / g2) * (other.den / g1));
  }

  /** Throws DivisionByZeroError when `other` is zero. */
  div(other: Rational): Rational {
    if (other.num === 0n) throw new DivisionByZeroError();
    return this.mul(other.reciprocal());
  }

  /**
   * This to a whole power (negative: of the reciprocal). Throws DivisionByZeroError for
   * zero to a negative power; zero to the power zero is 1. The caller bounds the size
   * (evaluate estimates the digits before calling), since the result can be huge.
   */
  pow(exponent: bigint): Rational {
    if (exponent < 0n) {
      if (this.num === 0n) throw new DivisionByZeroError();
      return this.reciprocal().pow(-exponent);
    }
    // Lowest terms stay lowest terms under powers: no gcd needed.
    return new Rational(this.num ** exponent, this.den ** exponent);
  }

  /** Bits of the larger of numerator and denominator: a cheap measure of a value's size. */
  bits(): number {
    return (abs(this.num) > this.den ? abs(this.num) : this.den).toString(2).length;
  }

  neg(): Rational {
    return this.num === 0n ? this : new Rational(-this.num, this.den);
  }

  private reciprocal(): Rational {
    return this.num < 0n ? new Rational(-this.den, -this.num) : new Rational(this.den, this.num);
  }

  /** -1, 0 or 1 as this is less than, equal to or greater than `other`. */
  compare(other: Rational): -1 | 0 | 1 {
    // Denominators are positive, so cross-multiplying keeps the order.
    const l = this.num * other.den;
    const r = other.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  equals(other: Rational): boolean {
    return this.num === other.num && this.den === other.den;
  }

  sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  isInteger(): boolean {
    return this.den === 1n;
  }

  /** Debug form, `n` or `n/d`; user-facing text comes from formatValue. */
  toString(): string {
    return this.den === 1n ? `${this.num}` : `${this.num}/${this.den}`;
  }
}
