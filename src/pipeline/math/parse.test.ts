import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from './evaluate.ts';
import { MAX_DEPTH, parse, type Expr, type Statement } from './parse.ts';
import { ExpressionError, tokenize, type BinaryOp, type Token } from './tokenize.ts';

const parseText = (text: string): Statement => parse(tokenize(text));

// Positions aside, an AST as a compact s-expression, so shapes compare as strings.
function shape(e: Expr): string {
  switch (e.kind) {
    case 'number':
      return e.places === undefined ? String(e.value) : `${e.value}e-${e.places}`;
    case 'negate':
      return `(neg ${shape(e.operand)})`;
    case 'percent':
      return `(% ${shape(e.operand)})`;
    case 'binary':
      return `(${e.op} ${shape(e.left)} ${shape(e.right)})`;
    case 'power':
      return `(^ ${shape(e.base)} ${shape(e.exponent)})`;
    case 'root':
      return `(√ ${shape(e.operand)})`;
  }
}

const shapeOf = (text: string): string => shape(parseText(text).left);

function syntaxError(text: string): ExpressionError {
  try {
    parseText(text);
  } catch (err) {
    if (err instanceof ExpressionError) return err;
    throw err;
  }
  throw new Error(`expected ${JSON.stringify(text)} to fail`);
}

describe('parse', () => {
  it('gives × and ÷ precedence over + and -', () => {
    expect(shapeOf('12+7×3')).toBe('(+ 12 (× 7 3))');
    expect(shapeOf('1-6÷2')).toBe('(- 1 (÷ 6 2))');
    expect(shapeOf('2×3+4')).toBe('(+ (× 2 3) 4)');
  });

  it('associates left at both levels', () => {
    expect(shapeOf('10-2-3')).toBe('(- (- 10 2) 3)');
    expect(shapeOf('8÷4÷2')).toBe('(÷ (÷ 8 4) 2)');
    expect(shapeOf('8÷4×2')).toBe('(× (÷ 8 4) 2)');
  });

  it('honours nested parentheses', () => {
    expect(shapeOf('2×(3+4)')).toBe('(× 2 (+ 3 4))');
    expect(shapeOf('((1))')).toBe('1');
    expect(shapeOf('10-(2-(3-4))')).toBe('(- 10 (- 2 (- 3 4)))');
  });

  it('reads unary minus and plus', () => {
    expect(shapeOf('-3×-3')).toBe('(× (neg 3) (neg 3))');
    expect(shapeOf('--3')).toBe('(neg (neg 3))');
    expect(shapeOf('2×-3')).toBe('(× 2 (neg 3))');
    expect(shapeOf('-(1+2)')).toBe('(neg (+ 1 2))');
    expect(shapeOf('2--3')).toBe('(- 2 (neg 3))');
    expect(shapeOf('+3')).toBe('3');
    expect(shapeOf('2+-+3')).toBe('(+ 2 (neg 3))');
  });

  it('binds a power tighter than signs and × ÷, and to the right', () => {
    expect(shapeOf('2×3^2')).toBe('(× 2 (^ 3 2))');
    expect(shapeOf('-3^2')).toBe('(neg (^ 3 2))');
    expect(shapeOf('2^3^2')).toBe('(^ 2 (^ 3 2))');
    expect(shapeOf('2^-3')).toBe('(^ 2 (neg 3))');
    expect(shapeOf('(1+2)^2')).toBe('(^ (+ 1 2) 2)');
    expect(shapeOf('10%^2')).toBe('(^ (% 10) 2)');
  });

  it('keeps symbol positions on nodes', () => {
    const { left } = parseText('12+7×3');
    expect(left.kind === 'binary' && left.op === '+' && left.pos === 2).toBe(true);
  });

  it('splits an equation at its one "="', () => {
    const full = parseText('2+2=4');
    expect(shape(full.left)).toBe('(+ 2 2)');
    expect(full.equals).toBe(3);
    expect(full.right && shape(full.right)).toBe('4');

    const trailing = parseText('2+2=');
    expect(trailing.equals).toBe(3);
    expect(trailing.right).toBeNull();

    const plain = parseText('123');
    expect(plain.equals).toBeNull();
    expect(plain.right).toBeNull();
  });

  it.each([
    ['', /nothing to calculate/, null],
    ['2+', /ends with '\+' at symbol 2/, 1],
    ['×3', /'×' at symbol 1 has no number before it/, 0],
    ['(×3)', /'×' at symbol 2 has no number before it \(after '\(' at symbol 1\)/, 1],
    ['2+×3', /'\+' at symbol 2 is followed by '×' at symbol 3/, 2],
    ['(1+2', /'\(' at symbol 1 is never closed/, 0],
    ['1+2)', /'\)' at symbol 4 has no matching '\('/, 3],
    ['(1+2))', /'\)' at symbol 6 has no matching '\('/, 5],
    ['()', /brackets at symbols 1 and 2 are empty/, 0],
    ['(', /ends after the '\(' at symbol 1/, 0],
    ['=5', /'=' at symbol 1 has no number before it/, 0],
    ['=', /'=' at symbol 1 has no number before it/, 0],
    ['1=2=3', /second '=' at symbol 4/, 3],
    ['1==2', /second '=' at symbol 3/, 2],
    ['1=2+', /ends with '\+' at symbol 4/, 3],
    ['(1=2)', /'\(' at symbol 1 is not closed before the '=' at symbol 3/, 0],
    ['2(3)', /'\(' at symbol 2 follows a value with no operator/, 1],
    ['(1)(2)', /'\(' at symbol 4 follows a value/, 3],
    ['(1)2', /A number at symbol 4 follows a value/, 3],
    ['2=4(1)', /'\(' at symbol 4 follows a value/, 3],
    ['2√9', /'√' at symbol 2 follows a value with no operator between them; write ×/, 1],
    ['(1)√4', /'√' at symbol 4 follows a value/, 3],
  ])('rejects %j with a syntax error naming the place', (text, message, position) => {
    const err = syntaxError(text);
    expect(err.code).toBe('syntax');
    expect(err.message).toMatch(message);
    expect(err.position).toBe(position);
  });

  it('caps nesting depth instead of overflowing the stack', () => {
    const ok = '('.repeat(MAX_DEPTH) + '1' + ')'.repeat(MAX_DEPTH);
    expect(shapeOf(ok)).toBe('1');
    for (const text of [
      '('.repeat(4_000) + '1' + ')'.repeat(4_000),
      '('.repeat(10_000),
      '-'.repeat(10_000),
      '-('.repeat(2_000) + '1' + ')'.repeat(2_000),
    ]) {
      expect(syntaxError(text).message).toMatch(/nested more than 100 levels deep at symbol 101/);
    }
    // Past tokenize's length cap too: parse must protect itself.
    const tokens = (n: number): Token[] => [
      ...Array.from({ length: n }, (_, pos): Token => ({ kind: 'lparen', pos })),
      { kind: 'number', value: 1n, pos: n, end: n + 1 },
      ...Array.from({ length: n }, (_, i): Token => ({ kind: 'rparen', pos: n + 1 + i })),
    ];
    expect(() => parse(tokens(100_000))).toThrow(/nested more than 100 levels deep/);
  });

  it('parses long flat operator chains without recursion', () => {
    // Built as tokens: this is longer than tokenize accepts.
    const n = 50_000;
    const tokens = Array.from({ length: 2 * n - 1 }, (_, pos): Token =>
      pos % 2 === 0
        ? { kind: 'number', value: 1n, pos, end: pos + 1 }
        : { kind: 'op', op: '+', glyph: '+', pos },
    );
    expect(evaluate(parse(tokens).left).toString()).toBe(String(n));
  });
});

// Property: printing a random AST to text and parsing it back gives the same tree (up to
// positions) and the same value (or the same division-by-zero) as evaluating it directly.
type Gen =
  | { kind: 'number'; value: bigint; zeros: number; wrap: boolean }
  | { kind: 'negate'; operand: Gen; wrap: boolean }
  | { kind: 'binary'; op: BinaryOp; left: Gen; right: Gen; wrap: boolean };

const { tree } = fc.letrec<{ tree: Gen }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      kind: fc.constant('number' as const),
      value: fc.oneof(fc.bigInt({ min: 0n, max: 12n }), fc.bigInt({ min: 0n, max: 10n ** 30n })),
      zeros: fc.nat({ max: 2 }),
      wrap: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('negate' as const),
      operand: tie('tree'),
      wrap: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('binary' as const),
      op: fc.constantFrom<BinaryOp>('+', '-', '×', '÷'),
      left: tie('tree'),
      right: tie('tree'),
      wrap: fc.boolean(),
    }),
  ),
}));

function toExpr(g: Gen): Expr {
  switch (g.kind) {
    case 'number':
      return { kind: 'number', value: g.value, pos: 0 };
    case 'negate':
      return { kind: 'negate', operand: toExpr(g.operand), pos: 0 };
    case 'binary':
      return {
        kind: 'binary',
        op: g.op,
        glyph: g.op,
        left: toExpr(g.left),
        right: toExpr(g.right),
        pos: 0,
      };
  }
}

const prec = (op: BinaryOp): number => (op === '+' || op === '-' ? 1 : 2);

// Minimal brackets for the grammar, plus the generator's optional redundant ones.
function print(g: Gen): string {
  let text: string;
  switch (g.kind) {
    case 'number':
      text = '0'.repeat(g.zeros) + String(g.value);
      break;
    case 'negate': {
      const inner = print(g.operand);
      text = g.operand.kind === 'binary' && !g.operand.wrap ? `-(${inner})` : `-${inner}`;
      break;
    }
    case 'binary': {
      const p = prec(g.op);
      const needs = (c: Gen, strict: boolean): boolean =>
        c.kind === 'binary' && !c.wrap && (strict ? prec(c.op) <= p : prec(c.op) < p);
      const l = print(g.left);
      const r = print(g.right);
      text = `${needs(g.left, false) ? `(${l})` : l}${g.op}${needs(g.right, true) ? `(${r})` : r}`;
      break;
    }
  }
  return g.wrap ? `(${text})` : text;
}

function outcome(run: () => { toString(): string }): string {
  try {
    return run().toString();
  } catch (err) {
    if (err instanceof ExpressionError) return `error:${err.code}`;
    throw err;
  }
}

describe('parse ∘ print (property)', () => {
  it('round-trips random ASTs to the same shape and value', () => {
    fc.assert(
      fc.property(tree, (g) => {
        const expr = toExpr(g);
        const text = print(g);
        const parsed = parseText(text);
        expect(shape(parsed.left)).toBe(shape(expr));
        expect(outcome(() => evaluate(parsed.left))).toBe(outcome(() => evaluate(expr)));
      }),
      { numRuns: 500 },
    );
  });

  it('splits random equations into the same two sides', () => {
    fc.assert(
      fc.property(tree, tree, (a, b) => {
        const parsed = parseText(`${print(a)}=${print(b)}`);
        expect(shape(parsed.left)).toBe(shape(toExpr(a)));
        expect(parsed.right && shape(parsed.right)).toBe(shape(toExpr(b)));
      }),
    );
  });
});
