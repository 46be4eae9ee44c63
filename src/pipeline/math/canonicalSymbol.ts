/**
 * The written glyphs that mean one of the canonical operators: `/` and `:` divide, `*` and
 * a raised dot `·` multiply. A symbol keeps the glyph that was written; the text the parser
 * reads holds its canonical operator, one character per symbol.
 */
export const GLYPH_MEANINGS: Readonly<Record<string, string>> = {
  '/': '÷',
  ':': '÷',
  '*': '×',
  '·': '×',
};

/** What a written symbol means in the text: its canonical operator, or itself. */
export function canonicalSymbol(symbol: string): string {
  return GLYPH_MEANINGS[symbol] ?? symbol;
}
