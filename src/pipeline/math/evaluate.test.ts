import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.ts';
import type { Expr } from './parse.ts';
import { ExpressionError, type BinaryOp } from './tokenize.ts';

const num = (value: bigint, pos = 0): Expr => ({ kind: 'number', value, pos });
const neg = (operand: Expr, pos = 0): Expr => ({ kind: 'negate', operand, pos });
const bin = (op: BinaryOp, left: Expr, right: Expr, pos = 0): Expr => ({
  kind: 'binary',
  op,
  glyph: op,
  left,
  right,
  pos,
});

describe('evaluate', () => {
  it('evaluates numbers, negation and the four operations exactly', () => {
    expect(evaluate(num(7n)).toString()).toBe('7');
    expect(evaluate(neg(num(7n))).toString()).toBe('-7');
    expect(evaluate(bin('+', num(12n), bin('×', num(7n), num(3n)))).toString()).toBe('33');
    expect(evaluate(bin('-', bin('-', num(10n), num(2n)), num(3n))).toString()).toBe('5');
    expect(evaluate(bin('÷', num(1n), num(3n))).toString()).toBe('1/3');
    expect(evaluate(bin('×', bin('÷', num(1n), num(3n)), num(3n))).toString()).toBe('1');
    expect(evaluate(bin('×', neg(num(3n)), neg(num(3n)))).toString()).toBe('9');
  });

  it('keeps operand order for the non-commutative operators', () => {
    expect(evaluate(bin('-', num(2n), num(5n))).toString()).toBe('-3');
    expect(evaluate(bin('÷', num(2n), num(5n))).toString()).toBe('2/5');
  });

  it('reports division by zero at the ÷ that caused it', () => {
    const expr = bin('+', num(1n), bin('÷', num(1n), bin('-', num(2n), num(2n), 5), 2), 1);
    let caught: unknown;
    try {
      evaluate(expr);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ExpressionError);
    const err = caught as ExpressionError;
    expect(err.code).toBe('division-by-zero');
    expect(err.position).toBe(2);
    expect(err.message).toBe("The '÷' at symbol 3 divides by zero; change what comes after it.");
  });

  it("names a fraction's bar as the bar, not as the '÷' it reads as", () => {
    const bar = (left: Expr, right: Expr, pos: number): Expr => ({
      ...(bin('÷', left, right, pos) as Extract<Expr, { kind: 'binary' }>),
      bar: true,
    });
    const failure = (expr: Expr): ExpressionError => {
      try {
        evaluate(expr);
      } catch (err) {
        if (err instanceof ExpressionError) return err;
        throw err;
      }
      throw new Error('expected the evaluation to fail');
    };
    const zero = failure(bar(num(1n), bin('-', num(2n), num(2n), 3), 1));
    expect(zero.code).toBe('division-by-zero');
    expect(zero.position).toBe(1);
    expect(zero.message).toBe(
      'The fraction bar at symbol 2 divides by zero: its denominator is 0. Change what stands under the bar.',
    );
    // 10^9000 over 1/10^9000: both parts fit, the fraction's value does not.
    const big = num(10n ** 9000n);
    const huge = failure(bar(big, bin('÷', num(1n), big, 4), 2));
    expect(huge.code).toBe('too-large');
    expect(huge.message).toMatch(/^The fraction at symbol 3 has more than 10000 digits/);
  });

  it('allows zero as a dividend', () => {
    expect(evaluate(bin('÷', num(0n), num(5n))).toString()).toBe('0');
  });

  it('walks very deep trees without recursion', () => {
    // 50,000 levels would overflow a recursive walk.
    let left: Expr = num(1n);
    let right: Expr = num(1n);
    for (let i = 0; i < 25_000; i++) {
      left = bin('+', left, num(1n));
      right = neg(neg(right));
    }
    expect(evaluate(left).toString()).toBe('25001');
    expect(evaluate(right).toString()).toBe('1');
  });
});
