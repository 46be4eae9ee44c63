// Walks the AST with exact Rational arithmetic.
//
// The walk uses an explicit stack rather than recursion: the parser caps bracket and sign
// nesting, but a left-associative chain such as 1+1+…+1 is as deep as it is long, and the
// evaluator must not be the place where long input overflows the call stack.

import type { Expr } from './parse.ts';
import { Rational } from './Rational.ts';
import { ExpressionError, type BinaryOp } from './tokenize.ts';

type Frame = { readonly expr: Expr; readonly visited: boolean };

const HUNDRED = Rational.of(100n);

/**
 * The most decimal digits a value may hold (numerator or denominator): far beyond what a
 * page can show, yet every step up to it takes milliseconds. A power is refused from its
 * estimated size before it is computed, so `9^9^9` costs nothing.
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

/** log2 of the larger of a value's numerator and denominator, to a few digits. */
function log2Size(v: Rational): number {
  const abs = v.num < 0n ? -v.num : v.num;
  const big = abs > v.den ? abs : v.den;
  const shift = Math.max(0, v.bits() - 53);
  return Math.log2(Number(big >> BigInt(shift))) + shift;
}

/** `base` to the power `exponent`, refused before computing when it would be too large. */
function power(base: Rational, exponent: Rational, pos: number): Rational {
  if (!exponent.isInteger()) {
    throw new ExpressionError(
      'syntax',
      `The exponent at symbol ${pos + 1} is not a whole number; only whole-number powers are calculated so far.`,
      pos,
    );
  }
  // 0, 1 and -1 stay small under any power, however large the exponent.
  const tiny = base.isZero() || (base.den === 1n && (base.num === 1n || base.num === -1n));
  if (!tiny && log2Size(base) * Math.abs(Number(exponent.num)) > MAX_BITS) {
    throw tooLarge('The power', pos);
  }
  if (tiny && base.isZero() && exponent.sign() < 0) {
    throw new ExpressionError(
      'division-by-zero',
      `The exponent at symbol ${pos + 1} is negative, and zero to a negative power divides by zero; change the base or the exponent.`,
      pos,
    );
  }
  if (tiny && !base.isZero())
    return base.num === 1n || exponent.num % 2n === 0n ? Rational.ONE : base;
  return base.pow(exponent.num);
}

function divisionByZero(glyph: string, pos: number): ExpressionError {
  return new ExpressionError(
    'division-by-zero',
    `The '${glyph}' at symbol ${pos + 1} divides by zero; change what comes after it.`,
    pos,
  );
}

/**
 * The exact value of `expr`. Throws ExpressionError with code `division-by-zero`
 * (pointing at the '÷') when a divisor evaluates to zero.
 */
export function evaluate(expr: Expr): Rational {
  // Post-order: a node is pushed once to schedule its children and again (visited) to
  // combine their values, which by then sit on top of `values`.
  const work: Frame[] = [{ expr, visited: false }];
  const values: Rational[] = [];

  for (let frame = work.pop(); frame !== undefined; frame = work.pop()) {
    const node = frame.expr;
    switch (node.kind) {
      case 'number':
        values.push(Rational.of(node.value, 10n ** BigInt(node.places ?? 0)));
        break;
      case 'percent':
        if (!frame.visited) {
          work.push({ expr: node, visited: true }, { expr: node.operand, visited: false });
        } else {
          values.push(pop(values).div(HUNDRED));
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
      case 'negate':
        if (!frame.visited) {
          work.push({ expr: node, visited: true }, { expr: node.operand, visited: false });
        } else {
          values.push(pop(values).neg());
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
          const result = apply(node, left, share ? left.mul(right) : right);
          // Products of large powers grow past any bound one by one; stop them here.
          if (result.bits() > MAX_BITS)
            throw tooLarge(`The result of the '${node.glyph}'`, node.pos);
          values.push(result);
        }
        break;
    }
  }
  return pop(values);
}

function apply(
  { op, glyph, pos }: { readonly op: BinaryOp; readonly glyph: string; readonly pos: number },
  left: Rational,
  right: Rational,
): Rational {
  switch (op) {
    case '+':
      return left.add(right);
    case '-':
      return left.sub(right);
    case '×':
      return left.mul(right);
    case '÷':
      // Checked here rather than caught from Rational.div so the error can name the glyph.
      if (right.isZero()) throw divisionByZero(glyph, pos);
      return left.div(right);
  }
}

function pop(values: Rational[]): Rational {
  const v = values.pop();
  // Unreachable for a well-formed AST; a loud failure beats a silently wrong answer.
  if (v === undefined) throw new Error('evaluate: value stack underflow (malformed AST).');
  return v;
}
