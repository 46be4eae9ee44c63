import type { Place } from '../types.ts';
import { canonicalSymbol } from './canonicalSymbol.ts';
import { readingGroups } from './readingGroups.ts';
import type { TextOrigin } from './tokenize.ts';

export interface LinearText {
  readonly text: string;
  /** Per character of `text`, the symbol it stands for or beside (solve's origins). */
  readonly origins: readonly TextOrigin[];
}

interface Placed {
  readonly symbol: string;
  readonly place?: Place | undefined;
}

/**
 * A reading written on one line, for people and for the parser: each symbol as one
 * character (its canonical operator, or with `written` the glyph as drawn, so that an
 * error names the `/` the user wrote), an exponent after `^`, bracketed unless it is a
 * plain number that no digit follows (`2³` is `2^3`, `10⁻³` is `10^(-3)`, `2^(3^2)` nests),
 * what stands under a `√`'s bar in brackets (`√(9+16)`), and a fraction as a division of
 * its bracketed parts (`((1+2)÷(3))`, its bar read `÷`). The `^` and those brackets are
 * marks no symbol stands for; `origins` says where each character came from, and which is
 * a fraction's bar, so that messages name the bar rather than the `÷` or `-` it reads as.
 */
export function linearText(symbols: readonly Placed[], written = false): LinearText {
  let text = '';
  const origins: TextOrigin[] = [];
  const put = (ch: string, symbol: number, mark: boolean, bar = false): void => {
    text += ch;
    origins.push(bar ? { symbol, mark, bar } : { symbol, mark });
  };
  const { ends, fractions } = readingGroups(symbols);
  // Groups open, innermost last: an exponent (bracketed or not) or a bracket to close at `end`.
  const open: ({ readonly bracket: boolean } | { readonly end: number })[] = [];
  const depth = (): number => open.filter((g) => 'bracket' in g).length;
  const close = (at: number): void => {
    const g = open.pop();
    if (g && (!('bracket' in g) || g.bracket)) put(')', at, true);
  };
  const bracket = (i: number, end: number): void => {
    put('(', i, true);
    open.push({ end });
  };
  symbols.forEach((s, i) => {
    const level = s.place?.level ?? 0;
    while (depth() > level) close(i - 1);
    while (depth() < level) {
      const b = !plainNumber(symbols, i, depth() + 1);
      put('^', i, true);
      if (b) put('(', i, true);
      open.push({ bracket: b });
    }
    // A fraction reads ((numerator)÷(denominator)); a radicand (what is under the bar).
    for (const f of fractions) {
      if (f.over[0] === i) {
        bracket(i, f.under[1]);
        bracket(i, f.over[1]);
      }
      if (f.under[0] === i) bracket(i, f.under[1]);
    }
    const root = i > 0 ? ends.get(i - 1) : undefined;
    if (root !== undefined && symbols[i - 1]!.symbol === '√') bracket(i, root);
    const fraction = fractions.some((f) => f.bar === i);
    // A bar with a numerator over it and nothing under it is still the bar the user drew.
    const bar =
      fraction || symbols.some((o) => o.place?.role === 'numerator' && o.place.base === i);
    put(fraction ? '÷' : written ? s.symbol : canonicalSymbol(s.symbol), i, false, bar);
    // Close the groups that end here, and the exponents opened inside them.
    while (open.some((g) => 'end' in g && g.end === i)) close(i);
  });
  while (open.length > 0) close(symbols.length - 1);
  return { text, origins };
}

/**
 * Whether the run raised to `level` from symbol `from` is digits (and a point) alone, with
 * no digit straight after it that would run on into it (`2^(3)4`).
 */
function plainNumber(symbols: readonly Placed[], from: number, level: number): boolean {
  for (let i = from; i < symbols.length; i++) {
    const s = symbols[i]!;
    const l = s.place?.level ?? 0;
    if (l < level) return !NUMBERISH.test(s.symbol);
    if (l > level || !NUMBERISH.test(s.symbol)) return false;
  }
  return true;
}

const NUMBERISH = /^[0-9.]$/;
