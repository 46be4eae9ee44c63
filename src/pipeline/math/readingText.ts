import { canonicalSymbol } from './canonicalSymbol.ts';

/** The text of a reading: one canonical character per symbol, in reading order. */
export function readingText(symbols: readonly { readonly symbol: string }[]): string {
  return symbols.map((s) => canonicalSymbol(s.symbol)).join('');
}
