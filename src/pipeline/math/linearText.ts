import type { Place } from '../types.ts';
import { canonicalSymbol } from './canonicalSymbol.ts';
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
 * and what stands under a `√`'s bar in brackets (`√(9+16)`). The `^` and those brackets are
 * marks no symbol stands for; `origins` says where each character came from.
 */
export function linearText(symbols: readonly Placed[], written = false): LinearText {
  let text = '';
  const origins: TextOrigin[] = [];
  const put = (ch: string, symbol: number, mark: boolean): void => {
    text += ch;
    origins.push({ symbol, mark });
  };
  const ends = radicandEnds(symbols);
  // Groups open, innermost last: an exponent (bracketed or not) or a radicand (its end).
  const open: ({ readonly bracket: boolean } | { readonly end: number })[] = [];
  const depth = (): number => open.filter((g) => 'bracket' in g).length;
  const close = (at: number): void => {
    const g = open.pop();
    if (g && (!('bracket' in g) || g.bracket)) put(')', at, true);
  };
  symbols.forEach((s, i) => {
    const level = s.place?.level ?? 0;
    while (depth() > level) close(i - 1);
    while (depth() < level) {
      const bracket = !plainNumber(symbols, i, depth() + 1);
      put('^', i, true);
      if (bracket) put('(', i, true);
      open.push({ bracket });
    }
    const root = i > 0 ? ends.get(i - 1) : undefined;
    if (root !== undefined && symbols[i - 1]!.symbol === '√') {
      put('(', i, true);
      open.push({ end: root });
    }
    put(written ? s.symbol : canonicalSymbol(s.symbol), i, false);
    // Close the radicands that end here, and the exponents opened inside them.
    while (open.some((g) => 'end' in g && g.end === i)) close(i);
  });
  while (open.length > 0) close(symbols.length - 1);
  return { text, origins };
}

/**
 * Per `√` with symbols under its bar, the index of the last symbol of its radicand: its
 * last symbol under the bar, any exponent raised after it, and any inner radicand.
 */
function radicandEnds(symbols: readonly Placed[]): Map<number, number> {
  const ends = new Map<number, number>();
  for (let r = symbols.length - 1; r >= 0; r--) {
    if (symbols[r]!.symbol !== '√') continue;
    let end = -1;
    symbols.forEach((s, k) => {
      if (s.place?.role === 'radicand' && s.place.base === r) end = Math.max(end, ends.get(k) ?? k);
    });
    if (end < 0) continue;
    const level = symbols[r]!.place?.level ?? 0;
    while (end + 1 < symbols.length && (symbols[end + 1]!.place?.level ?? 0) > level) end++;
    ends.set(r, end);
  }
  return ends;
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
