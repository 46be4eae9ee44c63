/** Symbols after which more is to come. */
const OPENING: ReadonlySet<string> = new Set(['+', '-', '×', '÷', '*', ':', '/', '·', '(', '√']);

/**
 * Whether a reading stops where more is to come, after an operator, an opening bracket or
 * a root's sign: a calculation still being written, as the page reads it stroke by stroke,
 * which is no reason to read its strokes otherwise.
 */
export function isOpenEnded(symbols: readonly string[]): boolean {
  return symbols.length > 0 && OPENING.has(symbols[symbols.length - 1]!);
}
