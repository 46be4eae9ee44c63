/**
 * The glyphs of a reading as written, one character per symbol (`96/8`, where `text` says
 * `96÷8`): what `solve` reads, so that an error names the `/` the user wrote.
 */
export function writtenText(symbols: readonly { readonly symbol: string }[]): string {
  return symbols.map((s) => s.symbol).join('');
}
