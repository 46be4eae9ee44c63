// Recursive-descent parser from tokens to an AST. Grammar (× ÷ bind tighter than + -,
// both levels left-associative; a power binds tighter than a sign and to the right, so
// `-3^2` is -9 and `2^3^2` is 2^9, as in mathematics):
//
//   statement := expr ( '=' expr? )? END
//   expr      := term ( ('+' | '-') term )*
//   term      := unary ( ('×' | '÷') unary )*
//   unary     := ('-' | '+') unary | power
//   power     := postfix ( '^' unary )?
//   postfix   := primary '%'?
//   primary   := NUMBER | '(' expr ')' | '√' primary
//
// Implicit multiplication (`2(3)`, `(1)(2)`, `2√3`) is rejected on purpose: a handwritten stroke
// the recogniser missed between two groups is far more likely than a user relying on it,
// and asking for an explicit × is a one-tap fix.
//
// Recursion only happens through parentheses and signs, and both count towards a depth
// cap, so hostile input (10,000 '(' in a row) gets a syntax error instead of a stack
// overflow. Operator chains are loops, so `1+1+…+1` of any length parses without recursion.

import { ExpressionError, type BinaryOp, type Token } from './tokenize.ts';

export const MAX_DEPTH = 100;

export type Expr =
  | {
      readonly kind: 'number';
      readonly value: bigint;
      readonly places?: number;
      readonly pos: number;
    }
  | { readonly kind: 'negate'; readonly operand: Expr; readonly pos: number }
  /** A postfix `%` at `pos`: its operand ÷ 100, or a share of the left side of + and -. */
  | { readonly kind: 'percent'; readonly operand: Expr; readonly pos: number }
  /** The square root of `operand`; `pos` is the `√`. */
  | { readonly kind: 'root'; readonly operand: Expr; readonly pos: number }
  /** `base` to the power `exponent`; `pos` is the exponent's first symbol. */
  | { readonly kind: 'power'; readonly base: Expr; readonly exponent: Expr; readonly pos: number }
  | {
      readonly kind: 'binary';
      readonly op: BinaryOp;
      /** The glyph written for the operator, which messages name. */
      readonly glyph: string;
      /** The operator is a fraction's bar, which messages name as such. */
      readonly bar?: true;
      readonly left: Expr;
      readonly right: Expr;
      readonly pos: number;
    };

export interface Statement {
  readonly left: Expr;
  /** Position of the '=', or null when there is none. */
  readonly equals: number | null;
  /** The right-hand side of an equation, or null (no '=' or nothing after it). */
  readonly right: Expr | null;
}

function at(pos: number): string {
  return `symbol ${pos + 1}`;
}

function show(token: Token): string {
  if ('mark' in token) return 'the raised exponent';
  switch (token.kind) {
    case 'number':
      return 'a number';
    case 'op':
      return token.bar ? 'the fraction bar' : `'${token.glyph}'`;
    case 'lparen':
      return "'('";
    case 'rparen':
      return "')'";
    case 'equals':
      return "'='";
    case 'percent':
      return "'%'";
    case 'caret':
      return "'^'";
    case 'root':
      return "'√'";
  }
}

function binary(t: Extract<Token, { kind: 'op' }>, left: Expr, right: Expr): Expr {
  const { op, glyph, pos } = t;
  return t.bar
    ? { kind: 'binary', op, glyph, bar: true, left, right, pos }
    : { kind: 'binary', op, glyph, left, right, pos };
}

function syntax(message: string, pos: number | null): ExpressionError {
  return new ExpressionError('syntax', message, pos);
}

class Parser {
  private i = 0;
  private depth = 0;
  private sawEquals = false;

  private readonly tokens: readonly Token[];

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
  }

  statement(): Statement {
    if (this.tokens.length === 0) {
      throw syntax('There is nothing to calculate; write an expression such as 2+3.', null);
    }
    const left = this.expr();
    const eq = this.peek();
    if (eq === undefined) return { left, equals: null, right: null };
    if (eq.kind !== 'equals') throw this.unexpectedAfterOperand(eq);
    this.i++;
    this.sawEquals = true;
    if (this.peek() === undefined) return { left, equals: eq.pos, right: null };
    const right = this.expr();
    const extra = this.peek();
    if (extra === undefined) return { left, equals: eq.pos, right };
    if (extra.kind === 'equals') throw this.secondEquals(extra);
    throw this.unexpectedAfterOperand(extra);
  }

  private secondEquals(t: Token): ExpressionError {
    return syntax(
      `There is a second '=' at ${at(t.pos)}; a calculation can have only one. Erase one of them.`,
      t.pos,
    );
  }

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private expr(): Expr {
    let left = this.term();
    for (let t = this.peek(); t?.kind === 'op' && (t.op === '+' || t.op === '-'); t = this.peek()) {
      this.i++;
      const right = this.term();
      left = binary(t, left, right);
    }
    return left;
  }

  private term(): Expr {
    let left = this.unary();
    for (let t = this.peek(); t?.kind === 'op' && (t.op === '×' || t.op === '÷'); t = this.peek()) {
      this.i++;
      const right = this.unary();
      left = binary(t, left, right);
    }
    return left;
  }

  private unary(): Expr {
    const t = this.peek();
    if (t?.kind === 'op' && (t.op === '-' || t.op === '+')) {
      this.i++;
      this.enter(t.pos);
      const operand = this.unary();
      this.depth--;
      // Unary plus changes nothing, so it leaves no node behind.
      return t.op === '-' ? { kind: 'negate', operand, pos: t.pos } : operand;
    }
    return this.power();
  }

  /** A base and its exponent; the exponent is a unary, so powers chain to the right. */
  private power(): Expr {
    const base = this.postfix();
    const t = this.peek();
    if (t?.kind !== 'caret') return base;
    this.i++;
    this.enter(t.pos);
    const exponent = this.unary();
    this.depth--;
    return { kind: 'power', base, exponent, pos: t.pos };
  }

  /** A primary and the `%` after it: percent binds tightest, to what stands just before it. */
  private postfix(): Expr {
    const operand = this.primary();
    const t = this.peek();
    if (t?.kind !== 'percent') return operand;
    this.i++;
    const again = this.peek();
    if (again?.kind === 'percent') {
      throw syntax(
        `The '%' at ${at(again.pos)} follows the '%' at ${at(t.pos)}; a number takes one percent sign. Erase one.`,
        again.pos,
      );
    }
    return { kind: 'percent', operand, pos: t.pos };
  }

  private primary(): Expr {
    const t = this.peek();
    if (t?.kind === 'number') {
      this.i++;
      return t.places === undefined
        ? { kind: 'number', value: t.value, pos: t.pos }
        : { kind: 'number', value: t.value, places: t.places, pos: t.pos };
    }
    if (t?.kind === 'root') {
      this.i++;
      const next = this.peek();
      if (next?.kind !== 'number' && next?.kind !== 'lparen' && next?.kind !== 'root') {
        throw syntax(
          `The '√' at ${at(t.pos)} has nothing under it to take the root of; write a number after it or under its bar.`,
          t.pos,
        );
      }
      this.enter(t.pos);
      const operand = this.primary();
      this.depth--;
      return { kind: 'root', operand, pos: t.pos };
    }
    if (t?.kind === 'lparen') {
      this.i++;
      this.enter(t.pos);
      const next = this.peek();
      if (next?.kind === 'rparen') {
        throw syntax(
          `The brackets at symbols ${t.pos + 1} and ${next.pos + 1} are empty; write something inside them or erase them.`,
          t.pos,
        );
      }
      const inner = this.expr();
      const close = this.peek();
      if (close?.kind !== 'rparen') throw this.unclosed(t, close);
      this.i++;
      this.depth--;
      return inner;
    }
    throw this.missingOperand(t);
  }

  private enter(pos: number): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) {
      throw syntax(
        `The expression is nested more than ${MAX_DEPTH} levels deep at ${at(pos)}; simplify it.`,
        pos,
      );
    }
  }

  // A number or '(' was expected but `t` came instead; the useful message depends on what
  // came just before it.
  private missingOperand(t: Token | undefined): ExpressionError {
    const prev = this.tokens[this.i - 1];
    // A fraction's bar reads as its bracketed parts, so only a bar with nothing under it
    // comes here.
    if (prev?.kind === 'op' && prev.bar) {
      return syntax(
        `The fraction bar at ${at(prev.pos)} has nothing under it; write the denominator under it or erase the bar.`,
        prev.pos,
      );
    }
    if (t?.kind === 'caret') {
      return syntax(
        t.mark
          ? `The exponent raised at ${at(t.pos)} has no number or bracket before it to raise; write its base, or write it on the line.`
          : `The '^' at ${at(t.pos)} has no number or bracket before it to raise; write its base or erase it.`,
        t.pos,
      );
    }
    if (t?.kind === 'percent') {
      return new ExpressionError(
        'percent-without-number',
        `The '%' at ${at(t.pos)} has no number before it; write the number it is a percentage of, or erase it.`,
        t.pos,
      );
    }
    if (t === undefined) {
      if (prev?.kind === 'op') {
        return syntax(
          `The expression ends with '${prev.glyph}' at ${at(prev.pos)}; write a number after it or erase it.`,
          prev.pos,
        );
      }
      if (prev?.kind === 'lparen') {
        return syntax(
          `The expression ends after the '(' at ${at(prev.pos)}; write what goes inside and close it with ')'.`,
          prev.pos,
        );
      }
      const pos = prev?.pos ?? null;
      return syntax(
        `The expression ends too early${pos === null ? '' : ` after ${at(pos)}`}; finish it or erase the last symbol.`,
        pos,
      );
    }
    if (prev?.kind === 'op') {
      return syntax(
        `'${prev.glyph}' at ${at(prev.pos)} is followed by ${show(t)} at ${at(t.pos)} with no number between them; write one or erase a symbol.`,
        t.pos,
      );
    }
    if (t.kind === 'rparen') {
      return syntax(
        `The ')' at ${at(t.pos)} has no matching '('; erase it or add a '(' before it.`,
        t.pos,
      );
    }
    if (t.kind === 'equals' && this.sawEquals) return this.secondEquals(t);
    const where = prev === undefined ? 'at the start' : `after ${show(prev)} at ${at(prev.pos)}`;
    return syntax(
      `${show(t)} at ${at(t.pos)} has no number before it (${where}); write one or erase it.`.replace(
        /^./,
        (c) => c.toUpperCase(),
      ),
      t.pos,
    );
  }

  // A complete operand was just read, so only an operator, ')' (inside brackets), '=' or
  // the end may follow.
  private unexpectedAfterOperand(t: Token): ExpressionError {
    if (t.kind === 'rparen') {
      return syntax(
        `The ')' at ${at(t.pos)} has no matching '('; erase it or add a '(' before it.`,
        t.pos,
      );
    }
    if (t.kind === 'number' || t.kind === 'lparen' || t.kind === 'root') {
      return syntax(
        `${show(t)} at ${at(t.pos)} follows a value with no operator between them; write × (or another operator) before it.`.replace(
          /^./,
          (c) => c.toUpperCase(),
        ),
        t.pos,
      );
    }
    return syntax(`Unexpected ${show(t)} at ${at(t.pos)}; erase it.`, t.pos);
  }

  private unclosed(open: Token, t: Token | undefined): ExpressionError {
    if (t === undefined) {
      return syntax(
        `The '(' at ${at(open.pos)} is never closed; add a ')' or erase the '('.`,
        open.pos,
      );
    }
    if (t.kind === 'equals') {
      return syntax(
        `The '(' at ${at(open.pos)} is not closed before the '=' at ${at(t.pos)}; add a ')' or erase the '('.`,
        open.pos,
      );
    }
    return this.unexpectedAfterOperand(t);
  }
}

/** Parses tokens into a Statement. Throws ExpressionError (code `syntax`) on bad input. */
export function parse(tokens: readonly Token[]): Statement {
  return new Parser(tokens).statement();
}
