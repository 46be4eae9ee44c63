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
 * error names the `/` the user wrote), and an exponent after `^`, bracketed unless it is a
 * plain number that no digit follows: `2³` is `2^3`, `10⁻³` is `10^(-3)`, `2^(3^2)` nests.
 * The `^` and those brackets are marks no symbol stands for; `origins` says where each
 * character came from.
 */
export function linearText(symbols: readonly Placed[], written = false): LinearText {
  let text = '';
  const origins: TextOrigin[] = [];
  const put = (ch: string, symbol: number, mark: boolean): void => {
    text += ch;
    origins.push({ symbol, mark });
  };
  // Per exponent opened: whether it was bracketed.
  const open: boolean[] = [];
  symbols.forEach((s, i) => {
    const level = s.place?.level ?? 0;
    while (open.length > level) if (open.pop()) put(')', i - 1, true);
    while (open.length < level) {
      const bracket = !plainNumber(symbols, i, open.length + 1);
      put('^', i, true);
      if (bracket) put('(', i, true);
      open.push(bracket);
    }
    put(written ? s.symbol : canonicalSymbol(s.symbol), i, false);
  });
  while (open.length > 0) if (open.pop()) put(')', symbols.length - 1, true);
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
