import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solve, type Solution } from './solve.ts';

const ok = (
  value: string,
  approx: string | null = null,
  check: boolean | null = null,
): Solution => ({
  value,
  approx,
  check,
  error: null,
});

describe('solve', () => {
  it.each([
    ['12+7×3=', ok('33')],
    ['12+7×3', ok('33')],
    ['1÷3', ok('1/3', '0.3333333333')],
    ['2+2=4', ok('4', null, true)],
    ['2+2=5', ok('4', null, false)],
    ['1÷3=2÷6', ok('1/3', '0.3333333333', true)],
    ['10÷4=5÷2', ok('2.5', null, true)],
    ['10÷4=2', ok('2.5', null, false)],
    ['3=1+2', ok('3', null, true)],
    ['10-2-3', ok('5')],
    ['2×(3+4)', ok('14')],
    ['-3×-3', ok('9')],
    ['7÷2', ok('3.5')],
    ['0-0', ok('0')],
    ['-0', ok('0')],
    ['0×-5', ok('0')],
    ['100÷8', ok('12.5')],
    ['123', ok('123')],
    ['007', ok('7')],
    ['--3', ok('3')],
    ['-(1+2)', ok('-3')],
    ['2×-3', ok('-6')],
    ['-262÷3', ok('-262/3', '-87.33333333')],
    ['10÷7', ok('10/7', '1.428571429')],
    ['1÷10000', ok('0.0001')],
    ['-1÷8', ok('-0.125')],
    ['1÷3×3', ok('1')],
  ])('%j → %j', (text, expected) => {
    expect(solve(text)).toEqual(expected);
  });

  // Decimals stay exact, and `%` reads as on everyday calculators: the right operand of + or
  // - is that share of the whole left operand; anywhere else it is ÷100.
  it.each([
    ['0.1+0.2', '0.3'],
    ['3.5×2', '7'],
    ['.5+.25', '0.75'],
    ['12.125×8', '97'],
    ['5.+1', '6'],
    ['200+10%', '220'],
    ['360-3%', '349.2'],
    ['200×92%', '184'],
    ['90÷45%', '200'],
    ['30%', '0.3'],
    ['23%×440', '101.2'],
    // The settled cases: the left operand is everything before the + (6), and
    ['2×3+10%', '6.6'],
    // a percent inside a product is ÷100, as the + sees the product, not the 10%;
    ['200+10%×2', '200.2'],
    // a bracket's value is a number like any other;
    ['(200+10)%', '2.1'],
    // left to right: 10 % of 100 is added, then 10 % of 110.
    ['100+10%+10%', '121'],
    ['50-50%', '25'],
    ['-10%', '-0.1'],
    ['2.5%', '0.025'],
    ['10%=0.1', '0.1'],
  ])('%j is %s', (text, value) => {
    const s = solve(text);
    expect(s.error).toBeNull();
    expect(s.value).toBe(value);
  });

  it.each([
    ['%', 'percent-without-number', /^The '%' at symbol 1 has no number before it/],
    ['+%5', 'percent-without-number', /^The '%' at symbol 2 has no number before it/],
    ['(%', 'percent-without-number', /^The '%' at symbol 2 has no number before it/],
    ['3×%', 'percent-without-number', /^The '%' at symbol 3/],
    ['50%%', 'syntax', /^The '%' at symbol 4 follows the '%' at symbol 3/],
    ['5%3', 'syntax', /symbol 3/],
    ['1.2.3', 'syntax', /^Symbol 4 \('\.'\) is a second decimal point/],
    ['.', 'syntax', /^Symbol 1 \('\.'\) is a decimal point with no digits/],
  ])('refuses %j with %s, naming its symbol', (text, code, message) => {
    const s = solve(text);
    expect(s.value).toBeNull();
    expect(s.error?.code).toBe(code);
    expect(s.error?.message).toMatch(message);
  });

  // A power binds tighter than a sign and than × ÷, and chains to the right.
  it.each([
    ['2^10', '1024'],
    ['2×3^2', '18'],
    ['-3^2', '-9'],
    ['(-3)^2', '9'],
    ['2^3^2', '512'],
    ['(2^3)^2', '64'],
    ['10^-3', '0.001'],
    ['(1+2)^2', '9'],
    ['2^(3+1)', '16'],
    ['(2÷3)^-2', '2.25'],
    ['1.5^2', '2.25'],
    ['0^0', '1'],
    ['1^(10^100)', '1'],
    ['(-1)^(10^100+1)', '-1'],
    ['0^(10^100)', '0'],
    ['2^10=1024', '1024'],
  ])('%j is %s', (text, value) => {
    const s = solve(text);
    expect(s.error).toBeNull();
    expect(s.value).toBe(value);
  });

  // Roots and fractional powers: exact where the arithmetic allows, else only approximate.
  it.each([
    ['√16', '4', null],
    ['√(9÷4)', '1.5', null],
    ['3×√16+2^2', '16', null],
    ['8^(2÷3)', '4', null],
    ['√2', null, '1.414213562'],
    ['2^0.5', null, '1.414213562'],
    ['3×√92', null, '28.77498914'],
    ['√(10^40+1)-10^20', null, '0.000000000000000000005000000000'],
    ['√2×√2=2', null, '2.000000000'],
  ])('%j is %s ≈ %s', (text, value, approx) => {
    const s = solve(text);
    expect(s.error).toBeNull();
    expect(s.value).toBe(value);
    expect(s.approx).toBe(approx);
  });

  it('checks an inexact equation to 12 significant digits', () => {
    expect(solve('√2×√2=2').check).toBe(true);
    expect(solve('√2=1.414213562').check).toBe(false);
  });

  it.each([
    ['^2', 'syntax', /^The '\^' at symbol 1 has no number or bracket before it/],
    ['2+^2', 'syntax', /^The '\^' at symbol 3 has no number or bracket before it/],
    ['0^-1', 'division-by-zero', /^The exponent at symbol 2 is negative/],
    ['(-8)^0.5', 'not-real', /^The exponent at symbol 5 is a fraction and its base is negative/],
    ['√(0-4)', 'not-real', /^The '√' at symbol 1 takes the root of a negative number/],
    ['√', 'syntax', /^The '√' at symbol 1 has nothing under it/],
    ['2+√×3', 'syntax', /^The '√' at symbol 3 has nothing under it/],
    ['9^9^9', 'too-large', /^The power at symbol 2 has more than 10000 digits/],
    ['2^40000', 'too-large', /^The power at symbol 2/],
    ['(10^9000)×(10^9000)', 'too-large', /^The result of the '×' at symbol 10 has more than/],
  ])('refuses %j with %s, naming its symbol', (text, code, message) => {
    const s = solve(text);
    expect(s.value).toBeNull();
    expect(s.error?.code).toBe(code);
    expect(s.error?.message).toMatch(message);
  });

  it('counts drawn symbols, not the layout marks of the text, in its messages', () => {
    // `2` with `+` raised after it: the text is 2^(+) and only 2 and + were drawn.
    const origins = [
      { symbol: 0, mark: false },
      { symbol: 1, mark: true },
      { symbol: 1, mark: true },
      { symbol: 1, mark: false },
      { symbol: 1, mark: true },
    ];
    expect(solve('2^(+)', origins).error?.message).toMatch(/'\+' at symbol 2 is followed by/);
    // An exponent raised at the start has no base.
    const start = [
      { symbol: 0, mark: true },
      { symbol: 0, mark: false },
    ];
    expect(solve('^3', start).error?.message).toMatch(
      /^The exponent raised at symbol 1 has no number or bracket before it/,
    );
    expect(
      solve('2^(10)', [
        ...origins.slice(0, 3),
        { symbol: 1, mark: false },
        { symbol: 2, mark: false },
        { symbol: 2, mark: true },
      ]).value,
    ).toBe('1024');
  });

  it('adds and takes percentages of decimals exactly (property)', () => {
    // Thousandths as integers, so the expected values are computed without floating point.
    const thousandths = fc.integer({ min: 0, max: 99_999_999 });
    const write = (t: number): string =>
      `${Math.floor(t / 1000)}.${String(t % 1000).padStart(3, '0')}`;
    const exact = (num: bigint, den: bigint): string => solve(`${num}÷${den}`).value!;
    fc.assert(
      fc.property(thousandths, thousandths, (a, b) => {
        expect(solve(`${write(a)}+${write(b)}`).value).toBe(exact(BigInt(a + b), 1000n));
        // a + b% is a × (100 + b) / 100, with a and b in thousandths.
        expect(solve(`${write(a)}+${write(b)}%`).value).toBe(
          exact(BigInt(a) * (100_000n + BigInt(b)), 100_000_000n),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('returns all nulls for empty text', () => {
    expect(solve('')).toEqual({ value: null, approx: null, check: null, error: null });
  });

  it.each([
    ['1?3', 'unreadable-symbol', 'Symbol 2 could not be read; tap it to choose what you meant.'],
    ['2+', 'syntax', /'\+' at symbol 2/],
    ['×3', 'syntax', /'×' at symbol 1/],
    ['(1+2', 'syntax', /'\(' at symbol 1 is never closed/],
    ['1+2)', 'syntax', /'\)' at symbol 4 has no matching/],
    ['()', 'syntax', /empty/],
    ['=5', 'syntax', /'=' at symbol 1/],
    ['1=2=3', 'syntax', /second '='/],
    ['2(3)', 'syntax', /no operator/],
    ['2x3', 'syntax', /Symbol 2 \('x'\) is not a digit/],
    ['1÷0', 'division-by-zero', "The '÷' at symbol 2 divides by zero; change what comes after it."],
    ['1÷(2-2)', 'division-by-zero', /'÷' at symbol 2/],
    ['4=1÷0', 'division-by-zero', /'÷' at symbol 4/],
    ['1÷0=', 'division-by-zero', /'÷' at symbol 2/],
    // An error names the glyph written, not its canonical operator.
    [
      '96/0',
      'division-by-zero',
      "The '/' at symbol 3 divides by zero; change what comes after it.",
    ],
    ['8:', 'syntax', /ends with ':' at symbol 2/],
    ['3**2', 'syntax', /'\*' at symbol 2 is followed by '\*' at symbol 3/],
  ])('%j fails with %s', (text, code, message) => {
    const result = solve(text);
    expect(result.value).toBeNull();
    expect(result.approx).toBeNull();
    expect(result.check).toBeNull();
    expect(result.error?.code).toBe(code);
    if (typeof message === 'string') expect(result.error?.message).toBe(message);
    else expect(result.error?.message).toMatch(message);
  });

  it('prefers unreadable symbols over syntax errors', () => {
    expect(solve('×?+').error?.code).toBe('unreadable-symbol');
  });

  it('does not throw for non-string input that slips past the types', () => {
    expect(solve(undefined as unknown as string).error?.code).toBe('syntax');
  });

  it('survives pathological input quickly', () => {
    const start = performance.now();
    expect(solve('('.repeat(10_000) + '1' + ')'.repeat(10_000)).error?.message).toMatch(/longer/);
    expect(solve('('.repeat(4_000) + '1' + ')'.repeat(4_000)).error?.message).toMatch(/nested/);
    expect(solve('-'.repeat(9_000) + '1').error?.message).toMatch(/nested/);
    expect(solve('1'.repeat(10_000_000)).error?.code).toBe('syntax');
    expect(solve('9'.repeat(5000)).value).toBe('9'.repeat(5000));
    expect(solve(Array.from({ length: 5000 }, () => '1').join('+')).value).toBe('5000');
    const product = solve(`${'9'.repeat(200)}×${'7'.repeat(200)}`).value;
    expect(product).toBe(String(BigInt('9'.repeat(200)) * BigInt('7'.repeat(200))));
    const chain = solve('1' + Array.from({ length: 2000 }, (_, i) => `÷${i + 2}`).join(''));
    expect(chain.value).toMatch(/^1\/\d+$/);
    const sum = solve(Array.from({ length: 1000 }, (_, i) => `1÷${i + 2}`).join('+'));
    expect(sum.approx).toBe('6.486469862'); // H(1001) - 1
    expect(performance.now() - start).toBeLessThan(5000);
  });

  describe('never throws (property)', () => {
    const check = (text: string): void => {
      const result = solve(text);
      if (result.error !== null) {
        expect(result.value).toBeNull();
        expect(result.check).toBeNull();
        expect([
          'syntax',
          'unreadable-symbol',
          'division-by-zero',
          'percent-without-number',
          'too-large',
          'not-real',
        ]).toContain(result.error.code);
        expect(result.error.message.length).toBeGreaterThan(0);
      } else if (text !== '') {
        // An answer: exact, or inexact with its approximation.
        expect(result.value ?? result.approx).not.toBeNull();
      }
    };

    it('over the calculator alphabet', () => {
      const symbol = fc.constantFrom(...'0123456789+-×÷=()?%.^√');
      fc.assert(
        fc.property(fc.array(symbol, { maxLength: 40 }), (s) => check(s.join(''))),
        {
          numRuns: 2000,
        },
      );
    });

    it('over the alphabet without "?", so syntax and arithmetic get exercised', () => {
      const symbol = fc.constantFrom(...'0123456789+-×÷=()%.^√', '(', ')', '-', '^');
      fc.assert(
        fc.property(fc.array(symbol, { maxLength: 40 }), (s) => check(s.join(''))),
        {
          numRuns: 2000,
        },
      );
    });

    it('over arbitrary unicode strings', () => {
      // Generating these is slow in fast-check, hence fewer runs.
      fc.assert(fc.property(fc.string({ unit: 'binary' }), check), { numRuns: 300 });
    });

    it('over calculator text with arbitrary characters mixed in', () => {
      const unit = fc.oneof(
        fc.constantFrom(...'0123456789+-×÷=()'),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      );
      fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), check), { numRuns: 500 });
    });
  });
});
