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
          values.push(apply(node, left, share ? left.mul(right) : right));
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
