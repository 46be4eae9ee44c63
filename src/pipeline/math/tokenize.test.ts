import { describe, expect, it } from 'vitest';
import { ExpressionError, MAX_SYMBOLS, tokenize } from './tokenize.ts';

function errorOf(text: string): ExpressionError {
  try {
    tokenize(text);
  } catch (err) {
    if (err instanceof ExpressionError) return err;
    throw err;
  }
  throw new Error(`expected ${JSON.stringify(text)} to fail`);
}

describe('tokenize', () => {
  it('splits every symbol of the alphabet', () => {
    expect(tokenize('12+7×(3-4)÷5=')).toEqual([
      { kind: 'number', value: 12n, pos: 0, end: 2 },
      { kind: 'op', op: '+', glyph: '+', pos: 2 },
      { kind: 'number', value: 7n, pos: 3, end: 4 },
      { kind: 'op', op: '×', glyph: '×', pos: 4 },
      { kind: 'lparen', pos: 5 },
      { kind: 'number', value: 3n, pos: 6, end: 7 },
      { kind: 'op', op: '-', glyph: '-', pos: 7 },
      { kind: 'number', value: 4n, pos: 8, end: 9 },
      { kind: 'rparen', pos: 9 },
      { kind: 'op', op: '÷', glyph: '÷', pos: 10 },
      { kind: 'number', value: 5n, pos: 11, end: 12 },
      { kind: 'equals', pos: 12 },
    ]);
  });

  it('returns no tokens for empty text', () => {
    expect(tokenize('')).toEqual([]);
  });

  it('reads multi-digit numbers with leading zeros as decimal', () => {
    expect(tokenize('007')).toEqual([{ kind: 'number', value: 7n, pos: 0, end: 3 }]);
    expect(tokenize('0')).toEqual([{ kind: 'number', value: 0n, pos: 0, end: 1 }]);
    const big = '9'.repeat(5000);
    const [token] = tokenize(big);
    expect(token?.kind === 'number' && token.value === BigInt(big)).toBe(true);
  });

  it("reports a '?' as unreadable, 1-based, before anything else", () => {
    const one = errorOf('12?');
    expect(one.code).toBe('unreadable-symbol');
    expect(one.position).toBe(2);
    expect(one.message).toBe('Symbol 3 could not be read; tap it to choose what you meant.');

    const many = errorOf('?a?');
    expect(many.code).toBe('unreadable-symbol');
    expect(many.message).toBe(
      'Symbols 1 and 3 could not be read; tap each to choose what you meant.',
    );

    expect(errorOf('???????').message).toMatch(
      /^Symbols 1, 2, 3, 4, 5 and 2 more could not be read/,
    );
  });

  it('reads the written operator glyphs as their canonical operators', () => {
    expect(tokenize('6/2:3*4·5').map((t) => (t.kind === 'op' ? t.op : t.kind))).toEqual([
      'number',
      '÷',
      'number',
      '÷',
      'number',
      '×',
      'number',
      '×',
      'number',
    ]);
  });

  it("marks the operator a fraction's bar reads as, from its origin", () => {
    const origins = [0, 1, 2].map((symbol) => ({ symbol, mark: false, bar: symbol === 1 }));
    expect(tokenize('1÷2', origins)[1]).toEqual({
      kind: 'op',
      op: '÷',
      glyph: '÷',
      bar: true,
      pos: 1,
    });
    expect(tokenize('1-2', origins)[1]).toEqual({
      kind: 'op',
      op: '-',
      glyph: '-',
      bar: true,
      pos: 1,
    });
    expect(tokenize('1÷2')[1]).not.toHaveProperty('bar');
  });

  it('rejects characters outside the alphabet, look-alikes included', () => {
    for (const text of ['2x3', '2 + 2', '1,5', '2−3', '2X3']) {
      const err = errorOf(text);
      expect(err.code).toBe('syntax');
      expect(err.message).toMatch(/^Symbol \d+ .* is not a digit/);
    }
    expect(errorOf('1\n').message).toContain('"\\n"');
  });

  it.each([
    ['3.5', [{ kind: 'number', value: 35n, places: 1, pos: 0, end: 3 }]],
    ['.25', [{ kind: 'number', value: 25n, places: 2, pos: 0, end: 3 }]],
    ['12.125', [{ kind: 'number', value: 12125n, places: 3, pos: 0, end: 6 }]],
    ['5.', [{ kind: 'number', value: 5n, pos: 0, end: 2 }]],
    [
      '10%',
      [
        { kind: 'number', value: 10n, pos: 0, end: 2 },
        { kind: 'percent', pos: 2 },
      ],
    ],
  ])('reads %j as decimal numbers and percent signs', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  it.each([
    [
      '1.2.3',
      3,
      /^Symbol 4 \('\.'\) is a second decimal point in the number that starts at symbol 1/,
    ],
    ['.', 0, /^Symbol 1 \('\.'\) is a decimal point with no digits beside it/],
    ['2+.', 2, /^Symbol 3 \('\.'\) is a decimal point with no digits/],
  ])('refuses %j, naming the point', (text, position, message) => {
    const err = errorOf(text);
    expect(err.code).toBe('syntax');
    expect(err.position).toBe(position);
    expect(err.message).toMatch(message);
  });

  it('rejects text longer than MAX_SYMBOLS symbols', () => {
    expect(tokenize('1'.repeat(MAX_SYMBOLS))).toHaveLength(1);
    // Astral characters count once: this is MAX_SYMBOLS symbols but 2·MAX_SYMBOLS units.
    expect(errorOf('😀'.repeat(MAX_SYMBOLS)).message).toMatch(/^Symbol 1 \('😀'\)/);
    for (const text of ['1'.repeat(MAX_SYMBOLS + 1), '?'.repeat(3 * MAX_SYMBOLS)]) {
      const err = errorOf(text);
      expect(err.code).toBe('syntax');
      expect(err.message).toBe(
        `The calculation is longer than the ${MAX_SYMBOLS} symbols allowed; split it into shorter ones.`,
      );
    }
  });

  it('counts positions in code points, not UTF-16 units', () => {
    const err = errorOf('😀?');
    expect(err.code).toBe('unreadable-symbol');
    expect(err.position).toBe(1);
    expect(errorOf('1😀').message).toMatch(/^Symbol 2 \('😀'\)/);
    // Non-ASCII digits are not digits here.
    expect(errorOf('٣').code).toBe('syntax');
  });
});
