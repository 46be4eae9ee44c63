// First step of turning recognised text into a number: split it into tokens.
//
// Positions are counted in symbols (Unicode code points), 0-based, because the text comes
// from handwriting: symbol i of the text is drawn symbol i, and error messages point the
// user at "symbol i + 1" so the UI can highlight the ink they need to fix.
//
// The alphabet is deliberately closed: 0-9 . % + - × ÷ = ( ) ^ √ and '?', the canonical symbols
// of recognised text, plus the written glyphs that mean an operator (`/ : * ·`), read through
// the one mapping the pipeline and the page use (canonicalSymbol). Accepting other
// look-alikes (x, spaces) here would hide bugs in the stages that produce the text.
//
// A reading in two dimensions (an exponent raised after its base) is written linearly with
// marks no symbol stands for (`2^(1+1)`); an `origins` map then says which symbol each
// character belongs to, so that positions and messages still count drawn symbols.

import type { ResultErrorCode } from '../errors.ts';
import { canonicalSymbol } from './canonicalSymbol.ts';

/**
 * Longest text accepted, in symbols. Far beyond anything drawn by hand, yet it keeps the
 * worst case (gcds of numbers thousands of digits long) well under a second.
 */
export const MAX_SYMBOLS = 10_000;

/** The result error codes the expression stages (tokenize, parse, evaluate) throw. */
export type ExpressionErrorCode = Extract<
  ResultErrorCode,
  | 'syntax'
  | 'unreadable-symbol'
  | 'division-by-zero'
  | 'percent-without-number'
  | 'too-large'
  | 'not-real'
>;

/**
 * Why an expression cannot be calculated. These are results shown to the user, not
 * rejected requests, which is why they are not InkCalcErrors: `solve` turns them into a
 * ResultError. `position` is the 0-based symbol index the problem is at, when there is one.
 */
export class ExpressionError extends Error {
  readonly code: ExpressionErrorCode;
  readonly position: number | null;

  constructor(code: ExpressionErrorCode, message: string, position: number | null = null) {
    super(message);
    this.name = 'ExpressionError';
    this.code = code;
    this.position = position;
  }
}

export type BinaryOp = '+' | '-' | '×' | '÷';

export type Token =
  | {
      readonly kind: 'number';
      /** The digits as one integer; the number is value / 10^places. */
      readonly value: bigint;
      /** Digits after the decimal point; absent for a whole number. */
      readonly places?: number;
      readonly pos: number;
      /** The index in the text just after the number's last character. */
      readonly end: number;
    }
  | {
      readonly kind: 'op';
      readonly op: BinaryOp;
      /** The glyph written (`/` for `÷`), which messages name. */
      readonly glyph: string;
      /** A fraction's bar, which messages name as such: the user drew a bar, not a `÷`. */
      readonly bar?: true;
      readonly pos: number;
    }
  | {
      readonly kind: 'lparen' | 'rparen' | 'equals' | 'percent' | 'caret' | 'root';
      readonly pos: number;
      /** A mark of the layout (an exponent's `^` and brackets), not a symbol drawn. */
      readonly mark?: true;
    };

/** Which drawn symbol a character of the text stands for, or stands beside as a mark. */
export interface TextOrigin {
  readonly symbol: number;
  /** The character is a mark of the layout (`^`, an exponent's brackets), not the symbol. */
  readonly mark: boolean;
  /** The character is the operator a fraction's bar reads as (linearText). */
  readonly bar?: boolean;
}

const SIMPLE = {
  '(': 'lparen',
  ')': 'rparen',
  '^': 'caret',
  '=': 'equals',
  '%': 'percent',
  '√': 'root',
} as const;

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9' && ch.length === 1;
}

function listPositions(positions: readonly number[]): string {
  const shown = positions.slice(0, 5).map((p) => String(p + 1));
  const more = positions.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length === 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
}

// Control and invisible characters would vanish in a message, so show them as escapes.
function describeChar(ch: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch) ? `'${ch}'` : JSON.stringify(ch);
}

/**
 * Splits recognised text into tokens. Throws ExpressionError: `syntax` when the text is
 * longer than MAX_SYMBOLS; `unreadable-symbol` when it holds any '?' (checked before the
 * rest, since until those are resolved nothing else about the expression is meaningful);
 * `syntax` for any character outside the alphabet.
 */
export function tokenize(text: string, origins?: readonly TextOrigin[]): Token[] {
  // A code point is at most two UTF-16 units, so a longer string is rejected before it
  // is ever split into an array.
  const symbols = text.length > 2 * MAX_SYMBOLS ? null : Array.from(text);
  if (symbols === null || symbols.length > MAX_SYMBOLS) {
    throw new ExpressionError(
      'syntax',
      `The calculation is longer than the ${MAX_SYMBOLS} symbols allowed; split it into shorter ones.`,
      MAX_SYMBOLS,
    );
  }

  // Without origins, character i is symbol i.
  const at = (i: number): number => origins?.[i]?.symbol ?? i;
  const isMark = (i: number): boolean => origins?.[i]?.mark ?? false;
  const unreadable: number[] = [];
  symbols.forEach((ch, i) => {
    if (ch === '?') unreadable.push(at(i));
  });
  if (unreadable.length === 1) {
    const n = listPositions(unreadable);
    throw new ExpressionError(
      'unreadable-symbol',
      `Symbol ${n} could not be read; tap it to choose what you meant.`,
      unreadable[0],
    );
  }
  if (unreadable.length > 1) {
    throw new ExpressionError(
      'unreadable-symbol',
      `Symbols ${listPositions(unreadable)} could not be read; tap each to choose what you meant.`,
      unreadable[0],
    );
  }

  const tokens: Token[] = [];
  let i = 0;
  while (i < symbols.length) {
    const ch = canonicalSymbol(symbols[i] ?? '');
    if (isDigit(ch) || ch === '.') {
      const number = readNumber(symbols, i, at);
      tokens.push(number);
      i = number.end;
      continue;
    }
    switch (ch) {
      case '+':
      case '-':
      case '×':
      case '÷':
        tokens.push({
          kind: 'op',
          op: ch,
          glyph: symbols[i] ?? ch,
          ...(origins?.[i]?.bar ? { bar: true } : {}),
          pos: at(i),
        });
        break;
      case '(':
      case ')':
      case '^':
      case '=':
      case '%':
      case '√': {
        const kind = SIMPLE[ch];
        tokens.push(isMark(i) ? { kind, pos: at(i), mark: true } : { kind, pos: at(i) });
        break;
      }
      default:
        throw new ExpressionError(
          'syntax',
          `Symbol ${at(i) + 1} (${describeChar(ch)}) is not a digit or one of . % + - × ÷ = ( ) / : * · √; erase it or write it again.`,
          at(i),
        );
    }
    i++;
  }
  return tokens;
}

/**
 * The number starting at symbol `start`: digits with at most one decimal point, which may
 * lead (`.5`) or trail (`5.`, read as 5). Leading zeros are fine (`007` is 7). A second
 * point, or a point with no digit on either side, is a syntax error naming that point.
 */
function readNumber(
  symbols: readonly string[],
  start: number,
  at: (i: number) => number,
): Extract<Token, { kind: 'number' }> {
  let i = start;
  let point = -1;
  for (; i < symbols.length; i++) {
    const ch = symbols[i] ?? '';
    if (isDigit(ch)) continue;
    if (ch !== '.') break;
    if (point >= 0) {
      throw new ExpressionError(
        'syntax',
        `Symbol ${at(i) + 1} ('.') is a second decimal point in the number that starts at symbol ${at(start) + 1}; erase one of them.`,
        at(i),
      );
    }
    point = i;
  }
  const digits = symbols.slice(start, i).filter((c) => c !== '.');
  if (digits.length === 0) {
    throw new ExpressionError(
      'syntax',
      `Symbol ${at(start) + 1} ('.') is a decimal point with no digits beside it; write the number or erase the point.`,
      at(start),
    );
  }
  const value = BigInt(digits.join(''));
  const places = point < 0 ? 0 : i - point - 1;
  return places > 0
    ? { kind: 'number', value, places, pos: at(start), end: i }
    : { kind: 'number', value, pos: at(start), end: i };
}
