// Walks the AST with exact Rational arithmetic while it can: a root or a power that has no
// rational value (`√2`, `2^0.5`) is computed as a Real, and so is everything it touches.
//
// The walk uses an explicit stack rather than recursion: the parser caps bracket and sign
// nesting, but a left-associative chain such as 1+1+…+1 is as deep as it is long, and the
// evaluator must not be the place where long input overflows the call stack.

import type { Expr } from './parse.ts';
import { Rational } from './Rational.ts';
import { exactRoot, Real, toReal, type Num } from './Real.ts';
import { ExpressionError, type BinaryOp } from './tokenize.ts';

type Frame = { readonly expr: Expr; readonly visited: boolean };

const HUNDRED = Rational.of(100n);

/**
 * The most decimal digits a value may hold (numerator or denominator, or an inexact
 * value's digits before or after the point): far beyond what a page can show, yet every
 * step up to it takes milliseconds. A power is refused from its estimated size before it
 * is computed, so `9^9^9` costs nothing.
 */
export const MAX_DIGITS = 10_000;
const MAX_BITS = Math.ceil(MAX_DIGITS * Math.log2(10));

function tooLarge(what: string, pos: number): ExpressionError {
  return new ExpressionError(
    'too-large',
    `${what} at symbol ${pos + 1} has more than ${MAX_DIGITS} digits, too many to write out; make it smaller.`,
    pos,
  );
}

/** log10 of a value's size (the larger of numerator and denominator for an exact one). */
function log10Size(v: Num): number {
  if (!(v instanceof Rational)) return v.isZero() ? 0 : Math.abs(v.abs().log(10).toNumber());
  const abs = v.num < 0n ? -v.num : v.num;
  const big = abs > v.den ? abs : v.den;
  const shift = Math.max(0, v.bits() - 53);
  return (Math.log2(Number(big >> BigInt(shift))) + shift) / Math.log2(10);
}

function sign(v: Num): number {
  return v instanceof Rational ? v.sign() : v.isZero() ? 0 : v.isNegative() ? -1 : 1;
}

/** `base` to the power `exponent`, refused before computing when it would be too large. */
function power(base: Num, exponent: Num, pos: number): Num {
  if (base.isZero() && sign(exponent) < 0) {
    throw new ExpressionError(
      'division-by-zero',
      `The exponent at symbol ${pos + 1} is negative, and zero to a negative power divides by zero; change the base or the exponent.`,
      pos,
    );
  }
  if (base.isZero()) return sign(exponent) === 0 ? Rational.ONE : Rational.ZERO;
  const whole = exponent instanceof Rational && exponent.isInteger();
  // 1 and -1 stay small under any whole power, however large.
  if (whole && base instanceof Rational && base.den === 1n && (base.num === 1n || base.num === -1n))
    return base.num === 1n || exponent.num % 2n === 0n ? Rational.ONE : base;
  const e =
    exponent instanceof Rational
      ? Number(exponent.num) / Number(exponent.den)
      : exponent.toNumber();
  if (!Number.isFinite(e) || log10Size(base) * Math.abs(e) > MAX_DIGITS)
    throw tooLarge('The power', pos);
  if (whole && base instanceof Rational) return base.pow(exponent.num);
  if (sign(base) < 0 && !whole) {
    throw new ExpressionError(
      'not-real',
      `The exponent at symbol ${pos + 1} is a fraction and its base is negative: that is no real number. Change the base or the exponent.`,
      pos,
    );
  }
  // A rational power p/q of a rational base is exact when the base is a perfect q-th power.
  if (base instanceof Rational && exponent instanceof Rational && exponent.den <= 64n) {
    const q = Number(exponent.den);
    const [n, d] = [exactRoot(base.num, q), exactRoot(base.den, q)];
    if (n !== null && d !== null) return Rational.of(n, d).pow(exponent.num);
  }
  return fitted(toReal(base).pow(toReal(exponent)), 'The power', pos);
}

/** The square root of `v`, exact when it is a perfect square. */
function root(v: Num, pos: number): Num {
  if (sign(v) < 0) {
    throw new ExpressionError(
      'not-real',
      `The '√' at symbol ${pos + 1} takes the root of a negative number, which is no real number; change what is under it.`,
      pos,
    );
  }
  if (v instanceof Rational) {
    const [n, d] = [exactRoot(v.num, 2), exactRoot(v.den, 2)];
    if (n !== null && d !== null) return Rational.of(n, d);
  }
  return toReal(v).sqrt();
}

/** An inexact result, refused when it has too many digits to write out. */
function fitted(v: Real, what: string, pos: number): Real {
  if (!v.isFinite() || Math.abs(v.e) > MAX_DIGITS) throw tooLarge(what, pos);
  return v;
}

function divisionByZero(op: Operator): ExpressionError {
  const at = `at symbol ${op.pos + 1} divides by zero`;
  return new ExpressionError(
    'division-by-zero',
    op.bar
      ? `The fraction bar ${at}: its denominator is 0. Change what stands under the bar.`
      : `The '${op.glyph}' ${at}; change what comes after it.`,
    op.pos,
  );
}

/**
 * The value of `expr`: a Rational when exact, else a Real. Throws ExpressionError with
 * code `division-by-zero` (pointing at the '÷', the fraction bar or the exponent),
 * `not-real` (a root of a negative number) or `too-large`.
 */
export function evaluate(expr: Expr): Num {
  // Post-order: a node is pushed once to schedule its children and again (visited) to
  // combine their values, which by then sit on top of `values`.
  const work: Frame[] = [{ expr, visited: false }];
  const values: Num[] = [];

  for (let frame = work.pop(); frame !== undefined; frame = work.pop()) {
    const node = frame.expr;
    switch (node.kind) {
      case 'number':
        values.push(Rational.of(node.value, 10n ** BigInt(node.places ?? 0)));
        break;
      case 'percent':
      case 'negate':
      case 'root':
        if (!frame.visited) {
          work.push({ expr: node, visited: true }, { expr: node.operand, visited: false });
        } else {
          const v = pop(values);
          values.push(
            node.kind === 'percent'
              ? divide(v, HUNDRED)
              : node.kind === 'negate'
                ? v.neg()
                : root(v, node.pos),
          );
        }
        break;
      case 'power':
        if (!frame.visited) {
          work.push(
            { expr: node, visited: true },
            { expr: node.exponent, visited: false },
            { expr: node.base, visited: false },
          );
        } else {
          const exponent = pop(values);
          values.push(power(pop(values), exponent, node.pos));
        }
        break;
      case 'binary':
        if (!frame.visited) {
          // Right is pushed first so that left is evaluated (and lands on `values`) first.
          work.push(
            { expr: node, visited: true },
            { expr: node.right, visited: false },
            { expr: node.left, visited: false },
          );
        } else {
          const right = pop(values);
          const left = pop(values);
          // `a + b%` and `a - b%` add or take away b percent of a, as everyday calculators
          // do; anywhere else `%` is ÷100 (the right operand's value is already b/100).
          const share = (node.op === '+' || node.op === '-') && node.right.kind === 'percent';
          const result = apply(node, left, share ? times(left, right) : right);
          // Products of large powers grow past any bound one by one; stop them here.
          const what = node.bar ? 'The fraction' : `The result of the '${node.glyph}'`;
          if (result instanceof Rational) {
            if (result.bits() > MAX_BITS) throw tooLarge(what, node.pos);
            values.push(result);
          } else values.push(fitted(result, what, node.pos));
        }
        break;
    }
  }
  return pop(values);
}

function times(a: Num, b: Num): Num {
  return a instanceof Rational && b instanceof Rational ? a.mul(b) : toReal(a).times(toReal(b));
}

function divide(a: Num, b: Num): Num {
  return a instanceof Rational && b instanceof Rational ? a.div(b) : toReal(a).div(toReal(b));
}

interface Operator {
  readonly op: BinaryOp;
  readonly glyph: string;
  readonly bar?: true;
  readonly pos: number;
}

function apply(operator: Operator, left: Num, right: Num): Num {
  const exact = left instanceof Rational && right instanceof Rational;
  switch (operator.op) {
    case '+':
      return exact ? left.add(right) : toReal(left).plus(toReal(right));
    case '-':
      return exact ? left.sub(right) : toReal(left).minus(toReal(right));
    case '×':
      return times(left, right);
    case '÷':
      // Checked here rather than caught from Rational.div so the error can name the glyph.
      if (right.isZero()) throw divisionByZero(operator);
      return divide(left, right);
  }
}

function pop(values: Num[]): Num {
  const v = values.pop();
  // Unreachable for a well-formed AST; a loud failure beats a silently wrong answer.
  if (v === undefined) throw new Error('evaluate: value stack underflow (malformed AST).');
  return v;
}
